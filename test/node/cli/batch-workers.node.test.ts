// A large batch on worker threads gives what one thread gives: the same files byte for byte,
// the same problems for the same rows, and the same manifest. The workers run the built CLI's
// worker (run `npm run build` first: a worker thread starts from a .js file), the rest the sources.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { manifestEntry, planBatch } from '../../../src/core/print/batch-plan.js';
import { readBatchTable } from '../../../src/core/print/batch-table.js';
import { parseCsv } from '../../../src/core/table/csv.js';
import { batchThreads, prepareInWorkers, WORKER_ROWS } from '../../../src/node/cli/batch/batch-workers.js';
import { loadOutliner } from '../../../src/node/cli/font.js';
import { renderCode } from '../../../src/node/cli/render.js';

// Several slices and a part of one, on two threads whatever the batch size that asks for them.
const ROWS = 237;
const BUILT_WORKER = new URL('../../../dist/node/cli/batch-worker.js', import.meta.url);

function table(format: string) {
  const lines = ['name,channel,placement,campaign,format,template,label'];
  for (let index = 1; index <= ROWS; index++) {
    // A bad channel in the middle, and a sticker with text (the font) now and then.
    const channel = index === 120 ? 'no-at-sign' : '@brand';
    const sticker = format !== 'png' && index % 50 === 0;
    lines.push(`poster_${index},${channel},p${index},spring26,${format},${sticker ? 'sticker' : 'code'},${sticker ? '상담하기' : ''}`);
  }
  return readBatchTable(parseCsv(lines.join('\n'), { delimiter: ',', keepBlankLines: true, locale: 'en' }), false, 'en');
}

describe('kakao-consult batch on worker threads', () => {
  for (const format of ['svg', 'png', 'pdf']) {
    it(`${format}: the same plan, problems and files as one thread`, async () => {
      const { rows } = table(format);
      const options = { defaults: {}, locale: 'en' as const };
      const prepared = await prepareInWorkers(rows, options, 2, BUILT_WORKER);
      assert.ok(prepared, 'a batch this large goes to the workers');
      const alone = planBatch(rows, options);
      const shared = planBatch(rows, { ...options, resolved: prepared.resolved });
      assert.deepEqual(shared.invalid, alone.invalid);
      assert.equal(alone.invalid[0]?.line, 121);
      assert.deepEqual(shared.warnings, alone.warnings);
      assert.deepEqual(shared.planned.map(manifestEntry), alone.planned.map(manifestEntry));
      const lines = rows.map((row) => row.line);
      const outliner = await loadOutliner();
      for (const code of alone.planned) {
        const bytes: Uint8Array | undefined = prepared.rendered[lines.indexOf(code.line)];
        assert.ok(bytes, `row ${code.line} rendered on a worker`);
        // PDFs carry no date, so they compare byte for byte as well.
        assert.deepEqual(Buffer.from(bytes), Buffer.from(renderCode(code.spec, { outliner })), `row ${code.line}`);
      }
    });
  }

  it('leaves a small batch, or a one-core machine, to the main thread', async () => {
    assert.deepEqual([batchThreads(WORKER_ROWS - 1, 8), batchThreads(WORKER_ROWS, 1)], [1, 1]);
    assert.deepEqual([batchThreads(WORKER_ROWS, 2), batchThreads(WORKER_ROWS, 8)], [2, 8]);
    assert.equal(await prepareInWorkers(table('svg').rows, {}, 1, BUILT_WORKER), undefined);
  });
});
