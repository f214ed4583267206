// The kit's script-tag files as the README's snippets name them: this version (for unpkg) and
// the SRI hashes of the script-tag file and its element chunk (the empty-tag snippet preloads
// it); the studio's snippet names the script, as `kakao-consult url --html` does. Read from
// dist/, so only after the script-tag build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** A Subresource Integrity hash, `sha384-…`, of a file's bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const ROOT = new URL('../../', import.meta.url);

/**
 * The element chunk's name and hash, `{ name, integrity }`: by the name the element's build
 * recorded (rollup.config.js, which writes the hash into the script-tag file), else the one in
 * dist/chunks/.
 */
export function elementChunkFile(name = readdirSync(new URL('dist/chunks/', ROOT)).find((file) => file.startsWith('consult-button-'))) {
  if (!name) throw new Error("kit-files: dist/chunks/ has no element chunk (consult-button-*.js); the element's build must run first");
  return { name, integrity: sri(readFileSync(new URL(`dist/chunks/${name}`, ROOT))) };
}

/** `{ version, script }`: this version and the script-tag file's hash, what the studio's source calls `__KIT_FILES__` (its snippet names the script, which carries the element chunk's hash). */
export function scriptTagFiles() {
  return {
    version: JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).version,
    script: sri(readFileSync(new URL('dist/kakao-consult-button.min.js', ROOT))),
  };
}

/** `{ version, script, element: { name, integrity } }`, for the README's snippets (the empty tag's preloads the element chunk). */
export function kitFiles() {
  return { ...scriptTagFiles(), element: elementChunkFile() };
}
