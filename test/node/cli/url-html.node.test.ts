// `kakao-consult url --html`: the snippet a page pastes, from the built CLI (run `npm run build`
// first): the README's first snippet is exactly what it prints, values are escaped, and a
// value the tag cannot carry is refused rather than dropped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { preUpgradeCss } from '../../../src/core/launch/button-metrics.js';
import { consultLinkUrl } from '../../../src/core/launch/consult-markup.js';

const ROOT = new URL('../../../', import.meta.url);
const CLI = fileURLToPath(new URL('dist/node/cli/main.js', ROOT));

function run(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, 'url', ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '1' },
  });
  return { code: status, stdout, stderr };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const unescape = (text: string) => text.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]!);

const sri = (path: string) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(new URL(path, ROOT)))
    .digest('base64')}`;

describe('kakao-consult url --html', () => {
  it("prints the README's first snippet: the default look's styles and the script of this version with its hash, then the drawn button", () => {
    const { code, stdout } = run('--channel', '@mybrand', '--placement', 'product_detail', '--html');
    assert.equal(code, 0);
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    assert.equal(/```html\n([\s\S]*?)\n```/.exec(readme)?.[1], stdout.trimEnd());
    // No preload: the script fetches the element's chunk after the first paint, held to the hash it carries.
    assert.doesNotMatch(stdout, /modulepreload|chunks\//);
    assert.ok(stdout.includes(`kakao-consult-button.min.js" integrity="${sri('dist/kakao-consult-button.min.js')}"`), stdout);
    assert.ok(stdout.includes(`<a href="${consultLinkUrl({ channel: '@mybrand', placement: 'product_detail' })}">`), stdout);
    // Inline, and only the rules the default look uses: no stylesheet holds the first paint.
    assert.ok(stdout.startsWith(`<style>\n${preUpgradeCss(undefined, {})}</style>\n`), stdout);
    assert.doesNotMatch(stdout, /\[size=|\[shape=|\[color=|\[label=|rel="stylesheet"/);
  });

  it('fills in channel, placement and campaign, escaped, with the launch the element would make', () => {
    const { code, stdout } = run('--channel', '@브랜드', '--placement', 'a"b&c', '--campaign', "봄'세일", '--page', 'p1', '--html');
    assert.equal(code, 0);
    const tag = stdout.trimEnd().split('\n').at(-1)!;
    assert.match(tag, /^<kakao-consult-button channel="@브랜드" placement="a&quot;b&amp;c" campaign="봄&#39;세일" page-key="p1"><a href="/);
    const href = unescape(/<a href="([^"]*)"/.exec(tag)![1]!);
    assert.equal(href, consultLinkUrl({ channel: '@브랜드', placement: 'a"b&c', campaign: "봄'세일", 'page-key': 'p1' }));
  });

  it('refuses --source (the tag reads it on the page) and --json with --html, by name and with exit code 2', () => {
    const source = run('--channel', '@brand', '--source', 'flyer', '--html');
    assert.equal(source.code, 2);
    assert.match(source.stderr, /--source has no attribute on the button/);
    assert.equal(source.stdout, '');
    const both = run('--channel', '@brand', '--json', '--html');
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--json and --html/);
  });

  it("draws the look given (--label, --color, --size, --shape) on the tag, with that look's styles and no other", () => {
    const { code, stdout } = run('--channel', '@brand', '--shape', 'full', '--size', 'large', '--color', 'mono', '--html');
    assert.equal(code, 0);
    assert.match(
      stdout.trimEnd().split('\n').at(-1)!,
      /^<kakao-consult-button channel="@brand" color="mono" size="large" shape="full"><a /,
    );
    const look = { channel: '@brand', shape: 'full', size: 'large', color: 'mono' };
    assert.ok(stdout.startsWith(`<style>\n${preUpgradeCss(undefined, look)}</style>\n`), stdout);
    for (const rule of ['[shape=full]', '[size=large]', '[color=mono]']) assert.ok(stdout.includes(rule), rule);
    for (const rule of ['[shape=round]', '[size=small]', '[label=long]']) assert.ok(!stdout.includes(rule), rule);
  });

  it('refuses a look the button does not take, or a look without --html, naming the choices, with exit code 2', () => {
    const unknown = run('--channel', '@brand', '--size', 'huge', '--html');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--size "huge" is not a size of the button: use medium, small, large/);
    assert.equal(unknown.stdout, '');
    const alone = run('--channel', '@brand', '--shape', 'round');
    assert.equal(alone.code, 2);
    assert.match(alone.stderr, /--shape is the web button's look: give it with --html/);
    assert.equal(alone.stdout, '');
  });

  it('fails on a bad channel as the plain url command does, printing nothing', () => {
    const { code, stdout, stderr } = run('--channel', 'brand"><script>', '--html');
    assert.notEqual(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /channel/);
  });
});
