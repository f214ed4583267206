// `kakao-consult` with files real tools write (Python's cp949 codec, UTF-16 "Unicode text",
// exceljs workbooks, a manifest saved again by Excel), in Korean, and piped into a reader that
// closes early. The built CLI (run `npm run build` first), as users run it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { formatCsv, parseCsv } from '../../../src/core/table/csv.js';

const CLI = fileURLToPath(new URL('../../../dist/node/cli/main.js', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[], env: Record<string, string> = { LANG: 'C' }, input?: Buffer): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env },
  });
  return { code: status, stdout, stderr };
}

const directories: string[] = [];
function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'kakao-consult-files-'));
  directories.push(directory);
  return directory;
}
after(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** Every file of a directory, name → bytes. */
function files(directory: string): Map<string, Buffer> {
  return new Map(
    readdirSync(directory)
      .sort()
      .map((name) => [name, readFileSync(join(directory, name))]),
  );
}

function assertSameFiles(actual: string, expected: string): void {
  const [a, b] = [files(actual), files(expected)];
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [name, bytes] of b) assert.ok(a.get(name)!.equals(bytes), `${name} differs`);
}

// Syllables Excel writes in code page 949 that EUC-KR lacks: 똠, 뷁, 햏.
const TABLE = [
  ['이름', '채널', '위치', '캠페인', '챗봇'],
  ['똠방각하', '@우리동네빵집', '뷁_포스터', '봄26', 'true'],
  ['햏', '@우리동네빵집', '창문', '봄26', ''],
  ['receipt', '@우리동네빵집', '영수증', '-3', ''],
];
const CSV = TABLE.map((row) => row.join(',')).join('\r\n') + '\r\n';

/** Writes a file with Python's own cp949 codec, as Excel on Korean Windows would. */
function writeCp949(path: string, text: string): void {
  const result = spawnSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("cp949"))'], {
    input: text,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  assert.equal(result.status, 0, String(result.stderr));
  writeFileSync(path, result.stdout);
}

