// A real Redis for the tests: Debian's redis-server, installed with apt-get when missing (as
// root), started on a free localhost port with its data in a temporary folder. Run directly
// (`node test/support/redis.mjs`) it makes sure one is installed and prints its path.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canInstallWithApt, executable } from './chromium.mjs';

const CANDIDATES = ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'];

/** The redis-server to run, installing Debian's package when it can. Throws if there is none. */
export function ensureRedis() {
  const found = CANDIDATES.find(executable);
  if (found) return found;
  if (!canInstallWithApt())
    throw new Error(
      'No redis-server found. Install one (Debian/Ubuntu: `sudo apt-get install -y redis-server`), then run the tests again.',
    );
  console.log('No redis-server found: installing Debian\'s "redis-server" package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
  return ensureRedis();
}

/** A port nobody listens on right now. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts redis-server on a free port, writing every command to its append-only file, so the
 * data outlives a restart. `restart()` stops and starts it on the same port and folder.
 */
export async function startRedis() {
  const binary = ensureRedis();
  const dir = mkdtempSync(join(tmpdir(), 'kakao-consult-redis-'));
  const port = await freePort();
  let child;
  const launch = async () => {
    child = spawn(
      binary,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--protected-mode',
        'yes',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve, reject) => {
      let seen = '';
      child.stdout.on('data', (chunk) => {
        seen += chunk;
        if (/Ready to accept connections/.test(seen)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${seen}`)));
    });
    child.stdout.resume();
  };
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    async restart() {
      await stop();
      await launch();
    },
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`redis-server: ${ensureRedis()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
