// The demo's event log and dry-run switch. Plain script, no inline code: the demo runs
// under a strict Content-Security-Policy.
const log = document.getElementById('log');
const dryRun = document.getElementById('dry-run');
const EVENTS = ['consult-click', 'consult-launch', 'consult-error', 'consult-warning'];

function record(event) {
  const source = event.target.dataset.demo ?? event.target.localName;
  const entry = document.createElement('li');
  entry.className = event.type;
  const heading = document.createElement('strong');
  heading.textContent = `${event.type} · ${source}`;
  const detail = document.createElement('pre');
  detail.textContent = JSON.stringify(event.detail, null, 2);
  entry.append(heading, detail);
  if (event.type === 'consult-launch' && dryRun.checked) {
    event.preventDefault();
    const note = document.createElement('em');
    note.textContent = 'dry run: launch cancelled';
    entry.append(note);
  }
  log.prepend(entry);
}

for (const type of EVENTS) document.addEventListener(type, record);
document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());
