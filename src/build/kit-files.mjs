// The kit's script-tag files as the studio's snippet names them: this version (for unpkg) and
// the SRI hashes of the script-tag file and its element chunk, the same the README and
// `kakao-consult url --html` show (the README's are generated from these too). Read from
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

/** `{ version, script, element: { name, integrity } }`, what the studio's source calls `__KIT_FILES__`. */
export function kitFiles() {
  return {
    version: JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).version,
    script: sri(readFileSync(new URL('dist/kakao-consult-button.min.js', ROOT))),
    element: elementChunkFile(),
  };
}
