import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { planBatch } from '../../../src/core/print/batch-plan.js';
import { formatManifest } from '../../../src/core/print/manifest.js';
import { manifestEntry } from '../../../src/core/print/batch-plan.js';
import { readScanManifest, scanPathPrefix } from '../../../src/core/print/manifest-read.js';
import { checkScanBase, SCAN_ID, scanDay, scanId } from '../../../src/core/print/scan-code.js';
import { ConsultInputError } from '../../../src/core/errors.js';

const row = (line: number, cells: Record<string, string>) => ({ line, cells, problems: [] });

describe('scanId', () => {
  it('is 8 URL-safe characters, the same for the same channel and name', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (channel, name) => {
        const id = scanId(channel, name);
        assert.match(id, SCAN_ID);
        assert.equal(scanId(channel, name), id);
        assert.equal(scanId(` ${channel} `, name.toUpperCase()), scanId(channel, name.toLowerCase()));
      }),
    );
  });

  it('differs between rows and channels', () => {
    assert.equal(scanId('@brand', 'poster_a'), scanId('@brand', 'poster_a'));
    const ids = new Set(Array.from({ length: 10_000 }, (_, index) => scanId('@brand', `poster_${index}`)));
    assert.equal(ids.size, 10_000);
    assert.notEqual(scanId('@brand', 'poster_a'), scanId('@other', 'poster_a'));
  });
});

describe('checkScanBase', () => {
  it('takes https bases ending in /', () => {
    assert.equal(checkScanBase('https://go.example.kr/s/'), 'https://go.example.kr/s/');
    assert.equal(checkScanBase('http://localhost:8080/'), 'http://localhost:8080/');
  });

  for (const [base, words] of [
    ['go.example.kr/s/', /not an address/],
    ['http://go.example.kr/s/', /https/],
    ['javascript:alert(1)//', /https/],
    ['https://go.example.kr/s/?x=', /no \? or #/],
    ['https://go.example.kr/s', /end with \//],
  ] as const) {
    it(`refuses ${base}`, () => {
      assert.throws(
        () => checkScanBase(base),
        (error: unknown) => error instanceof ConsultInputError && error.field === 'scan-base' && words.test(error.message),
      );
    });
  }
});

describe('scanDay', () => {
  it('counts the day in Korea time', () => {
    assert.equal(scanDay(Date.UTC(2026, 2, 1, 14, 59)), '2026-03-01');
    assert.equal(scanDay(Date.UTC(2026, 2, 1, 15, 0)), '2026-03-02');
  });
});

describe('a batch with a scan base', () => {
  const base = 'https://go.example.kr/s/';
  const rows = [
    row(2, { name: 'poster_a', channel: '@brand', placement: 'poster_a' }),
    row(3, { name: 'flyer', channel: '@brand', placement: 'flyer' }),
  ];

  it('gives each code its scan address and keeps the launch in the manifest', () => {
    const { planned } = planBatch(rows, { scanBase: base });
    assert.deepEqual(
      planned.map((code) => code.scan),
      [
        { id: scanId('@brand', 'poster_a'), url: `${base}${scanId('@brand', 'poster_a')}` },
        { id: scanId('@brand', 'flyer'), url: `${base}${scanId('@brand', 'flyer')}` },
      ],
    );
    const entry = manifestEntry(planned[0]!);
    assert.equal(entry.url, 'https://bizmessage.kakao.com/chat/open/@brand?extra=p%3Dposter_a');
    assert.equal(entry.scanUrl, planned[0]!.scan!.url);
  });

  it('round-trips through the CSV and JSON manifests', () => {
    const entries = planBatch(rows, { scanBase: base }).planned.map(manifestEntry);
    const expected = entries.map(({ line, scanId: id, name, url, extra, scanUrl }) => ({ id, name, url, extra, scanUrl, line }));
    for (const format of ['csv', 'json'] as const) {
      const read = readScanManifest(formatManifest(entries, format));
      assert.deepEqual(
        read.map(({ line, ...rest }) => rest),
        expected.map(({ line, ...rest }) => rest),
        format,
      );
    }
    assert.equal(scanPathPrefix(readScanManifest(formatManifest(entries, 'json'))), '/s/');
    // The scan columns come last, after the settings a reprint reads.
    assert.match(
      formatManifest(entries, 'csv'),
      /^\uFEFFline,name,file,format,url,extra,shortened,dropped,channel,[^\r]*,caption,scan_id,scan_url\r\n/,
    );
  });

  it('leaves the manifest as before without a scan base', () => {
    const entries = planBatch(rows).planned.map(manifestEntry);
    assert.equal(entries[0]!.scanId, undefined);
    assert.doesNotMatch(formatManifest(entries, 'csv'), /scan_id/);
    assert.throws(() => readScanManifest(formatManifest(entries, 'csv')), /scan_id/);
  });

  for (const [what, text, words] of [
    ['a bad id', 'name,url,scan_id\r\na,https://x.kr/,../../etc\r\n', /line 2: scan id/],
    ['a repeated id', 'name,url,scan_id\r\na,https://x.kr/,AAAAAAAA\r\nb,https://x.kr/,AAAAAAAA\r\n', /line 3: .*also on line 2/],
    ['a launch that is not https', 'name,url,scan_id\r\na,javascript:alert(1),AAAAAAAA\r\n', /not an https address/],
    ['JSON that is not a list', '[{"scanId":"AAAAAAAA","url":"ftp://x"}]', /not an https address/],
  ] as const) {
    it(`refuses a manifest with ${what}`, () => assert.throws(() => readScanManifest(text), words));
  }
});
