// Finds the Chromium the tests drive, installing Debian's package when it can. Never
// downloads a browser build of its own. Run directly (`node test/support/chromium.mjs`)
// it makes sure one is there and prints its path.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Flags Chromium needs on machines with no sandbox, GPU or outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const HOW_TO_GET_ONE =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chromium or Chrome executable, then run the tests again.';

/** True when `path` is an executable file. */
export function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use: CHROME_PATH when set, else the first one installed. Throws if none. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  const found = CANDIDATES.find(executable);
  if (!found) throw new Error(HOW_TO_GET_ONE);
  return found;
}

/** True when this process may install Debian packages: root on Linux with apt-get. */
export function canInstallWithApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Like findChromium, but installs Debian's `chromium` first when running as root with apt-get. */
export function ensureChromium() {
  try {
    return findChromium();
  } catch (error) {
    if (process.env.CHROME_PATH || !canInstallWithApt()) throw error;
  }
  console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return findChromium();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
