// Table files as marketers' tools save them: the encodings (detected, or named), a byte that does
// not decode named by line and column, never a U+FFFD; .xlsx number formats; the formula mark.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeText, TextDecodeError } from '../../../src/core/table/text-encoding.js';
import { delimiterOf, readTableFile, TableFileError } from '../../../src/core/table/table-file.js';
import { formatCellNumber } from '../../../src/core/table/xlsx-number-format.js';
import { formatCsv, parseCsv, unmarkFormula } from '../../../src/core/table/csv.js';
import { decodeCp949 } from '../../../src/node/cli/cp949.js';

const TEXT = '이름,위치\r\n똠방각하,뷁_포스터\r\n햏,창문\r\n';
const cp949 = decodeCp949;

describe('decodeText', () => {
  const cases: [string, Uint8Array, string, boolean][] = [
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8', false],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8', true],
    [
      'UTF-16 LE with a BOM (Excel "Unicode text")',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      'utf-16le',
      true,
    ],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]), 'utf-16be', true],
    ['UTF-16 LE without a mark', Buffer.from(TEXT, 'utf16le'), 'utf-16le', false],
    ['CP949 with syllables outside EUC-KR', iconv.encode(TEXT, 'cp949'), 'cp949', false],
  ];
  for (const [name, bytes, encoding, bom] of cases) {
    it(`detects ${name}`, () => assert.deepEqual(decodeText(bytes, { cp949 }), { text: TEXT, encoding, bom }));
  }

  it('takes the encoding it is told: cp949 and euc-kr alike, utf-16 by its mark', () => {
    assert.equal(decodeText(iconv.encode(TEXT, 'cp949'), { encoding: 'euc-kr', cp949 }).text, TEXT);
    assert.equal(
      decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]), { encoding: 'utf-16', cp949 }).encoding,
      'utf-16be',
    );
  });

  it('names the line and column of a byte that does not decode, in the encoding that read further', () => {
    const bytes = iconv.encode(TEXT, 'cp949');
    const at = bytes.indexOf(iconv.encode('햏', 'cp949'));
    bytes[at] = 0xff;
    assert.throws(
      () => decodeText(bytes, { cp949 }),
      (error: unknown) =>
        error instanceof TextDecodeError && error.encoding === 'cp949' && error.line === 3 && error.column === 1 && error.kind === 'bytes',
    );
    const utf8 = Buffer.from('name\nab\xffc'.replace('\xff', ''), 'utf8');
    const broken = Buffer.concat([utf8.subarray(0, 7), Buffer.from([0xc3]), utf8.subarray(7)]);
    assert.throws(() => decodeText(broken, { encoding: 'utf-8', cp949 }), { line: 2, column: 3, kind: 'bytes' });
  });

  it('refuses a U+FFFD already in the text, and a lone surrogate in UTF-16', () => {
    assert.throws(() => decodeText(Buffer.from('a,b\nc,\ufffd\n', 'utf8'), { cp949 }), { line: 2, column: 3, kind: 'replacement' });
    const lone = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('a\tb\n', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
      Buffer.from('x\n', 'utf16le'),
    ]);
    assert.throws(() => decodeText(lone, { cp949 }), { line: 2, column: 1, kind: 'bytes' });
  });

  it('never returns a U+FFFD, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          assert.ok(!decodeText(bytes, { cp949 }).text.includes('\ufffd'));
        } catch (error) {
          if (!(error instanceof TextDecodeError)) throw error;
        }
      }),
    );
  });
});

describe('readTableFile', () => {
  it("reads a UTF-16 tab file as TSV and says which encoding it used, in the reader's language", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT.replaceAll(',', '\t'), 'utf16le')]);
    const file = readTableFile('codes.txt', bytes, { cp949, locale: 'ko' });
    assert.equal(file.kind, 'tsv');
    assert.deepEqual(file.records[1]!.fields, ['똠방각하', '뷁_포스터']);
    assert.equal(file.note, 'UTF-16 LE(으)로 읽었어요');
  });

  it('turns a decoding error into one naming line and column', () => {
    assert.throws(
      () => readTableFile('a.csv', Buffer.from([0x61, 0x0a, 0x62, 0xff]), { encoding: 'utf-8', cp949 }),
      (error: unknown) => error instanceof TableFileError && error.line === 2 && error.column === 2,
    );
  });

  it('reads a manifest written as JSON, its lines as in its CSV twin', () => {
    const json = JSON.stringify([
      { line: 7, name: 'a', shortened: [], channel: '@b' },
      { line: 9, name: 'c', placement: 'x' },
    ]);
    assert.deepEqual(readTableFile('manifest.json', Buffer.from(json)).records, [
      { line: 1, fields: ['line', 'name', 'shortened', 'channel', 'placement'] },
      { line: 2, fields: ['7', 'a', '', '@b', ''] },
      { line: 3, fields: ['9', 'c', '', '', 'x'] },
    ]);
  });

  it('splits on tabs when the first line has more tabs than commas, or the file is .tsv', () => {
    assert.equal(delimiterOf('a.csv', 'a\tb\tc,d\n1,2'), '\t');
    assert.equal(delimiterOf('a.csv', 'a,b\t\n'), ',');
    assert.equal(delimiterOf('a.tsv', 'a,b\n'), '\t');
  });
});

describe('formatCellNumber: a number cell as Excel shows it', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['12', '0000', '0012'],
    ['600.5', '#,##0.00', '600.50'],
    ['1234567', '#,##0', '1,234,567'],
    ['0.25', '0%', '25%'],
    ['46082', 'yyyy-mm-dd', '2026-03-01'],
    ['46082', 'yyyy/m/d', '2026/3/1'],
    ['300', 'General', '300'],
    ['300', undefined, '300'],
    ['1.5', '0.0#', '1.5'],
    ['12', '[$₩-412]#,##0;-[$₩-412]#,##0', undefined],
    ['46082.5', 'h:mm', undefined],
  ];
  for (const [value, format, shown] of cases) it(`${value} in ${format}`, () => assert.equal(formatCellNumber(value, format), shown));
});

describe('the formula mark', () => {
  it('reads back every value unchanged, whatever marks and formula characters it starts with', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('@brand', "'@brand", "''=1", '-3', '+82', '=SUM(A1)', "'plain")), {
          minLength: 1,
          maxLength: 4,
        }),
        (fields) => {
          const [record] = parseCsv(formatCsv([fields], { formulasAsText: true }), { keepBlankLines: true });
          assert.deepEqual(record!.fields.map(unmarkFormula), fields);
        },
      ),
    );
  });

  it('writes a cell a spreadsheet would run as text, and reads it back with or without the mark', () => {
    assert.equal(formatCsv([['@brand', "'=x"]], { formulasAsText: true }), `"'@brand","''=x"\r\n`);
    assert.equal(unmarkFormula("'@brand"), '@brand');
    assert.equal(unmarkFormula('@brand'), '@brand');
    assert.equal(unmarkFormula("'plain"), "'plain");
  });
});
