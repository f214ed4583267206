// Finds Debian's Firefox ESR, installing the `firefox-esr` package with apt-get when running
// as root on Debian/Ubuntu. Never downloads a browser build of its own. Run directly
// (`node test/support/firefox.mjs`) it makes sure one is there and prints its path.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { canInstallWithApt, executable } from './chromium.mjs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Firefox's path: FIREFOX_PATH when set, else the first one installed, else undefined. */
export function findFirefox() {
  return process.env.FIREFOX_PATH && executable(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : CANDIDATES.find(executable);
}

/** Like findFirefox, but installs `firefox-esr` first when it can; throws saying why when it cannot. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  if (!canInstallWithApt())
    throw new Error('No Firefox found; install one (Debian: `sudo apt-get install -y firefox-esr`) or point FIREFOX_PATH at it.');
  console.log('Installing Debian\'s "firefox-esr" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', '--no-install-recommends', 'firefox-esr'], {
    stdio: 'inherit',
    env,
  });
  const installed = findFirefox();
  if (!installed) throw new Error('apt-get installed firefox-esr, but no Firefox is found.');
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Firefox: ${ensureFirefox()}`);
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
