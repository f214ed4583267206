// Finds poppler's pdftoppm and pdfinfo, which the tests use to render PDFs independently of
// the kit; installs Debian's poppler-utils when they are missing and apt-get can (as root).
// Run directly (`node test/support/poppler.mjs`) it makes sure they are there.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HOW_TO_GET_IT =
  'pdftoppm is missing: install poppler-utils (Debian/Ubuntu: `sudo apt-get install -y poppler-utils`), then run the tests again.';

const present = () => spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;

/** Makes sure pdftoppm and pdfinfo are installed, installing poppler-utils as root; throws saying how otherwise. */
export function ensurePoppler() {
  if (present()) return;
  if (process.getuid?.() === 0) {
    try {
      execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', 'poppler-utils'], { stdio: 'ignore' });
    } catch {
      try {
        execFileSync('apt-get', ['update'], { stdio: 'ignore' });
        execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', 'poppler-utils'], { stdio: 'ignore' });
      } catch {
        // Reported below.
      }
    }
  }
  if (!present()) throw new Error(HOW_TO_GET_IT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensurePoppler();
  console.log('pdftoppm is installed');
}
