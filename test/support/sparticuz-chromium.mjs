// Chromium builds of a fixed major from the npm registry: `@sparticuz/chromium` ships one
// brotli-compressed binary (built for AWS Lambda, it runs on Debian with the libraries Debian's
// own chromium brings). Its executablePath() always unpacks to /tmp/chromium, so two versions
// would overwrite each other: each is unpacked here instead, once, beside node_modules.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const require = createRequire(import.meta.url);

/** The executable of the `@sparticuz/chromium` installed under the npm alias `alias` (e.g. `chromium-109`). */
export function sparticuzChromium(alias) {
  const home = dirname(require.resolve(`${alias}/package.json`));
  const target = join(home, '..', '.cache', 'engines', alias, 'chromium');
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    // Written aside, then renamed: a run stopped half-way leaves no half binary behind.
    writeFileSync(`${target}.part`, brotliDecompressSync(readFileSync(join(home, 'bin', 'chromium.br'))));
    chmodSync(`${target}.part`, 0o755);
    renameSync(`${target}.part`, target);
  }
  return target;
}
