// The `kakao-consult` CLI as users run it: the built binary (run `npm run build` first) in
// temporary directories. Every code is read back independently: PNGs with pngjs + jsQR,
// SVGs drawn by Chromium and read with jsQR.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { encodeContext, type ContextFields } from '../../../src/core/launch/context.js';
import { buildLaunch, type LaunchOptions } from '../../../src/core/launch/launch.js';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium.mjs';
import { decodePdf, pdfBoxes } from '../../support/pdf.mjs';
import { ensurePoppler } from '../../support/poppler.mjs';

/** The manifest's columns: the code, then every setting a reprint reads back. */
const MANIFEST_HEADER =
  'line,name,file,format,url,extra,shortened,dropped,channel,placement,campaign,source,page,bot,event,endpoint,template,size,dpi,px,ecc,margin,dark,light,bleed,label,caption';

const CLI = fileURLToPath(new URL('../../../dist/node/cli/main.js', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in `cwd`, as a pipe (not a terminal), like a script or CI would. */
function run(cwd: string, ...args: string[]): Run {
  return runWith({ LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }, cwd, ...args);
}

/** Runs the built CLI with some environment variables set (a Korean locale, say). */
function runWith(env: Record<string, string>, cwd: string, ...args: string[]): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: status, stdout, stderr };
}

