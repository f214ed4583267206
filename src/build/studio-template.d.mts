/** The studio page with its demo-only parts removed and each `<!-- single-file: NAME -->` slot filled. */
export function fillStudioTemplate(html: string, parts: Record<string, string>): string;
/** Text made safe inside a <script> element. */
export function scriptText(text: string): string;