describe('kakao-consult batch: encodings, never a silent loss', () => {
  it("a cp949 CSV (Python's codec, syllables outside EUC-KR) and a UTF-16 tab file give the same codes as their UTF-8 twin, with no flag, and say what they read", () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'utf8.csv'), CSV);
    writeCp949(join(cwd, 'excel.csv'), CSV);
    writeFileSync(join(cwd, 'unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV.replaceAll(',', '\t'), 'utf16le')]));
    assert.deepEqual(run(cwd, ['batch', 'utf8.csv', '-o', 'a']), {
      code: 0,
      stdout: 'wrote 3 codes to a and a/manifest.csv\n',
      stderr: '',
    });
    assert.deepEqual(run(cwd, ['batch', 'excel.csv', '-o', 'b']), {
      code: 0,
      stdout: 'wrote 3 codes to b and b/manifest.csv; read as CP949 (EUC-KR)\n',
      stderr: '',
    });
    assert.equal(
      run(cwd, ['batch', 'unicode.txt', '-o', 'c'], { LANG: 'ko_KR.UTF-8' }).stdout,
      '코드 3개를 c에, 목록을 c/manifest.csv에 썼어요; UTF-16 LE(으)로 읽었어요\n',
    );
    assertSameFiles(join(cwd, 'b'), join(cwd, 'a'));
    assertSameFiles(join(cwd, 'c'), join(cwd, 'a'));
    assert.ok(files(join(cwd, 'a')).has('똠방각하.svg'));
    assert.equal(run(cwd, ['batch', 'excel.csv', '-o', 'd', '--encoding', 'cp949']).code, 0);
    assertSameFiles(join(cwd, 'd'), join(cwd, 'a'));
  });

  it('names the line and column of a byte that does not decode, writes nothing, and no U+FFFD reaches any output', () => {
    const cwd = tempDir();
    const bytes = iconv.encode(CSV, 'cp949');
    bytes[bytes.indexOf(iconv.encode('햏', 'cp949'))] = 0xff;
    writeFileSync(join(cwd, 'broken.csv'), bytes);
    const refused = run(cwd, ['batch', 'broken.csv', '-o', 'out']);
    assert.equal(refused.code, 1);
    assert.equal(
      refused.stderr,
      'kakao-consult: broken.csv:3:1: bytes that are not valid CP949 (EUC-KR); nothing was read. Save the file as "CSV UTF-8", or name its encoding (utf-8, utf-16, cp949).\n',
    );
    assert.throws(() => readdirSync(join(cwd, 'out')), { code: 'ENOENT' });
    const asUtf8 = run(cwd, ['batch', 'broken.csv', '-o', 'out', '--encoding', 'utf-8', '--lang', 'ko']);
    assert.match(asUtf8.stderr, /^kakao-consult: broken\.csv:1:1: UTF-8로 읽을 수 없는 바이트가 있어/);
  });

  it('refuses a placement given as broken UTF-8 bytes on the command line, naming the field', () => {
    const cwd = tempDir();
    // Node reads argv as UTF-8 and leaves U+FFFD for the bytes it cannot: what a terminal in another encoding passes.
    const { status, stdout, stderr } = spawnSync(
      '/bin/sh',
      ['-c', `"${process.execPath}" "${CLI}" url --channel @brand --placement "$(printf 'a\\307\\321b')"`],
      { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } },
    );
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /placement "a\ufffd\ufffdb" holds a character that did not decode/);
  });

  it("reads an .xlsx from exceljs: number formats shown as Excel shows them, an empty row skipped, line numbers Excel's rows", async () => {
    const cwd = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('codes');
    sheet.addRow(['name', 'channel', 'placement', 'campaign', 'dpi', 'format', 'size']);
    sheet.addRow(['poster', '@brand', 'poster_a', 'spring', 300, 'png', '30mm']);
    const padded = sheet.addRow(['store', '@brand', 12, 'spring', 600, 'png', '30mm']);
    padded.getCell(3).numFmt = '0000';
    padded.getCell(5).numFmt = '#,##0';
    sheet.addRow([]);
    const dated = sheet.addRow(['dated', '@brand', 'window', new Date(Date.UTC(2026, 2, 1)), 300, 'png', '30mm']);
    dated.getCell(4).numFmt = 'yyyy-mm-dd';
    const timed = sheet.addRow(['timed', '@brand', 'door', 0.5, 300, 'png', '30mm']);
    timed.getCell(4).numFmt = 'h:mm AM/PM';
    await workbook.xlsx.writeFile(join(cwd, 'codes.xlsx'));

    const refused = run(cwd, ['batch', 'codes.xlsx', '-o', 'out']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^codes\.xlsx:6: cell D6 has a number format \("h:mm AM\/PM"\)/m);
    const made = run(cwd, ['batch', 'codes.xlsx', '-o', 'out', '--skip-invalid']);
    assert.equal(made.code, 5);
    const manifest = parseCsv(readFileSync(join(cwd, 'out/manifest.csv'), 'utf8').slice(1));
    const column = (name: string) => manifest[0]!.fields.indexOf(name);
    assert.deepEqual(
      manifest
        .slice(1)
        .map(({ fields }) => [fields[column('line')], fields[column('placement')], fields[column('campaign')], fields[column('dpi')]]),
      [
        ['2', 'poster_a', 'spring', '300'],
        ['3', '0012', 'spring', '600'],
        ['5', 'window', '2026-03-01', '300'],
      ],
    );
  });
});

