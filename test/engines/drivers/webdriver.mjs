// Drives WebKitGTK's MiniBrowser through Debian's WebKitWebDriver under xvfb-run, with plain
// fetch calls to the W3C WebDriver HTTP API. Same interface as the puppeteer driver.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Resolves once `ready()` does, asking every 100 ms, or rejects after `tries` asks. */
async function poll(ready, what, tries = 300) {
  for (let left = tries; left > 0; left -= 1) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not come up`);
}

export async function webdriverDriver({ driver, xvfbRun, browser }) {
  const port = await freePort();
  // Its own process group, so closing ends xvfb, the driver and the browser together.
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1280x900x24', driver, `--port=${port}`], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const request = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  try {
    await poll(() => fetch(`${base}/status`).then((response) => response.ok), 'WebKitWebDriver');
    const session = await request('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } } },
    });
    const at = `/session/${session.sessionId}`;
    await request('POST', `${at}/window/rect`, { width: 1024, height: 730 }).catch(() => undefined);
    return {
      version: `WebKitGTK ${session.capabilities.browserVersion}`,
      open: (url) => request('POST', `${at}/url`, { url }),
      // Rejects on a page error, as puppeteer's evaluate does.
      call: async (name) => {
        const { value, error } = await request('POST', `${at}/execute/async`, {
          script:
            'const done = arguments[1]; Promise.resolve(window.engineChecks[arguments[0]]()).then((value) => done({ value }), (error) => done({ error: String(error) }));',
          args: [name],
        });
        if (error) throw new Error(`${name}: ${error}`);
        return value;
      },
      url: () => request('GET', `${at}/url`),
      /** Runs a script's body in the page and returns what it returns. */
      execute: (script, args = []) => request('POST', `${at}/execute/sync`, { script, args }),
      screenshot: async () => Buffer.from(await request('GET', `${at}/screenshot`), 'base64'),
      close: async () => {
        await request('DELETE', at).catch(() => undefined);
        process.kill(-child.pid);
      },
    };
  } catch (error) {
    process.kill(-child.pid);
    throw error;
  }
}
