// `kakao-consult report` and the core it streams through: the reader against parseCsv, the
// counts against the README's DuckDB recipe on the same file, and the CLI's outputs and errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { countConsults, createConsultCounter, type ConsultReport } from '../../../src/core/report/consult-report.js';
import { createRecordReader } from '../../../src/core/table/csv-stream.js';
import { renderReportSvg, reportBars } from '../../../src/core/report/report-chart.js';
import { signContext } from '../../../src/node/server/index.js';
import { formatCsv, parseCsv } from '../../../src/core/table/csv.js';

const CLI = fileURLToPath(new URL('../../../dist/node/cli/main.js', import.meta.url));
const SECRET = 'a-test-secret-of-32-characters!!';
const work = mkdtempSync(join(tmpdir(), 'kakao-consult-report-'));
after(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, 'report', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status, stdout, stderr };
}

/** Splits text at random points, as a stream would deliver it. */
const chunked = (text: string, cuts: number[]) => {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((start, index) => text.slice(start, points[index] ?? text.length));
};

/** A log of `rows` consults whose counts are known: row i has placement P[i % 4], campaign C[i % 3], a day per 7 rows. */
const P = ['home_banner', 'poster_a', 'product_detail', ''];
const C = ['spring26', 'summer26', ''];
const UNREADABLE = ['TCK_M', '[{"acrcUserId":""}]', 'path_12__bid_1'];
function fixture(rows: number): string {
  const lines = ['time,user,extra'];
  for (let index = 0; index < rows; index++) {
    const day = `2026-03-${String(1 + (Math.floor(index / 7) % 28)).padStart(2, '0')}`;
    const extra =
      index % 50 === 49
        ? UNREADABLE[index % 3]!
        : [P[index % 4] && `p=${P[index % 4]}`, C[index % 3] && `c=${C[index % 3]}`, index % 5 === 0 && 's=naver']
            .filter(Boolean)
            .join(';');
    lines.push(formatCsv([[`${day} 10:${String(index % 60).padStart(2, '0')}:00`, `u${index}`, extra]]).trimEnd());
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('createRecordReader', () => {
  it('reads what parseCsv reads, however the text is cut into chunks (2,000 runs)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', 'a"b', ' x '));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom('\r\n', '\n'),
        (records, cuts, newline) => {
          const text = formatCsv(records).replaceAll('\r\n', newline);
          const streamed: { line: number; fields: string[] }[] = [];
          const reader = createRecordReader(',', (fields, line, problem) => {
            assert.equal(problem, undefined);
            streamed.push({ line, fields });
          });
          for (const piece of chunked(text, cuts)) reader.push(piece);
          reader.end();
          assert.deepEqual(streamed, parseCsv(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('marks rows it cannot read with their line, and goes on', () => {
    const seen: [string[], number, string | undefined][] = [];
    const reader = createRecordReader(',', (...record) => seen.push(record));
    reader.push('a,"b"x,c\nd,e\n"open,f\ng\n');
    reader.end();
    assert.deepEqual(
      seen.map(([fields, line, problem]) => [fields[0], line, problem?.slice(0, 30)]),
      [
        ['a', 1, 'text after a closing quote on '],
        ['d', 2, undefined],
        ['open,f\ng\n', 3, 'a quoted field opened on line '],
      ],
    );
  });
});

describe('countConsults', () => {
  const log = fixture(1000);

  it('counts by every breakdown, with shares, the unreadable apart', () => {
    const report = countConsults(log);
    assert.equal(report.column, 'extra');
    assert.equal(report.rows, 1000);
    assert.equal(report.unreadable, 20);
    assert.equal(report.counted, 980);
    const placements = Object.fromEntries(report.by.placement!.map(({ value, count }) => [value, count]));
    const expected: Record<string, number> = {};
    for (let index = 0; index < 1000; index++)
      if (index % 50 !== 49) expected[P[index % 4] || '(none)'] = (expected[P[index % 4] || '(none)'] ?? 0) + 1;
    assert.deepEqual(placements, expected);
    assert.equal(report.by.placement!.reduce((sum, entry) => sum + entry.share, 0).toFixed(6), '1.000000');
    assert.equal(report.by.day!.length, 28);
    assert.deepEqual(report.problems[0], { line: 51, message: 'extra is not the kit\'s key=value form: "[{\\"acrcUserId\\":\\"\\"}]"' });
  });

  it('gives the same report streamed in any chunks as read whole', () => {
    const whole = countConsults(log);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (cuts) => {
        const counter = createConsultCounter();
        for (const piece of chunked(log, cuts)) counter.push(piece);
        assert.deepEqual(counter.end(), whole);
      }),
      { numRuns: 200 },
    );
  });

  it('reads JSON lines of /reference bodies, and finds extra by content when no header names it', () => {
    const lines = [
      '{"time":1654738690219,"reference":{"extra":"p=a;c=x"}}',
      '{"reference":{"extra":""},"last_reference":{"extra":"p=b"}}',
      '{broken',
      '',
    ];
    const report = countConsults(lines);
    assert.equal(report.format, 'jsonl');
    assert.deepEqual([report.rows, report.counted, report.unreadable], [3, 2, 1]);
    assert.deepEqual(report.by.day, [
      { value: '(none)', count: 1, share: 0.5 },
      { value: '2022-06-09', count: 1, share: 0.5 },
    ]);
    const tsv = countConsults('id\t메모\tctx\n1\thello\tp=poster_a\n2\t\tp=poster_b;c=x\n');
    assert.equal(tsv.format, 'tsv');
    assert.equal(tsv.column, 'ctx');
    assert.equal(tsv.counted, 2);
  });

  it('counts unsigned, tampered and expired rows apart when given a verifier', () => {
    const signed = signContext({ placement: 'mypage' }, SECRET).extra;
    const tampered = signed.replace('mypage', 'mypagf');
    const verify = (extra: string) => (extra === signed ? 'valid' : extra === tampered ? 'bad-signature' : 'unsigned');
    const report = countConsults(['extra', signed, tampered, 'p=home'], { verify });
    assert.deepEqual([report.counted, report.tampered, report.unsigned], [1, 1, 1]);
  });
});

describe('reportBars and renderReportSvg', () => {
  const report = countConsults(['extra', ...['p=a', 'p=a', 'p=a', 'p=b', 'p=<script>x</script>', 'p=c', 'p=d']]);

  it('draws the top values to scale, the rest summed into one bar drawn apart', () => {
    const chart = reportBars(report, 'placement', { top: 3, width: 600, locale: 'ko' });
    assert.equal(chart.title, '위치별 상담');
    assert.deepEqual(
      chart.bars.map((bar) => [bar.label, bar.count, bar.rest]),
      [
        ['a', 3, false],
        ['<script>x</script>', 1, false],
        ['그 밖의 3개', 3, true],
      ],
    );
    assert.equal(chart.bars[0]!.width, chart.barMax);
    assert.equal(chart.bars[1]!.width, Math.round(chart.barMax / 3));
  });

  it('writes every value as escaped text', () => {
    const svg = renderReportSvg(report, 'placement');
    assert.ok(svg.includes('&#60;script&#62;x&#60;/script&#62;'));
    assert.doesNotMatch(svg, /<script/);
    assert.match(
      svg,
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+" [^>]*role="img" aria-label="Consults by placement"/,
    );
  });
});

describe('kakao-consult report', () => {
  const file = join(work, 'consults.csv');
  writeFileSync(file, fixture(2000));

  it('prints a table, CSV, JSON and a self-contained HTML page of the same counts', () => {
    const json = run([file, '--format', 'json']);
    assert.equal(json.status, 0, json.stderr);
    const report = JSON.parse(json.stdout) as ConsultReport;
    assert.deepEqual(report, JSON.parse(JSON.stringify(countConsults(readFileSync(file, 'utf8')))));
    assert.match(json.stderr, /^warning: .*consults\.csv:51: extra is not the kit's key=value form/);
    assert.match(json.stderr, /warning: 20 more unreadable rows not listed\./);

    const table = run([file, '--by', 'placement']).stdout;
    assert.match(table, /^rows read +2,000\ncounted +1,960\nunreadable +40\n\nplacement +consults\n/);
    assert.match(table, /home_banner +500 \(25\.5%\)/);
    assert.doesNotMatch(table, /campaign/);

    const csv = run([file, '--format', 'csv', '--by', 'campaign']).stdout;
    assert.match(csv, /^dimension,value,count,share\r\nrows,rows read,2000,\r\n/);
    assert.match(csv, /campaign,spring26,\d+,0\.\d{4}\r\n/);

    const html = run([file, '--format', 'html']).stdout;
    assert.match(html, /^<!doctype html>/);
    assert.equal((html.match(/<svg /g) ?? []).length, 5);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('checks signatures with the secret from the environment', () => {
    const signedFile = join(work, 'signed.csv');
    const signed = signContext({ placement: 'mypage' }, SECRET).extra;
    writeFileSync(signedFile, `extra\n${signed}\n${signed.replace('mypage', 'mypagf')}\np=home\n`);
    const report = JSON.parse(run([signedFile, '--format', 'json'], { CONSULT_SECRET: SECRET }).stdout) as ConsultReport;
    assert.deepEqual([report.counted, report.tampered, report.unsigned], [1, 1, 1]);
  });

  it('fails clearly: no extra column, bad options, bytes that do not decode', () => {
    const noExtra = join(work, 'no-extra.csv');
    writeFileSync(noExtra, 'a,b\n1,2\n');
    const missing = run([noExtra]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no column holds extra: .*\(columns: a, b\)\. Name it with --column\./);
    assert.match(run([noExtra, '--column', 'zz']).stderr, /no column "zz" in the header \(a, b\)/);
    const badBy = run([noExtra, '--by', 'colour']);
    assert.equal(badBy.status, 2);
    assert.match(badBy.stderr, /--by "colour" must be "placement" or "campaign" or "source" or "page" or "day"\./);
    const eucKr = join(work, 'euc-kr.csv');
    writeFileSync(eucKr, Buffer.from([...Buffer.from('extra\np=a\n'), 0xc7, 0xd1, 0x0a]));
    const undecodable = run([eucKr]);
    assert.equal(undecodable.status, 1);
    // The bad bytes are on line 3: named there, with the encodings the report can be told.
    assert.match(undecodable.stderr, /euc-kr\.csv:3: bytes that are not valid UTF-8; .*name its encoding \(utf-8, utf-16, cp949\)/);
    assert.equal(run([join(work, 'nothing.csv')]).status, 4);
  });

  it('gives the counts of the README DuckDB recipe on the same file', async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const recipe = /```sql\n(-- DuckDB[^]*?)```/.exec(readme)?.[1];
    assert.ok(recipe, 'README.md has a ```sql block starting "-- DuckDB"');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await connection.runAndReadAll(recipe.replace("'consults.csv'", `'${file}'`))).getRowObjects();
    const report = countConsults(readFileSync(file, 'utf8'));
    assert.deepEqual(
      rows.map((row) => [row.placement, Number(row.consults)]),
      report.by.placement!.map((entry) => [entry.value, entry.count]),
    );
  });
});