const directories: string[] = [];
function tempDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'kakao-consult-cli-'));
  directories.push(directory);
  return directory;
}
after(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** The GET URL a code must carry: the core's own launch for these context fields. */
function expectedUrl(options: Omit<LaunchOptions, 'extra'>, context: ContextFields = {}): string {
  return buildLaunch({ ...options, extra: encodeContext(context).extra }).url;
}

function decodePng(bytes: Buffer): { image: PNG; text: string | undefined } {
  const image = PNG.sync.read(bytes);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return { image, text: jsQR(pixels, image.width, image.height)?.data };
}

/** The density a PNG records in its pHYs chunk, in pixels per metre. */
function pixelsPerMetre(bytes: Buffer): number | undefined {
  for (let offset = 8; offset < bytes.length; offset += 12 + bytes.readUInt32BE(offset)) {
    if (bytes.toString('latin1', offset + 4, offset + 8) === 'pHYs') return bytes.readUInt32BE(offset + 8);
  }
  return undefined;
}

/** A small PNG logo: a yellow square with a black centre. */
function logoPng(): Buffer {
  const logo = new PNG({ width: 32, height: 32 });
  for (let y = 0; y < 32; y++) {
    for (let x = 0; x < 32; x++)
      logo.data.set(x > 10 && x < 22 && y > 10 && y < 22 ? [0, 0, 0, 255] : [254, 229, 0, 255], (y * 32 + x) * 4);
  }
  return PNG.sync.write(logo);
}

let browser: Browser | undefined;

/** Shows an SVG in Chromium as an image, as a viewer or print shop would, and reads the QR code in a screenshot. */
async function decodeSvg(svg: string): Promise<string | undefined> {
  browser ??= await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  try {
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<body style="margin:0;background:#fff"><img src="${source}" width="400" height="400"></body>`);
    return decodePng(await page.locator('img').screenshot()).text;
  } finally {
    await page.close();
  }
}
after(async () => {
  await browser?.close();
});

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
});

describe('kakao-consult: help, version and usage errors', () => {
  it('prints its version', () => {
    const { code, stdout } = run(tmpdir(), '--version');
    assert.equal(code, 0);
    assert.equal(stdout.trim(), VERSION);
  });

  for (const command of [[], ['qr'], ['url'], ['batch']]) {
    it(`documents ${command[0] ?? 'the commands'} and the exit codes in --help`, () => {
      const { code, stdout, stderr } = run(tmpdir(), ...command, '--help');
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.match(stdout, command[0] ? new RegExp(`^Usage: kakao-consult ${command[0]} `) : /^kakao-consult: /);
      for (const exit of ['0   done', '1   invalid input', '2   usage error', '3   would overwrite', '4   I/O error'])
        assert.ok(stdout.includes(exit), exit);
    });
  }

  it('shows the help and exits 2 with no command', () => {
    const { code, stdout } = run(tmpdir());
    assert.equal(code, 2);
    assert.match(stdout, /Commands:/);
  });

  for (const [args, message] of [
    [['print'], /unknown command "print": use qr, url, batch or report/],
    [['qr', '--channel', '@brand', '--colour', 'red', '-o', 'a.svg'], /kakao-consult qr: unknown option "--colour"/],
    [['qr', '--channel', '@brand'], /-o FILE\.svg, FILE\.png, FILE\.pdf is required/],
    [['qr', '--channel', '@brand', '-o', 'a.jpg'], /-o "a\.jpg" must end in \.svg, \.png or \.pdf/],
    [['qr', '--channel', '@a', '--channel', '@b', '-o', 'a.svg'], /option --channel is given more than once/],
    [['url', '--channel'], /option --channel needs a value/],
    [['batch', '-o', 'out'], /give one table file/],
    [['batch', 'a.csv'], /-o DIR is required/],
    [['batch', 'a.csv', '-o', 'out', '--manifest-format', 'xml'], /--manifest-format "xml" must be "csv" or "json"/],
  ] as const) {
    it(`exits 2 on a usage error: ${args.join(' ')}`, () => {
      const directory = tempDir();
      const { code, stderr } = run(directory, ...args);
      assert.equal(code, 2, stderr);
      assert.match(stderr, message);
      assert.match(stderr, /Run "kakao-consult( \w+)? --help" for usage\./);
      assert.deepEqual(readdirSync(directory), []);
    });
  }
});

describe('kakao-consult qr', () => {
  const poster = { channel: '@brand' };
  const posterContext = { placement: 'poster_a', campaign: 'spring26' };

  it('writes an SVG that renders to exactly the launch URL, and prints the URL and extra', async () => {
    const directory = tempDir();
    const { code, stdout, stderr } = run(
      directory,
      'qr',
      '--channel',
      '@brand',
      '--placement',
      'poster_a',
      '--campaign',
      'spring26',
      '-o',
      'poster_a.svg',
    );
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const url = expectedUrl(poster, posterContext);
    const [first, second, third] = stdout.trim().split('\n');
    assert.equal(first, url);
    assert.equal(second, 'extra: p=poster_a;c=spring26 (21/50 characters)');
    assert.match(third!, /^wrote poster_a\.svg: \d+ modules, scalable, level M$/);
    const svg = readFileSync(join(directory, 'poster_a.svg'), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1" shape-rendering="crispEdges">/);
    assert.equal(await decodeSvg(svg), url);
  });

  it('sizes an SVG for print in mm, cm or inches', async () => {
    const directory = tempDir();
    for (const [size, width] of [
      ['30mm', '30mm'],
      ['2.5cm', '25mm'],
      ['1.2in', '30.48mm'],
    ]) {
      const file = `code-${size}.svg`;
      const { code, stdout } = run(directory, 'qr', '--channel', '@brand', '--placement', 'door', '--size', size, '-o', file);
      assert.equal(code, 0);
      assert.match(
        stdout,
        new RegExp(`wrote ${file}: ${width === '30.48mm' ? '30.5' : width.replace('mm', '')} mm \\(\\d+ modules of 0\\.\\d+ mm\\)`),
      );
      const svg = readFileSync(join(directory, file), 'utf8');
      assert.ok(svg.startsWith(`<svg width="${width}" height="${width}" `), svg.slice(0, 80));
      assert.equal(await decodeSvg(svg), expectedUrl(poster, { placement: 'door' }));
    }
  });

  it('writes a PNG at print size: whole-pixel modules near size × dpi, with a density that prints it at that size', () => {
    const directory = tempDir();
    const { code, stdout } = run(
      directory,
      'qr',
      '--channel',
      '@brand',
      '--placement',
      'poster_a',
      '--campaign',
      'spring26',
      '--size',
      '30mm',
      '--dpi',
      '300',
      '-o',
      'poster_a.png',
    );
    assert.equal(code, 0);
    const bytes = readFileSync(join(directory, 'poster_a.png'));
    const { image, text } = decodePng(bytes);
    assert.equal(text, expectedUrl(poster, posterContext));
    const modules = Number(/\((\d+) modules of/.exec(stdout)![1]);
    assert.equal(image.width % modules, 0, 'whole pixels a module');
    assert.ok(Math.abs(image.width - (30 / 25.4) * 300) <= modules / 2, `${image.width} px is the nearest fit to 354 px`);
    assert.ok(Math.abs((image.width / pixelsPerMetre(bytes)!) * 1000 - 30) < 0.05, 'prints at 30 mm');
    assert.match(stdout, new RegExp(`30 mm \\(${modules} modules of 0\\.\\d+ mm\\), ${image.width} px \\(\\d+ px a module\\) at \\d+ dpi`));
  });

  it('writes a PNG by pixels, and by default at 1024 px', () => {
    const directory = tempDir();
    for (const [args, target] of [
      [['--px', '512'], 512],
      [[], 1024],
    ] as const) {
      const file = `code-${target}.png`;
      assert.equal(run(directory, 'qr', '--channel', '@브랜드', '--placement', '영수증', ...args, '-o', file).code, 0);
      const bytes = readFileSync(join(directory, file));
      const { image, text } = decodePng(bytes);
      assert.equal(text, expectedUrl({ channel: '@브랜드' }, { placement: '영수증' }));
      assert.ok(Math.abs(image.width - target) < 60, `${image.width} px for ${target}`);
      assert.equal(pixelsPerMetre(bytes), undefined, 'no print density without a print size or dpi');
    }
  });

  it('honours ecc, margin, colours and bot/event, and decodes with a logo (level H) in PNG and SVG', async () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'logo.png'), logoPng());
    const { code, stdout, stderr } = run(
      directory,
      ...['qr', '--channel', '@brand', '--placement', 'shop_window', '--bot', 'true', '--event', 'store_hours'],
      ...[
        '--ecc',
        'L',
        '--margin',
        '6',
        '--dark',
        '#1a1a6e',
        '--light',
        '#fffbe6',
        '--logo',
        'logo.png',
        '--px',
        '800',
        '-o',
        'window.png',
      ],
    );
    assert.equal(code, 0, stderr);
    assert.match(stderr, /warning: ecc L is raised to H: a logo hides modules/);
    assert.match(stdout, /level H$/m);
    const url = buildLaunch({ channel: '@brand', extra: 'p=shop_window', bot: 'true', event: 'store_hours' }).url;
    const { image, text } = decodePng(readFileSync(join(directory, 'window.png')));
    assert.equal(text, url);
    assert.deepEqual([...image.data.subarray(0, 3)], [0xff, 0xfb, 0xe6], 'the quiet zone has the light colour');

    assert.equal(
      run(
        directory,
        'qr',
        '--channel',
        '@brand',
        '--placement',
        'shop_window',
        '--bot',
        'true',
        '--event',
        'store_hours',
        '--logo',
        'logo.png',
        '-o',
        'window.svg',
      ).code,
      0,
    );
    const svg = readFileSync(join(directory, 'window.svg'), 'utf8');
    assert.match(svg, /<image href="data:image\/png;base64,/);
    assert.equal(await decodeSvg(svg), url);
  });

  it('warns when modules print under 0.3 mm, and refuses modules under 1 px', () => {
    const directory = tempDir();
    const small = run(directory, 'qr', '--channel', '@brand', '--placement', 'receipt', '--size', '10mm', '-o', 'small.svg');
    assert.equal(small.code, 0);
    assert.match(small.stderr, /^warning: modules print 0\.\d+ mm wide, under the 0\.3 mm phone cameras read reliably/);
    const tiny = run(directory, 'qr', '--channel', '@brand', '--placement', 'receipt', '--px', '20', '-o', 'tiny.png');
    assert.equal(tiny.code, 1);
    assert.match(tiny.stderr, /px 20 is 20 px for a code of \d+ modules: a module needs at least 1 px/);
    assert.deepEqual(readdirSync(directory), ['small.svg']);
  });

  for (const [args, message] of [
    [['--channel', 'brand'], /^kakao-consult: channel "brand" must start with "@": did you mean "@brand"\?$/m],
    [
      ['--channel', '@brand', '--campaign', '010-1234-5678'],
      /campaign "010-1234-5678" looks like a phone number and is left out of extra: personal data must not ride in a printed URL/,
    ],
    [['--channel', '@brand', '--size', '30'], /size "30" must be a length with its unit/],
    [['--channel', '@brand', '--ecc', 'X', '--margin=-1'], /ecc "X" must be "L", "M", "Q" or "H"[\s\S]*margin "-1" must be a whole number/],
    [['--channel', '@brand', '--dark', '#777777', '--light', '#888888'], /contrast ratio of 1\.\d+:1; QR readers need at least 3:1/],
    [['--channel', '@brand', '--bot', 'false', '--event', 'x'], /event runs a chatbot block, but bot is "false"/],
    [['--channel', '@brand', '--size', '200mm', '--dpi', '600'], /size 200 mm at 600 dpi needs \d+ px; at most 4096 px are drawn/],
    [
      ['--channel', '@brand', '--endpoint', `https://dealer.example/${'a'.repeat(3000)}`],
      /^kakao-consult: endpoint is 3023 characters; a launch endpoint is a short https URL \(at most 500\)/m,
    ],
  ] as const) {
    it(`exits 1 and writes nothing for invalid input: ${args.join(' ').slice(0, 80)}`, () => {
      const directory = tempDir();
      const { code, stderr } = run(directory, 'qr', ...args, '-o', 'code.png');
      assert.equal(code, 1, stderr);
      assert.match(stderr, message);
      assert.deepEqual(readdirSync(directory), []);
    });
  }

  it('exits 1 for a logo that is not a PNG, and 4 for one that cannot be read', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'logo.png'), 'GIF89a');
    const notPng = run(directory, 'qr', '--channel', '@brand', '--logo', 'logo.png', '-o', 'a.png');
    assert.equal(notPng.code, 1);
    assert.match(notPng.stderr, /logo logo\.png is not a readable PNG file/);
    const missing = run(directory, 'qr', '--channel', '@brand', '--logo', 'missing.png', '-o', 'a.png');
    assert.equal(missing.code, 4);
    assert.match(missing.stderr, /cannot read missing\.png: no such file or directory/);
  });

  it('never overwrites a file without --force', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'poster.png'), 'precious');
    const refused = run(directory, 'qr', '--channel', '@brand', '-o', 'poster.png');
    assert.equal(refused.code, 3);
    assert.match(refused.stderr, /1 file would be overwritten; nothing was written\. Pass --force to overwrite:\n {2}poster\.png/);
    assert.equal(readFileSync(join(directory, 'poster.png'), 'utf8'), 'precious');
    assert.equal(run(directory, 'qr', '--channel', '@brand', '-o', 'poster.png', '--force').code, 0);
    assert.equal(decodePng(readFileSync(join(directory, 'poster.png'))).text, expectedUrl(poster));
  });

  it('exits 4 when the output cannot be written', () => {
    const directory = tempDir();
    const { code, stderr } = run(directory, 'qr', '--channel', '@brand', '-o', join('missing-dir', 'a.svg'));
    assert.equal(code, 4);
    assert.match(stderr, /cannot write missing-dir\/a\.svg: no such file or directory/);
  });

  it('prints JSON with --json', () => {
    const directory = tempDir();
    const { code, stdout } = run(
      directory,
      'qr',
      '--channel',
      '@brand',
      '--placement',
      'poster_a',
      '--size',
      '3cm',
      '-o',
      'a.png',
      '--json',
    );
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as {
      file: string;
      url: string;
      extra: { value: string };
      size: { mm: number; px: number; modules: number };
    };
    assert.equal(report.file, 'a.png');
    assert.equal(report.url, expectedUrl(poster, { placement: 'poster_a' }));
    assert.equal(report.extra.value, 'p=poster_a');
    assert.equal(report.size.mm, 30);
    assert.equal(report.size.px % report.size.modules, 0);
  });
});

