// Makes sure the embedded store's SQLite loads: the runtime's own `node:sqlite` (Node 22.5+),
// else better-sqlite3, which this project builds from source (no prebuilt download is
// reachable here). Its install script is approved in package.json's allowScripts; when an
// install skipped it anyway, this builds it. Run directly: `node test/support/sqlite.mjs`.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    return false;
  }
}

/** Which SQLite the store will use, building better-sqlite3 first when it must. */
export async function ensureSqlite() {
  try {
    await import('node:sqlite');
    return 'node:sqlite';
  } catch {
    // Node before 22.5: better-sqlite3.
  }
  if (!loads()) {
    console.log('better-sqlite3 is not built: building it from source (a few minutes)…');
    execFileSync('npm', ['rebuild', 'better-sqlite3', '--build-from-source'], { cwd: ROOT, stdio: 'inherit' });
    if (!loads())
      throw new Error(
        'better-sqlite3 did not build: it needs python3, make and a C++ compiler (Debian: apt-get install -y build-essential python3).',
      );
  }
  return 'better-sqlite3';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`SQLite: ${await ensureSqlite()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
