import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fillStudioTemplate, scriptText } from '../../src/build/studio-template.mjs';

const PARTS = { policy: '<meta policy>', style: '<style>s</style>', scripts: '<script>x</script>' };

describe('the single-file studio template', () => {
  it('fills the studio page: its demo-only stylesheets, script and back link gone, every slot filled once', () => {
    const page = fillStudioTemplate(readFileSync(new URL('../../demo/qr.html', import.meta.url), 'utf8'), PARTS);
    for (const gone of ['demo-only', 'single-file:', 'rel="stylesheet"', 'studio-page.js', 'href="./"'])
      assert.ok(!page.includes(gone), `no ${gone}`);
    for (const part of Object.values(PARTS)) assert.equal(page.split(part).length, 2, `${part} once`);
    assert.ok(page.indexOf('<meta policy>') < page.indexOf('<style>') && page.indexOf('<style>') < page.indexOf('</head>'));
    assert.ok(page.indexOf('<script>x</script>') > page.indexOf('id="batch"'));
  });

  it('removes a region alone on its lines with its line, and an inline one in place', () => {
    const html =
      'a\n  <!-- demo-only -->\n  <link>\n  <!-- /demo-only -->\nb <!-- demo-only --><p>x</p><!-- /demo-only --> c\n<!-- single-file: policy -->';
    assert.equal(fillStudioTemplate(html, { policy: 'P' }), 'a\nb  c\nP');
  });

  it('stops on a slot without a part, a part without a slot, a repeated slot or an unclosed region', () => {
    assert.throws(() => fillStudioTemplate('<!-- single-file: style -->', {}), /no part for the slot "style"/);
    assert.throws(() => fillStudioTemplate('', { style: 's' }), /no slot for "style"/);
    assert.throws(() => fillStudioTemplate('<!-- single-file: style --><!-- single-file: style -->', { style: 's' }), /appears twice/);
    assert.throws(() => fillStudioTemplate('<!-- demo-only --> x', {}), /without its/);
    assert.throws(() => fillStudioTemplate('x <!-- /demo-only -->', {}), /without its/);
  });

  it('keeps script text from closing its element', () => {
    assert.equal(scriptText('a("</script>")</SCRIPT'), 'a("<\\/script>")<\\/SCRIPT');
  });
});