describe('kakao-consult url', () => {
  it('prints the GET URL first, then the POST form fields and the extra', () => {
    const { code, stdout } = run(
      tmpdir(),
      'url',
      '--channel',
      '@sk렌터카new고객센터',
      '--placement',
      '포스터',
      '--campaign',
      'spring26',
      '--bot',
      'true',
      '--event',
      'ev1',
    );
    assert.equal(code, 0);
    const launch = buildLaunch({ channel: '@sk렌터카new고객센터', extra: 'p=포스터;c=spring26', bot: 'true', event: 'ev1' });
    assert.equal(
      stdout,
      [
        launch.url,
        'POST https://bizmessage.kakao.com/chat/open',
        '  uuid=@sk렌터카new고객센터',
        '  extra=p=포스터;c=spring26',
        '  bot=true',
        '  event=ev1',
        'extra: p=포스터;c=spring26 (16/50 characters)',
        '',
      ].join('\n'),
    );
  });

  it('prints the launch as JSON, with what was cut from extra', () => {
    const { code, stdout, stderr } = run(
      tmpdir(),
      'url',
      '--channel',
      '@brand',
      '--placement',
      'p'.repeat(30),
      '--campaign',
      'c'.repeat(30),
      '--source',
      'qr',
      '--json',
      '--endpoint',
      'https://dealer.example/open',
    );
    assert.equal(code, 0);
    assert.match(stderr, /warning: campaign is cut to fit extra's 50 characters/);
    const report = JSON.parse(stdout);
    const context = encodeContext({ placement: 'p'.repeat(30), campaign: 'c'.repeat(30), source: 'qr' });
    const launch = buildLaunch({ channel: '@brand', extra: context.extra, endpoint: 'https://dealer.example/open' });
    assert.deepEqual(report, {
      url: launch.url,
      method: 'GET',
      action: launch.action,
      fields: launch.fields,
      extra: {
        value: context.extra,
        length: 50,
        max: 50,
        kept: context.kept,
        shortened: ['campaign'],
        dropped: [{ field: 'source', reason: 'budget' }],
      },
    });
  });
});

/** Writes a CSV file (string as UTF-8, or raw bytes) into a fresh directory. */
function csvIn(content: string | Buffer, name = 'campaigns.csv'): string {
  const directory = tempDir();
  writeFileSync(join(directory, name), content);
  return directory;
}

describe('kakao-consult batch', () => {
  const GOOD = [
    'name,channel,placement,campaign,format,size',
    'poster_a,@brand,poster_a,spring26,png,30mm',
    'flyer_b,@brand,flyer_b,spring26,svg,25mm',
    '',
  ].join('\n');

  it('writes one code per row and a manifest, every code decoding to its launch URL', async () => {
    const directory = csvIn(GOOD);
    const { code, stdout, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', 'out');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '', 'no progress line in a pipe');
    assert.equal(stdout, 'wrote 2 codes to out and out/manifest.csv\n');
    assert.deepEqual(readdirSync(join(directory, 'out')).sort(), ['flyer_b.svg', 'manifest.csv', 'poster_a.png']);
    const posterUrl = expectedUrl({ channel: '@brand' }, { placement: 'poster_a', campaign: 'spring26' });
    const flyerUrl = expectedUrl({ channel: '@brand' }, { placement: 'flyer_b', campaign: 'spring26' });
    assert.equal(decodePng(readFileSync(join(directory, 'out/poster_a.png'))).text, posterUrl);
    const svg = readFileSync(join(directory, 'out/flyer_b.svg'), 'utf8');
    assert.ok(svg.startsWith('<svg width="25mm" height="25mm" '));
    assert.equal(await decodeSvg(svg), flyerUrl);
    assert.equal(
      readFileSync(join(directory, 'out/manifest.csv'), 'utf8'),
      `\uFEFF${MANIFEST_HEADER}\r\n` +
        `2,poster_a,poster_a.png,png,${posterUrl},p=poster_a;c=spring26,,,"'@brand",poster_a,spring26,,,,,,,30mm,,,,,,,,,\r\n` +
        `3,flyer_b,flyer_b.svg,svg,${flyerUrl},p=flyer_b;c=spring26,,,"'@brand",flyer_b,spring26,,,,,,,25mm,,,,,,,,,\r\n`,
    );
  });

  it('checks every row first: reports each bad one by line, column and reason, and writes nothing', () => {
    const csv = [
      'name,channel,placement,campaign,format,size,ecc',
      'poster_a,@brand,poster_a,spring26,png,30mm,M',
      'poster_b,brand,poster_b,spring26,png,30mm,M',
      'poster_c,@brand,010-9876-5432,spring26,gif,30,Z',
      'poster_d,@brand,poster_d,spring26,svg,25mm,Q',
      'poster_e,@b,x,y,svg,,,extra-field',
    ].join('\r\n');
    const directory = csvIn(csv);
    const { code, stdout, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', 'out');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(stderr.trim().split('\n'), [
      'campaigns.csv:3: channel "brand" must start with "@": did you mean "@brand"?',
      'campaigns.csv:4: placement "010-9876-5432" looks like a phone number and is left out of extra: personal data must not ride in a printed URL (it lands in logs and photos); use a code instead.',
      'campaigns.csv:4: format "gif" must be "svg", "png" or "pdf".',
      'campaigns.csv:4: ecc "Z" must be "L", "M", "Q" or "H" (7, 15, 25 or 30 % of the code can be lost).',
      'campaigns.csv:4: size "30" must be a length with its unit, above 0 and at most 5 m: e.g. "30mm", "3cm" or "1.2in".',
      'campaigns.csv:6: row has 8 fields but the header names 7: quote a value that holds a comma ("a, b").',
      'kakao-consult: 3 of 5 rows are invalid; nothing was written. Fix them, or pass --skip-invalid to write the other rows.',
    ]);
    assert.equal(existsSync(join(directory, 'out')), false);
  });

  it('writes the valid rows with --skip-invalid, still reporting the others', () => {
    const directory = csvIn('name,channel,placement\nok_1,@brand,a\nbad,brand,b\nok_2,@brand,c\n');
    const { code, stdout, stderr } = run(
      directory,
      'batch',
      'campaigns.csv',
      '-o',
      'out',
      '--skip-invalid',
      '--format',
      'png',
      '--manifest-format',
      'json',
    );
    // 5, not 0: a script can tell that rows were skipped.
    assert.equal(code, 5);
    assert.match(stderr, /^campaigns\.csv:3: channel "brand" must start with "@"/);
    assert.equal(stdout, 'wrote 2 codes to out and out/manifest.json; skipped 1 invalid row (line 3)\n');
    const manifest = JSON.parse(readFileSync(join(directory, 'out/manifest.json'), 'utf8')) as {
      line: number;
      name: string;
      file: string;
      url: string;
      extra: string;
    }[];
    assert.deepEqual(
      manifest.map(({ line, file, url, extra }) => ({ line, file, url, extra })),
      [
        { line: 2, file: 'ok_1.png', url: expectedUrl({ channel: '@brand' }, { placement: 'a' }), extra: 'p=a' },
        { line: 4, file: 'ok_2.png', url: expectedUrl({ channel: '@brand' }, { placement: 'c' }), extra: 'p=c' },
      ],
    );
    for (const { file, url } of manifest) assert.equal(decodePng(readFileSync(join(directory, 'out', file))).text, url);
  });

  it('checks every target before writing: one existing file stops the batch, --force overwrites', () => {
    const directory = csvIn(GOOD);
    mkdirSync(join(directory, 'out'));
    writeFileSync(join(directory, 'out/flyer_b.svg'), 'precious');
    const refused = run(directory, 'batch', 'campaigns.csv', '-o', 'out');
    assert.equal(refused.code, 3);
    assert.match(refused.stderr, /1 file would be overwritten; nothing was written\. Pass --force to overwrite:\n {2}out\/flyer_b\.svg/);
    assert.deepEqual(readdirSync(join(directory, 'out')), ['flyer_b.svg'], 'poster_a.png (first in the CSV) was not written either');
    assert.equal(readFileSync(join(directory, 'out/flyer_b.svg'), 'utf8'), 'precious');

    const forced = run(directory, 'batch', 'campaigns.csv', '-o', 'out', '--force');
    assert.equal(forced.code, 0);
    assert.match(readFileSync(join(directory, 'out/flyer_b.svg'), 'utf8'), /^<svg /);
    assert.equal(run(directory, 'batch', 'campaigns.csv', '-o', 'out').code, 3, 'the manifest is protected too');
  });

  it('reads Excel CSV: BOM, CRLF, quoted commas, doubled quotes and line breaks, with the right line numbers', () => {
    const csv =
      '\uFEFFName,Channel,Placement,Campaign,Notes\r\n' +
      'lobby_1f,@brand,"lobby ""A"", 1F",spring26,"hung on\r\nthe left wall"\r\n' +
      'bad_row,@brand,"two\nlines",spring26,\r\n' +
      'receipt,brand,receipt,spring26,\r\n';
    const directory = csvIn(csv);
    const failed = run(directory, 'batch', 'campaigns.csv', '-o', 'out');
    assert.equal(failed.code, 1);
    assert.deepEqual(failed.stderr.trim().split('\n').slice(0, 3), [
      'campaigns.csv:1: warning: ignoring column "Notes" (not a batch column; see --help).',
      'campaigns.csv:4: placement "two\\nlines" has control characters (a line break?), bidi marks or a bad key, and is left out of extra; remove them.',
      'campaigns.csv:6: channel "brand" must start with "@": did you mean "@brand"?',
    ]);

    const { code, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', 'out', '--skip-invalid', '--format', 'png');
    assert.equal(code, 5, stderr);
    const { text } = decodePng(readFileSync(join(directory, 'out/lobby_1f.png')));
    assert.equal(text, expectedUrl({ channel: '@brand' }, { placement: 'lobby "A", 1F', campaign: 'spring26' }));
    // The manifest quotes the extra back, as Excel would.
    assert.ok(
      readFileSync(join(directory, 'out/manifest.csv'), 'utf8').includes(
        `\r\n2,lobby_1f,lobby_1f.png,png,${text},"p=lobby ""A"", 1F;c=spring26",,,"'@brand","lobby ""A"", 1F",spring26,`,
      ),
    );
  });

  it('handles Korean channels, names and values, in UTF-8 or EUC-KR (detected, or with --encoding)', () => {
    const directory = csvIn('name,channel,placement,campaign,format\n강남점,@sk렌터카new고객센터,포스터,봄맞이,png\n');
    const { code, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', '결과');
    assert.equal(code, 0, stderr);
    const url = expectedUrl({ channel: '@sk렌터카new고객센터' }, { placement: '포스터', campaign: '봄맞이' });
    assert.ok(url.includes('/@sk%EB%A0%8C%ED%84%B0%EC%B9%B4new'), url);
    assert.equal(decodePng(readFileSync(join(directory, '결과/강남점.png'))).text, url);
    assert.match(readFileSync(join(directory, '결과/manifest.csv'), 'utf8'), /2,강남점,강남점\.png,png,https:.*,p=포스터;c=봄맞이,,/);

    // "name,channel,placement\r\nposter,@brand,포스터" as Korean Excel saves plain CSV (CP949).
    const eucKr = Buffer.concat([
      Buffer.from('name,channel,placement\r\nposter,@brand,'),
      Buffer.from('c6f7bdbac5cd', 'hex'),
      Buffer.from('\r\n'),
    ]);
    const legacy = csvIn(eucKr);
    assert.deepEqual(run(legacy, 'batch', 'campaigns.csv', '-o', 'detected'), {
      code: 0,
      stdout: 'wrote 1 code to detected and detected/manifest.csv; read as CP949 (EUC-KR)\n',
      stderr: '',
    });
    assert.equal(run(legacy, 'batch', 'campaigns.csv', '-o', 'out', '--encoding', 'euc-kr').code, 0);
    assert.ok(readFileSync(join(legacy, 'out/poster.svg')).equals(readFileSync(join(legacy, 'detected/poster.svg'))));
    assert.match(readFileSync(join(legacy, 'out/poster.svg'), 'utf8'), /^<svg /);
    assert.match(readFileSync(join(legacy, 'out/manifest.csv'), 'utf8'), /p=포스터/);
  });

  // Marketers do type -spring or @insta. Inside extra it is no formula; in its own settings
  // column it starts a cell, so it is written as text ("'-spring") and read back without the mark.
  const FORMULA_LIKE = 'name,channel,placement,campaign,source,page\nposter_a,@brand,=1+1,-spring,@insta,+sale\n';
  const formulaUrl = expectedUrl({ channel: '@brand' }, { placement: '=1+1', campaign: '-spring', source: '@insta', page: '+sale' });
  const formulaExtra = 'p=%3D1+1;c=-spring;s=@insta;k=+sale';
  for (const [format, manifest] of [
    [
      'csv',
      `\uFEFF${MANIFEST_HEADER}\r\n2,poster_a,poster_a.svg,svg,${formulaUrl},${formulaExtra},,,"'@brand","'=1+1","'-spring","'@insta","'+sale",,,,,,,,,,,,,,\r\n`,
    ],
    [
      'json',
      `${JSON.stringify([{ line: 2, name: 'poster_a', file: 'poster_a.svg', format: 'svg', url: formulaUrl, extra: formulaExtra, shortened: [], dropped: [], channel: '@brand', placement: '=1+1', campaign: '-spring', source: '@insta', page: '+sale' }], null, 2)}\n`,
    ],
  ] as const) {
    it(`takes values that start like a formula as they are, without a warning (${format} manifest)`, () => {
      const directory = csvIn(FORMULA_LIKE);
      const { code, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', 'out', '--manifest-format', format);
      assert.equal(code, 0, stderr);
      assert.equal(stderr, '');
      assert.equal(readFileSync(join(directory, `out/manifest.${format}`), 'utf8'), manifest);
    });
  }

  it('refuses duplicate names, ignoring case as file systems may', () => {
    const directory = csvIn('name,channel,placement\nposter,@brand,a\nflyer,@brand,b\nPoster,@brand,c\n');
    const { code, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', 'out');
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^campaigns\.csv:4: name "Poster" gives the same file as "poster" on line 2 \(file systems may ignore case\): each row needs its own file name\.$/m,
    );
    assert.equal(existsSync(join(directory, 'out')), false);
  });

  it('refuses names that are not plain file names', () => {
    const names = ['../escape', 'a/b', 'a\\b', '.hidden', 'con', 'trailing.', 'semi;colon', ''];
    const directory = csvIn(`name,channel\n${names.map((name) => `"${name}",@brand`).join('\n')}\nfine name (1),@brand\n`);
    const { code, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', 'out', '--skip-invalid');
    assert.equal(code, 5);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, names.length);
    assert.match(lines[0]!, /^campaigns\.csv:2: name "\.\.\/escape" contains a path separator/);
    assert.match(lines[2]!, /^campaigns\.csv:4: name "a\\b" contains a path separator/);
    assert.match(
      lines[3]!,
      /^campaigns\.csv:5: name "\.hidden" may hold only letters, digits, spaces and "_-\.\(\)\+", starting with a letter or digit/,
    );
    assert.match(lines[4]!, /^campaigns\.csv:6: name "con" is not a valid file name on Windows/);
    assert.match(lines[7]!, /^campaigns\.csv:9: name is empty/);
    assert.deepEqual(readdirSync(join(directory, 'out')).sort(), ['fine name (1).svg', 'manifest.csv']);
    assert.deepEqual(readdirSync(directory).sort(), ['campaigns.csv', 'out']);
  });

  it("fills blank cells from the command line (a row's px or size replacing its sizing), and warns about codes the agent could not tell apart", () => {
    const directory = csvIn('name,placement,size,px,format\ncounter,till,,,\ndoor,till,40mm,,\nreceipt,desk,,300,png\n');
    const { code, stderr } = run(
      directory,
      'batch',
      'campaigns.csv',
      '-o',
      'out',
      '--channel',
      '@brand',
      '--campaign',
      'spring26',
      '--size',
      '20mm',
    );
    assert.equal(code, 0);
    assert.match(
      stderr,
      /^campaigns\.csv:3: warning: "door" carries the same URL as "counter" on line 2: the agent cannot tell them apart/m,
    );
    assert.ok(readFileSync(join(directory, 'out/counter.svg'), 'utf8').startsWith('<svg width="20mm"'));
    assert.ok(readFileSync(join(directory, 'out/door.svg'), 'utf8').startsWith('<svg width="40mm"'));
    assert.ok(Math.abs(PNG.sync.read(readFileSync(join(directory, 'out/receipt.png'))).width - 300) < 30, "a row's px replaces --size");
    assert.match(readFileSync(join(directory, 'out/manifest.csv'), 'utf8'), /p=till;c=spring26/);
  });

  for (const [content, message] of [
    ['', /campaigns\.csv:1: the file is empty/],
    ['channel,placement\n@brand,a\n', /campaigns\.csv:1: the header has no "name" column/],
    [
      'name,placement\nposter,a\n',
      /campaigns\.csv:1: the header has no "name" or "channel" columns|the header has no "channel" column .*or give --channel/,
    ],
    ['name,channel\n', /campaigns\.csv: no rows below the header/],
    ['name,channel\nposter,@brand\n"flyer,@brand\n', /campaigns\.csv:3: a quoted field opened here is never closed/],
    ['name,channel\n"poster"x,@brand\n', /campaigns\.csv:2: text after a closing quote/],
  ] as const) {
    it(`exits 1 for an unreadable table: ${JSON.stringify(content).slice(0, 40)}`, () => {
      const directory = csvIn(content);
      const { code, stderr } = run(directory, 'batch', 'campaigns.csv', '-o', 'out');
      assert.equal(code, 1, stderr);
      assert.match(stderr, message);
    });
  }

  it('exits 4 when the CSV cannot be read or the output directory cannot be made', () => {
    const directory = csvIn(GOOD);
    const missing = run(directory, 'batch', 'nope.csv', '-o', 'out');
    assert.equal(missing.code, 4);
    assert.match(missing.stderr, /cannot read nope\.csv: no such file or directory/);
    writeFileSync(join(directory, 'out'), 'a file where the directory should be');
    const blocked = run(directory, 'batch', 'campaigns.csv', '-o', 'out');
    assert.equal(blocked.code, 4);
    assert.match(blocked.stderr, /cannot create the directory out: /);
  });

  it('shows a progress line on a terminal only', (t) => {
    if (spawnSync('script', ['--version']).status !== 0) {
      t.skip('util-linux "script" is not installed to run the CLI on a pseudo-terminal');
      return;
    }
    const directory = csvIn(GOOD);
    const env = { ...process.env };
    delete env.CI;
    const command = `"${process.execPath}" "${CLI}" batch campaigns.csv -o out`;
    const { status, stdout } = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: directory, encoding: 'utf8', env });
    assert.equal(status, 0, stdout);
    assert.match(stdout, /\[1\/2\] out\/poster_a\.png/);
    // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence starts with ESC.
    assert.match(stdout, /\r\x1b\[2K\[2\/2\] out\/flyer_b\.svg/);
    const inCi = spawnSync('script', ['-qec', command.replace('-o out', '-o out2'), '/dev/null'], {
      cwd: directory,
      encoding: 'utf8',
      env: { ...env, CI: 'true' },
    });
    assert.doesNotMatch(inCi.stdout, /\[1\/2\]/);
  });
});

describe('kakao-consult in Korean, print artwork and batch fixes', () => {
  const KOREAN = [
    '이름,채널,위치,캠페인',
    'Poster_A,@brand,poster_a,spring26',
    ',,,',
    'poster_a,@brand,<b>hi</b>,spring26',
    'flyer,테스트채널,flyer,spring26',
    '',
  ].join('\n');

  it("reads Korean headers, and with LANG=ko_KR.UTF-8 explains every bad row in Korean, quoting the row's own text", () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'k.csv'), KOREAN);
    const { code, stderr } = runWith({ LANG: 'ko_KR.UTF-8' }, directory, 'batch', 'k.csv', '-o', 'out');
    assert.equal(code, 1);
    const lines = stderr.trim().split('\n');
    assert.equal(
      lines[0],
      'k.csv:4: 이름 "poster_a"은(는) 2번째 줄의 "Poster_A"과(와) 같은 파일 이름이 돼요 (대소문자는 구별하지 않아요). 줄마다 다른 이름을 주세요.',
    );
    assert.match(lines[1]!, /^k\.csv:4: placement "<b>hi<\/b>": < 나 > 는/);
    assert.match(lines[2]!, /^k\.csv:5: 채널\(channel\) "테스트채널": 채널 검색용 아이디를 "@"로 시작해/);
    assert.equal(lines[3], 'kakao-consult: 3줄 중 2줄이 잘못되어 아무것도 쓰지 않았어요. 고치거나 --skip-invalid로 나머지 줄만 쓰세요.');
    assert.ok(!existsSync(join(directory, 'out')));
  });

  it("--lang ko overrides the locale; in English the duplicate names the line's own text", () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'k.csv'), KOREAN);
    assert.match(run(directory, 'batch', 'k.csv', '-o', 'out', '--lang', 'ko').stderr, /2번째 줄의 "Poster_A"/);
    assert.match(run(directory, 'batch', 'k.csv', '-o', 'out').stderr, /name "poster_a" gives the same file as "Poster_A" on line 2/);
  });

  it('--skip-invalid writes the valid rows, reports skipped and empty rows, and exits 5', () => {
    const directory = tempDir();
    writeFileSync(join(directory, 'k.csv'), KOREAN);
    const { code, stdout } = run(directory, 'batch', 'k.csv', '-o', 'out', '--skip-invalid', '--format', 'png');
    assert.equal(code, 5);
    assert.equal(stdout, 'wrote 1 code to out and out/manifest.csv; skipped 2 invalid rows (lines 4, 5); skipped 1 empty row (line 3)\n');
    assert.deepEqual(readdirSync(join(directory, 'out')).sort(), ['Poster_A.png', 'manifest.csv']);
  });

  it('names markup in a refused placement (no more "looks like undefined")', () => {
    const { code, stderr } = run(tempDir(), 'qr', '--channel', '@brand', '--placement', '<b>hi</b>', '-o', 'a.svg');
    assert.equal(code, 1);
    assert.equal(
      stderr,
      'kakao-consult: placement "<b>hi</b>" contains < or > (markup to an agent\'s console) and is left out of extra; remove them.\n',
    );
  });

  it('--format pdf --template card writes A6 vector PDFs (outlined text, no font) that decode after poppler renders them', () => {
    ensurePoppler();
    const directory = tempDir();
    writeFileSync(
      join(directory, 'k.csv'),
      ['이름,채널,위치,설명', 'card_a,@brand,poster_a,강남점 1층', 'card_b,@brand,poster_b,'].join('\n'),
    );
    const { code, stderr } = run(directory, 'batch', 'k.csv', '-o', 'out', '--format', 'pdf', '--template', 'card', '--bleed', '3mm');
    assert.equal(code, 0, stderr);
    for (const [name, placement] of [
      ['card_a', 'poster_a'],
      ['card_b', 'poster_b'],
    ] as const) {
      const bytes = readFileSync(join(directory, `out/${name}.pdf`));
      assert.ok(!bytes.includes('/Font'), 'no font in the PDF: its text is outlines');
      const { trim, bleed } = pdfBoxes(bytes);
      assert.ok(Math.abs(trim.width - 105) < 0.1 && Math.abs(trim.height - 148) < 0.1, `A6 trim: ${trim.width} × ${trim.height}`);
      assert.ok(Math.abs(bleed.width - 111) < 0.1);
      assert.equal(decodePdf(bytes), expectedUrl({ channel: '@brand' }, { placement }));
    }
  });

  it('qr -o FILE.pdf writes a code page exactly its --size, and sticker SVGs carry no text elements', () => {
    ensurePoppler();
    const directory = tempDir();
    assert.equal(run(directory, 'qr', '--channel', '@brand', '--placement', 'poster_a', '--size', '35mm', '-o', 'a.pdf').code, 0);
    const { media } = pdfBoxes(readFileSync(join(directory, 'a.pdf')));
    assert.ok(Math.abs(media.width - 35) < 0.1 && Math.abs(media.height - 35) < 0.1);
    assert.equal(decodePdf(readFileSync(join(directory, 'a.pdf')), 300), expectedUrl({ channel: '@brand' }, { placement: 'poster_a' }));
    const sticker = run(
      directory,
      'qr',
      '--channel',
      '@brand',
      '--placement',
      'poster_a',
      '--template',
      'sticker',
      '--label',
      '상담은 여기',
      '-o',
      's.svg',
    );
    assert.equal(sticker.code, 0, sticker.stderr);
    const svg = readFileSync(join(directory, 's.svg'), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="50mm" height="63mm"/);
    assert.ok(!/<text/.test(svg));
  });

  it("warns when a template's code is under its safe minimum", () => {
    const { code, stderr } = run(
      tempDir(),
      'qr',
      '--channel',
      '@brand',
      '--placement',
      'poster_a',
      '--template',
      'sticker',
      '--size',
      '15mm',
      '-o',
      's.pdf',
    );
    assert.equal(code, 0);
    assert.match(stderr, /the sticker template's code is 15 mm, under the 20 mm it needs/);
  });
});
