// The README's API tables and script tag are generated from the build (the elements' JSDoc
// via the custom-elements manifest, and the script's SRI hash); this fails when someone
// changes one without the other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { readBuild, updateReadme } from '../support/readme-sections.mjs';

it('README.md documents exactly the elements as built, and the script tag hash matches the file', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.equal(readme, updateReadme(readme, readBuild()), 'README.md is out of date: run `npm run docs`');
});
