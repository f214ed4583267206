// Fills the studio page (demo/qr.html) as the single-file studio's template. The page marks
// what the single file changes, so nothing here guesses at its markup:
//   <!-- demo-only --> … <!-- /demo-only -->   left out (the demo's stylesheets, script, back link)
//   <!-- single-file: NAME -->                 replaced by the part NAME (policy, style, scripts)
// A marker missing, repeated or left unfilled is an error: the build stops rather than ship a
// page without its policy or its script.

const DEMO_START = '<!-- demo-only -->';
const DEMO_END = '<!-- /demo-only -->';
const SLOT = /<!-- single-file: ([a-z-]+) -->/g;

/**
 * The page with the demo-only parts removed and each slot replaced by its part.
 *
 * @param {string} html the page
 * @param {Record<string, string>} parts markup for each slot, by name
 * @returns {string}
 */
export function fillStudioTemplate(html, parts) {
  let page = '';
  let rest = html;
  for (let start = rest.indexOf(DEMO_START); start !== -1; start = rest.indexOf(DEMO_START)) {
    const end = rest.indexOf(DEMO_END, start);
    if (end === -1) throw new Error(`studio template: "${DEMO_START}" without its "${DEMO_END}"`);
    // A region alone on its lines goes with its indentation and line break.
    const lineStart = rest.lastIndexOf('\n', start) + 1;
    const alone =
      rest.slice(lineStart, start).trim() === '' && (rest[end + DEMO_END.length] === '\n' || end + DEMO_END.length === rest.length);
    page += rest.slice(0, alone ? lineStart : start);
    rest = rest.slice(end + DEMO_END.length + (alone ? 1 : 0));
  }
  page += rest;
  if (page.includes(DEMO_END)) throw new Error(`studio template: "${DEMO_END}" without its "${DEMO_START}"`);

  const filled = new Set();
  page = page.replace(SLOT, (_, name) => {
    if (!Object.hasOwn(parts, name)) throw new Error(`studio template: no part for the slot "${name}"`);
    if (filled.has(name)) throw new Error(`studio template: the slot "${name}" appears twice`);
    filled.add(name);
    return parts[name];
  });
  const unused = Object.keys(parts).filter((name) => !filled.has(name));
  if (unused.length > 0) throw new Error(`studio template: no slot for ${unused.map((name) => `"${name}"`).join(', ')}`);
  return page;
}

/** Text made safe inside a <script> element: it cannot close the element early. */
export function scriptText(text) {
  return text.replace(/<\/(script)/gi, '<\\/$1');
}
