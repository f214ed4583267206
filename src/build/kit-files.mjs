// The kit's script-tag files as the studio's snippet names them: this version (for unpkg) and
// the SRI hashes of the script-tag file and its behaviour chunk, the same the README and
// `kakao-consult url --html` show. Read from dist/, so only after the script-tag build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `{ version, script, behaviour: { name, integrity } }`, what the studio's source calls `__KIT_FILES__`. */
export function kitFiles() {
  const behaviour = readdirSync('dist/chunks').find((name) => name.startsWith('consult-behaviour-'));
  if (!behaviour) throw new Error('kit-files: dist/chunks/ has no behaviour chunk; the script-tag build must run first');
  return {
    version: JSON.parse(readFileSync('package.json', 'utf8')).version,
    script: sri(readFileSync('dist/kakao-consult-button.min.js')),
    behaviour: { name: behaviour, integrity: sri(readFileSync(`dist/chunks/${behaviour}`)) },
  };
}
