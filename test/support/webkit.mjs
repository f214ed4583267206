// Finds Debian's WebKitGTK WebDriver and xvfb-run, installing them with apt-get when running
// as root on Debian/Ubuntu. Never downloads a browser build of its own. Run directly
// (`node test/support/webkit.mjs`) it makes sure they are there and prints the driver's path.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { canInstallWithApt, executable } from './chromium.mjs';

const DRIVERS = [
  '/usr/bin/WebKitWebDriver',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/WebKitWebDriver',
];
// The browser the driver automates; it comes with the WebKitGTK library the driver depends on.
const BROWSERS = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser'];
const XVFB_RUN = '/usr/bin/xvfb-run';

/** `{ driver, browser, xvfbRun }` when all are installed, else undefined. */
export function findWebKit() {
  const driver = DRIVERS.find(executable);
  const browser = BROWSERS.find(executable);
  return driver && browser && executable(XVFB_RUN) ? { driver, browser, xvfbRun: XVFB_RUN } : undefined;
}

/** Like findWebKit, but installs `webkit2gtk-driver` and `xvfb` first when it can; throws saying why when it cannot. */
export function ensureWebKit() {
  const found = findWebKit();
  if (found) return found;
  if (!canInstallWithApt()) {
    throw new Error(
      'WebKitWebDriver, MiniBrowser or xvfb-run is missing; install them (Debian/Ubuntu: `sudo apt-get install -y webkit2gtk-driver xvfb`).',
    );
  }
  console.log('Installing Debian\'s "webkit2gtk-driver" and "xvfb" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync(
    'apt-get',
    ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', '--no-install-recommends', 'webkit2gtk-driver', 'xvfb', 'xauth'],
    {
      stdio: 'inherit',
      env,
    },
  );
  const installed = findWebKit();
  if (!installed)
    throw new Error('apt-get installed webkit2gtk-driver and xvfb, but WebKitWebDriver, MiniBrowser or xvfb-run is still not found.');
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
