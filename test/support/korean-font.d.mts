/** A Korean font's family, installing Debian's fonts-noto-cjk first when there is none; undefined when none can be had. */
export function ensureKoreanFont(): string | undefined;
