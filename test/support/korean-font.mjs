// A Korean font for the pages the benchmarks and the demo check draw: every phone has one, and
// without it Chromium searches every font on the machine for Hangul it never finds (boxes),
// which made laying out a Korean label cost several times what it does on a phone. Installs
// Debian's fonts-noto-cjk (Android's own Korean font) when missing, as chromium.mjs installs
// Chromium. Run directly (`node test/support/korean-font.mjs`) it makes sure one is there.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { canInstallWithApt } from './chromium.mjs';

/** The Korean fonts fontconfig knows, by family (none where fontconfig is not installed). */
function koreanFonts() {
  try {
    return execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** A Korean font's family, installing Debian's fonts-noto-cjk first when there is none; undefined when none can be had. */
export function ensureKoreanFont() {
  if (!koreanFonts() && canInstallWithApt()) {
    console.log('No Korean font found: installing Debian\'s "fonts-noto-cjk" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  }
  // One name per line, a family's aliases after commas: the Korean sans-serif if there is one.
  const families = koreanFonts().split(/[\n,]/).filter(Boolean);
  return families.find((family) => /^Noto Sans CJK KR$/.test(family)) ?? families[0];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Korean font: ${ensureKoreanFont() ?? 'none (install fonts-noto-cjk or any Korean font)'}`);
}
