// The batch command's CSV reader and writer: RFC 4180 as Excel writes it, with line numbers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CsvSyntaxError, formatCsv, parseCsv } from '../../src/node/cli/csv.js';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  const cases: [string, string, string[][]][] = [
    ['plain LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF, no final line break', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['old Mac CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['empty fields', ',a,,\n', [['', 'a', '', '']]],
    ['quoted comma', '"a,b",c\n', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['quoted line breaks kept as they are', '"one\r\ntwo\nthree",x\n', [['one\r\ntwo\nthree', 'x']]],
    ['an empty quoted field is a record', '""\n', [['']]],
    ['quote inside an unquoted field is a character', 'a"b,c\n', [['a"b', 'c']]],
    ['blank lines skipped', 'a\n\n\r\nb\n', [['a'], ['b']]],
    ['Korean', '이름,채널\n강남점,@브랜드\n', [['이름', '채널'], ['강남점', '@브랜드']]],
    ['spaces kept', ' a , b \n', [[' a ', ' b ']]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(fields(text), expected));
  }

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    const text = 'h1,h2\r\n"multi\r\nline",x\r\n\r\nlast,"a\nb\rc"\nend,1';
    assert.deepEqual(
      parseCsv(text).map(({ line }) => line),
      [1, 2, 5, 8],
    );
  });

  it('refuses an unclosed quote, at the line it opened', () => {
    assert.throws(
      () => parseCsv('a,b\n1,2\n"open,3\n4,5\n'),
      (error: unknown) => error instanceof CsvSyntaxError && error.line === 3 && /never closed/.test(error.message),
    );
  });

  it('refuses text after a closing quote, at its line', () => {
    assert.throws(
      () => parseCsv('a\n"x\ny"z\n'),
      (error: unknown) => error instanceof CsvSyntaxError && error.line === 3 && /text after a closing quote \("z"\)/.test(error.message),
    );
  });
});

describe('formatCsv', () => {
  it('quotes only what needs it, with CRLF line ends', () => {
    assert.equal(formatCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' padded', '']]), 'a,"b,c","say ""hi""","two\nlines"," padded",\r\n');
  });

  it('round-trips through parseCsv, whatever the fields hold', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '한', ',', '"', '\n', '\r', ' ', 'x', '='), maxLength: 8 });
    // A record of one empty field is a blank line, which the reader skips: keep records non-blank.
    const record = fc.array(field, { minLength: 1, maxLength: 5 }).filter((values) => values.length > 1 || values[0] !== '');
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        assert.deepEqual(fields(formatCsv(records)), records);
      }),
    );
  });

  it('gives line numbers that point at each record in the written text', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '\n', '\r\n', ','), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constant('id'), field), { minLength: 1, maxLength: 6 }), (records) => {
        const text = formatCsv(records);
        const lines = text.split(/\r\n|\r|\n/);
        for (const { line, fields: [first] } of parseCsv(text)) assert.equal(lines[line - 1]!.startsWith(first!), true);
      }),
    );
  });
});
