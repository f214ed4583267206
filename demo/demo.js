// The demo's event log and dry-run switch. A module file, no inline code: the demo runs
// under a strict Content-Security-Policy.
import { parseExtra } from '/dist/core/launch/context.js';

const log = document.getElementById('log');
const dryRun = document.getElementById('dry-run');
const EVENTS = ['consult-click', 'consult-qr-open', 'consult-launch', 'consult-error', 'consult-warning', 'consult-consent'];

function line(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function record(event) {
  const cancelled = event.type === 'consult-launch' && dryRun.checked;
  if (cancelled) event.preventDefault();
  const source = event.target.dataset.demo ?? event.target.localName;
  const entry = document.createElement('li');
  entry.className = event.type;
  entry.append(line('strong', `${event.type} · ${source}`), line('pre', JSON.stringify(event.detail, null, 2)));
  if (event.type === 'consult-launch') {
    // What the agent's console can read back from extra, with the kit's own parser.
    const { fields } = parseExtra(event.detail.request.fields.extra ?? '');
    entry.append(line('pre', `agent sees: ${JSON.stringify(fields)}`));
  }
  if (cancelled) entry.append(line('em', 'dry run: launch cancelled'));
  log.prepend(entry);
}

for (const type of EVENTS) document.addEventListener(type, record);
document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());
