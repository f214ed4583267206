// Finds Debian's WebKitGTK WebDriver and xvfb-run, installing them with apt-get when running
// as root on Debian/Ubuntu. Never downloads a browser build of its own. Run directly
// (`node test/support/webkit.mjs`) it makes sure they are there and prints the driver's path.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DRIVERS = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/WebKitWebDriver'];
const XVFB_RUN = '/usr/bin/xvfb-run';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `{ driver, xvfbRun }` when both are installed, else undefined. */
export function findWebKit() {
  const driver = DRIVERS.find(executable);
  return driver && executable(XVFB_RUN) ? { driver, xvfbRun: XVFB_RUN } : undefined;
}

/** Like findWebKit, but installs `webkit2gtk-driver` and `xvfb` first when it can; throws saying why when it cannot. */
export function ensureWebKit() {
  const found = findWebKit();
  if (found) return found;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    throw new Error('WebKitWebDriver or xvfb-run is missing; install them (Debian/Ubuntu: `sudo apt-get install -y webkit2gtk-driver xvfb`).');
  }
  console.log('Installing Debian\'s "webkit2gtk-driver" and "xvfb" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'webkit2gtk-driver', 'xvfb', 'xauth'], { stdio: 'inherit', env });
  const installed = findWebKit();
  if (!installed) throw new Error('apt-get installed webkit2gtk-driver and xvfb, but WebKitWebDriver or xvfb-run is still not found.');
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`WebKitWebDriver: ${ensureWebKit().driver}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
