/** Flags Chromium needs on machines with no sandbox, GPU or outside network. */
export const CHROMIUM_ARGS: string[];
/** The Chromium to use: CHROME_PATH when set, else the first one installed. Throws if none. */
export function findChromium(): string;
/** Like findChromium, but installs Debian's `chromium` first when running as root with apt-get. */
export function ensureChromium(): string;