describe('kakao-consult batch: reprint from the manifest', () => {
  it('reproduces the first run byte for byte from manifest.csv and manifest.json, with no warning', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'codes.csv'), CSV);
    assert.equal(
      run(cwd, ['batch', 'codes.csv', '-o', 'first', '--format', 'pdf', '--template', 'sticker', '--size', '40mm', '--bleed']).code,
      0,
    );
    const again = run(cwd, ['batch', 'first/manifest.csv', '-o', 'again']);
    assert.deepEqual(again, { code: 0, stdout: 'wrote 3 codes to again and again/manifest.csv\n', stderr: '' });
    assertSameFiles(join(cwd, 'again'), join(cwd, 'first'));
    assert.equal(
      run(cwd, [
        'batch',
        'codes.csv',
        '-o',
        'json',
        '--manifest-format',
        'json',
        '--format',
        'pdf',
        '--template',
        'sticker',
        '--size',
        '40mm',
        '--bleed',
      ]).code,
      0,
    );
    assert.deepEqual(run(cwd, ['batch', 'json/manifest.json', '-o', 'from-json', '--manifest-format', 'json']).stderr, '');
    assertSameFiles(join(cwd, 'from-json'), join(cwd, 'json'));
  });

  it('writes cells a spreadsheet would run as formulas as text, and reprints a manifest Excel saved again (cp949, its quoting, TRUE)', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'codes.csv'), CSV);
    assert.equal(run(cwd, ['batch', 'codes.csv', '-o', 'first']).code, 0);
    const written = readFileSync(join(cwd, 'first/manifest.csv'), 'utf8');
    assert.ok(written.includes(`"'@우리동네빵집"`) && written.includes(`"'-3"`), 'formula cells carry the text mark');
    const records = parseCsv(written.slice(1));
    // Excel on a Korean PC: shows the mark (so keeps it) or takes it as its text prefix (so drops it),
    // writes booleans in capitals, quotes only where it must, saves in code page 949 without a BOM.
    for (const keepMark of [true, false]) {
      const resaved = records.map(({ fields }) =>
        fields.map((field) => (keepMark ? field : field.replace(/^'/, '')).replace(/^true$/, 'TRUE')),
      );
      const name = `resaved-${keepMark}`;
      writeCp949(join(cwd, `${name}.csv`), formatCsv(resaved));
      const again = run(cwd, ['batch', `${name}.csv`, '-o', name]);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(again.stderr, '');
      for (const file of ['똠방각하.svg', '햏.svg', 'receipt.svg'])
        assert.ok(readFileSync(join(cwd, name, file)).equals(readFileSync(join(cwd, 'first', file))), `${name}/${file}`);
    }
  });

  it('refuses a manifest row whose code would differ from the one it lists', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'codes.csv'), CSV);
    assert.equal(run(cwd, ['batch', 'codes.csv', '-o', 'first']).code, 0);
    const manifest = readFileSync(join(cwd, 'first/manifest.csv'), 'utf8');
    writeFileSync(join(cwd, 'edited.csv'), manifest.replace(',창문,', ',창문2,'));
    const refused = run(cwd, ['batch', 'edited.csv', '-o', 'again']);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /edited\.csv:3: the manifest lists the code https:\/\/\S+, but this row now makes https:\/\/\S+: a cell changed/,
    );
  });
});

