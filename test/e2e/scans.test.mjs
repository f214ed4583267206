// Scan-counted codes end to end, through the built CLI: batch with a scan base, every printed
// code decodes to its scan address, `scans serve` sends each to its row's launch, counts 1,000
// concurrent scans exactly, keeps them over a restart and a kill -9, stores no client address,
// and refuses hostile paths while it keeps answering.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const CLI = fileURLToPath(new URL('../../dist/node/cli/main.js', import.meta.url));
const BASE = 'https://go.example.kr/s/';
const AGENT_STRING = 'Mozilla/5.0 (iPhone) KAKAOTALK 10.5.0 scan-test-agent';
const cli = (...args) => promisify(execFile)(process.execPath, [CLI, ...args]);
const dir = mkdtempSync(join(tmpdir(), 'kakao-consult-scans-'));
const db = join(dir, 'scans.db');

/** `kakao-consult scans serve` in a child process; resolves once it prints its port. */
function serve() {
  const child = spawn(process.execPath, [CLI, 'scans', 'serve', join(dir, 'out', 'manifest.csv'), '--port', '0', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.once('exit', (code) => reject(new Error(`scans serve exited (${code}): ${seen}`)));
  });
}

async function stop(child, signal) {
  const exited = new Promise((resolve) => child.once('exit', (code, how) => resolve(code ?? how)));
  child.kill(signal);
  return exited;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
/** One scan as a phone makes it: a GET with a user agent. Resolves to the status and Location. */
const scan = (port, path) =>
  new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, path, agent, headers: { 'User-Agent': AGENT_STRING } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, location: response.headers.location }));
    });
    call.on('error', reject);
    call.end();
  });

const counts = async () =>
  Object.fromEntries(
    JSON.parse((await cli('scans', 'count', '--db', db, '--format', 'json')).stdout).map((row) => [`${row.name}/${row.day}`, row.scans]),
  );
const total = async (name) =>
  Object.entries(await counts())
    .filter(([key]) => key.startsWith(`${name}/`))
    .reduce((sum, [, scans]) => sum + scans, 0);

describe('scan-counted codes, end to end', () => {
  let manifest;
  before(async () => {
    writeFileSync(
      join(dir, 'posters.csv'),
      'name,channel,placement,campaign\r\nposter_a,@brand,poster_a,spring26\r\n전단지,@brand,flyer,spring26\r\nwindow,@브랜드,window,\r\n',
    );
    await cli('batch', join(dir, 'posters.csv'), '-o', join(dir, 'out'), '--format', 'png', '--scan-base', BASE);
    // The same rows again (a reprint), with the JSON manifest to read the ids from.
    await cli(
      'batch',
      join(dir, 'posters.csv'),
      '-o',
      join(dir, 'json'),
      '--format',
      'png',
      '--scan-base',
      BASE,
      '--manifest-format',
      'json',
    );
    manifest = JSON.parse(readFileSync(join(dir, 'json', 'manifest.json'), 'utf8'));
  });
  after(() => {
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints codes that decode to their scan address, the same for a reprint', async () => {
    assert.equal(manifest.length, 3);
    for (const entry of manifest) {
      const png = PNG.sync.read(readFileSync(join(dir, 'out', entry.file)));
      assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, entry.scanUrl);
      assert.match(entry.scanUrl, /^https:\/\/go\.example\.kr\/s\/[A-Za-z0-9_-]{8}$/);
    }
    // The reprint's codes are the first print's.
    for (const entry of manifest) assert.deepEqual(readFileSync(join(dir, 'out', entry.file)), readFileSync(join(dir, 'json', entry.file)));
  });

  it('sends a scan to the row’s launch, the URL kakao-consult url gives', async () => {
    const { child, port } = await serve();
    try {
      const expected = (await cli('url', '--channel', '@브랜드', '--placement', 'window')).stdout.split('\n')[0];
      const window = manifest.find((entry) => entry.name === 'window');
      assert.deepEqual(await scan(port, `/s/${window.scanId}`), { status: 302, location: expected });
    } finally {
      await stop(child, 'SIGTERM');
    }
  });

  it('counts 1,000 concurrent scans exactly, and keeps them over a restart and a kill -9', async () => {
    const poster = manifest.find((entry) => entry.name === 'poster_a');
    const before = await total('poster_a');
    let { child, port } = await serve();
    const answers = await Promise.all(Array.from({ length: 1000 }, () => scan(port, `/s/${poster.scanId}`)));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([302]));
    assert.equal(await total('poster_a'), before + 1000);

    assert.equal(await stop(child, 'SIGTERM'), 0);
    ({ child, port } = await serve());
    assert.equal(await total('poster_a'), before + 1000, 'after a restart');
    await Promise.all(Array.from({ length: 25 }, () => scan(port, `/s/${poster.scanId}`)));
    assert.equal(await stop(child, 'SIGKILL'), 'SIGKILL');
    ({ child, port } = await serve());
    assert.equal(await total('poster_a'), before + 1025, 'after kill -9');
    await stop(child, 'SIGTERM');
  });

  it('keeps no client address or user agent in the database', () => {
    const files = readdirSync(dir).filter((name) => name.startsWith('scans.db'));
    assert.ok(files.length > 0);
    for (const name of files) {
      const bytes = readFileSync(join(dir, name)).toString('latin1');
      for (const personal of ['127.0.0.1', '::1', 'scan-test-agent', 'iPhone', 'KAKAOTALK'])
        assert.ok(!bytes.includes(personal), `${name} holds ${personal}`);
    }
  });

  it('refuses hostile paths with a 4xx and keeps answering', async () => {
    const { child, port } = await serve();
    const poster = manifest.find((entry) => entry.name === 'poster_a');
    const raw = (line) =>
      new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk));
        socket.on('close', () => resolve(answer));
        socket.on('error', () => resolve(answer));
      });
    try {
      for (const path of [
        '/s/../../etc/passwd',
        '/s/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
        `/s/${poster.scanId}%00`,
        '/s/\u0000',
        '/s/%E0%A4%A',
        `/s/${'A'.repeat(10_240)}`,
        "/s/A'%20OR%201=1;--",
        `/x/${poster.scanId}`,
      ]) {
        const answer = await raw(`GET ${path} HTTP/1.1`);
        assert.match(answer, /^HTTP\/1\.1 4\d\d /, path.slice(0, 30));
        assert.equal((await scan(port, `/s/${poster.scanId}`)).status, 302, `still answering after ${path.slice(0, 30)}`);
      }
      const page = await raw('GET /s/unknown1 HTTP/1.1');
      assert.match(page, /^HTTP\/1\.1 404 /);
      assert.match(page, /찾을 수 없는 코드/);
    } finally {
      await stop(child, 'SIGTERM');
    }
  });
});