describe('kakao-consult in Korean', () => {
  it('shows help in Korean under a Korean locale, or with --lang ko anywhere', () => {
    const cwd = tempDir();
    assert.match(run(cwd, ['--help'], { LANG: 'ko_KR.UTF-8' }).stdout, /^kakao-consult: 카카오톡 상담톡을 여는 QR 코드와 링크/);
    assert.match(run(cwd, ['--lang', 'ko', '--help']).stdout, /^kakao-consult: 카카오톡 상담톡을 여는/);
    assert.match(run(cwd, ['batch', '--help', '--lang', 'ko']).stdout, /^사용법: kakao-consult batch FILE -o DIR/);
    assert.match(run(cwd, ['qr', '--help'], { LC_MESSAGES: 'ko_KR.UTF-8' }).stdout, /^사용법: kakao-consult qr/);
    assert.match(run(cwd, ['report', '--help'], { LC_ALL: 'ko_KR.UTF-8' }).stdout, /종료 코드:/);
    assert.match(run(cwd, ['--help']).stdout, /^kakao-consult: QR codes and links/);
  });

  it('says usage, file and overwrite problems in Korean, with a Korean "did you mean"', () => {
    const cwd = tempDir();
    const ko = { LANG: 'ko_KR.UTF-8' };
    assert.deepEqual(run(cwd, ['bath'], ko), {
      code: 2,
      stdout: '',
      stderr:
        'kakao-consult: "bath"은(는) 없는 명령이에요. "batch"을(를) 쓰려던 건가요? (qr, url, batch, report 중 하나를 쓰세요).\n사용법은 "kakao-consult --help"로 볼 수 있어요.\n',
    });
    assert.match(
      run(cwd, ['url', '--chanel', '@a'], ko).stderr,
      /^kakao-consult url: "--chanel"은\(는\) 없는 옵션이에요\. "--channel"을\(를\) 쓰려던 건가요\?/,
    );
    assert.match(run(cwd, ['url', '--channel', 'mybrand'], ko).stderr, /"@mybrand"을\(를\) 쓰려던 건가요\?/);
    assert.match(
      run(cwd, ['batch', 'missing.csv', '-o', 'out'], ko).stderr,
      /^kakao-consult: missing\.csv을\(를\) 읽을 수 없어요: 그런 파일이나 폴더가 없어요/,
    );
    writeFileSync(join(cwd, 'codes.csv'), CSV);
    assert.equal(run(cwd, ['batch', 'codes.csv', '-o', 'out']).code, 0);
    const again = run(cwd, ['batch', 'codes.csv', '-o', 'out', '--lang', 'ko']);
    assert.equal(again.code, 3);
    assert.match(again.stderr, /^kakao-consult: 파일 4개를 덮어쓰게 되어 아무것도 쓰지 않았어요\. 덮어쓰려면 --force를 주세요:/);
    assert.match(run(cwd, ['qr', '--channel', '@a', '-o', 'a.gif'], ko).stderr, /\.svg, \.png, \.pdf 중 하나로 끝나야 해요/);
  });

  it('words a header problem as one, not as rows', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'codes.csv'), '위치,캠페인\r\na,b\r\n');
    const refused = run(cwd, ['batch', 'codes.csv', '-o', 'out'], { LANG: 'ko_KR.UTF-8' });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^kakao-consult: codes\.csv:1: 첫 줄에 "이름"\(name\), "채널"\(channel\) 열이 없어요/);
    assert.doesNotMatch(refused.stderr, /줄 중/);
  });

  it('takes --bleed alone as 3 mm, before another option or at the end', () => {
    const cwd = tempDir();
    const bare = run(cwd, ['qr', '--channel', '@brand', '--template', 'sticker', '--bleed', '-o', 'bare.pdf']);
    assert.equal(bare.code, 0, bare.stderr);
    assert.equal(run(cwd, ['qr', '--channel', '@brand', '--template', 'sticker', '-o', 'three.pdf', '--bleed', '3mm']).code, 0);
    assert.equal(run(cwd, ['qr', '--channel', '@brand', '--template', 'sticker', '-o', 'end.pdf', '--bleed']).code, 0);
    assert.ok(readFileSync(join(cwd, 'bare.pdf')).equals(readFileSync(join(cwd, 'three.pdf'))));
    assert.ok(readFileSync(join(cwd, 'end.pdf')).equals(readFileSync(join(cwd, 'three.pdf'))));
  });
});

describe('kakao-consult into a pipe that closes early', () => {
  it('ends quietly, as Unix tools do: no EPIPE stack trace, exit 141', async () => {
    const cwd = tempDir();
    const log = ['extra', ...Array.from({ length: 20000 }, (_, index) => `p=poster_${index};c=spring`)].join('\n');
    writeFileSync(join(cwd, 'log.csv'), log);
    const child = spawn(process.execPath, [CLI, 'report', 'log.csv', '--format', 'csv'], { cwd, env: { ...process.env, LANG: 'C' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    // `| head -c 1`: read one chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 141);
  });
});
