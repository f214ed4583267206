// The studio's batch: a table (file, drop or pasted cells) → the worker (dist/studio/studio-worker.js)
// → problems by line, or a preview grid and one ZIP. The worker runs the CLI's own core, so
// the rows, messages, file names and manifests are the same as `kakao-consult batch`.
import { saveFile } from '/dist/studio/qr-generator.js';

const $ = (id) => document.getElementById(id);
const form = $('qr-form');
const fileInput = $('batch-file');
const drop = $('batch-drop');
const paste = $('batch-paste');
const format = $('batch-format');
const template = $('batch-template');
const bleed = $('batch-bleed');
const runButton = $('batch-run');
const cancelButton = $('batch-cancel');
const progressRow = $('batch-progress-row');
const progress = $('batch-progress');
const progressText = $('batch-progress-text');
const status = $('batch-status');
const problems = $('batch-problems');
const grid = $('batch-grid');
const zipButton = $('batch-zip');

const locale = new URLSearchParams(location.search).get('lang') === 'en' || document.documentElement.lang === 'en' ? 'en' : 'ko';
const TEXT = {
  ko: {
    line: (line) => `${line}번째 줄`,
    empty: '표가 비어 있어요: 파일을 고르거나 칸을 붙여 넣어 주세요.',
    checking: (rows) => `${rows}줄을 확인하고 있어요…`,
    failed: (count, rows) => `${rows}줄 중 ${count}곳에 문제가 있어 ZIP을 만들지 않았어요. 아래 줄을 고친 뒤 다시 만들어 주세요.`,
    progress: (done, total) => `${done} / ${total}`,
    done: (count, seconds, empty) => `코드 ${count}개를 ${seconds}초 만에 만들었어요.${empty ? ` 빈 줄 ${empty}개는 건너뛰었어요.` : ''} ZIP을 내려받으세요.`,
    cancelled: '취소했어요. 입력한 표는 그대로 있어요.',
    file: (name) => `파일: ${name}`,
  },
  en: {
    line: (line) => `Line ${line}`,
    empty: 'The table is empty: choose a file or paste cells.',
    checking: (rows) => `Checking ${rows} rows…`,
    failed: (count, rows) => `${count} problems in ${rows} rows: no ZIP was made. Fix the lines below and make them again.`,
    progress: (done, total) => `${done} / ${total}`,
    done: (count, seconds, empty) => `Made ${count} codes in ${seconds} s.${empty ? ` Skipped ${empty} empty rows.` : ''} Download the ZIP.`,
    cancelled: 'Cancelled. Your table is kept as it was.',
    file: (name) => `File: ${name}`,
  },
}[locale];

/** The table chosen: a file's bytes or text, or the pasted cells. */
let chosen;
let worker;
let zip;
let previews = [];
let fontBytes;

const WORKER = '/dist/studio/studio-worker.js';
let policy;

/**
 * A worker's URL through a Trusted Types policy (both the demo's and the single file's CSP
 * enforce them) that accepts only the studio's worker: its file, or a Blob URL made here.
 */
function trustedWorkerUrl(url) {
  policy ??= globalThis.trustedTypes?.createPolicy('kakao-consult-studio', {
    createScriptURL: (value) => {
      if (value !== WORKER && !value.startsWith('blob:')) throw new TypeError(`not the studio's worker: ${value}`);
      return value;
    },
  });
  return policy ? policy.createScriptURL(url) : url;
}

/** The worker: inlined in the single-file studio, else dist/studio/studio-worker.js. */
function startWorker() {
  const inline = document.getElementById('studio-worker-source');
  const url = inline ? URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' })) : WORKER;
  return new Worker(trustedWorkerUrl(url));
}

/** The artwork font, fetched (or read from the single file) once, and only for templates with text. */
async function font() {
  if (fontBytes) return fontBytes.slice(0);
  const inline = document.getElementById('studio-font');
  if (inline) {
    const binary = atob(inline.textContent.trim());
    fontBytes = Uint8Array.from(binary, (character) => character.charCodeAt(0)).buffer;
  } else {
    fontBytes = await (await fetch('/dist/fonts/Pretendard-SemiBold.subset.woff')).arrayBuffer();
  }
  return fontBytes.slice(0);
}

/** The single-code form's values, as defaults for blank cells. */
function defaults() {
  const values = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim()]));
  const byPrint = values.sizing !== 'px';
  const sized = template.value !== 'card';
  return {
    channel: values.channel,
    campaign: values.campaign,
    source: values.source,
    page: values.page,
    bot: values.bot,
    event: values.event,
    ecc: values.ecc,
    margin: values.margin,
    dark: values.dark,
    light: values.light,
    size: sized && byPrint && values.size ? `${values.size}${values.unit}` : undefined,
    dpi: byPrint && format.value === 'png' ? values.dpi : undefined,
    px: !byPrint && format.value === 'png' ? values.px : undefined,
    template: template.value,
    bleed: bleed.checked ? '3mm' : undefined,
  };
}

function clearResults() {
  for (const url of previews) URL.revokeObjectURL(url);
  previews = [];
  grid.replaceChildren();
  problems.replaceChildren();
  zip = undefined;
  zipButton.hidden = true;
}

function setRunning(running) {
  runButton.disabled = running;
  cancelButton.hidden = !running;
  progressRow.hidden = !running && progress.value === 0;
  document.getElementById('batch').setAttribute('aria-busy', String(running));
}

async function job() {
  if (chosen?.xlsx) return { xlsx: chosen.xlsx.slice(0), tabs: false };
  const text = chosen?.text ?? paste.value;
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return { text, tabs: chosen?.tsv || first.includes('\t') };
}

async function run() {
  clearResults();
  const source = await job();
  if (!source.xlsx && !source.text.trim()) {
    status.textContent = TEXT.empty;
    return;
  }
  const values = defaults();
  const message = { ...source, defaults: values, format: template.value === 'code' ? format.value : format.value === 'png' ? 'pdf' : format.value, locale };
  if (values.template !== 'code') message.font = await font();
  worker?.terminate();
  worker = startWorker();
  progress.value = 0;
  progressText.value = '';
  setRunning(true);
  status.textContent = TEXT.checking('…');
  worker.addEventListener('message', ({ data }) => report(data));
  worker.postMessage(message, [...(message.font ? [message.font] : []), ...(message.xlsx ? [message.xlsx.buffer] : [])]);
}

function report(data) {
  if (data.type === 'progress') {
    progress.max = data.total;
    progress.value = data.done;
    progressText.value = TEXT.progress(data.done, data.total);
  } else if (data.type === 'preview') {
    const url = URL.createObjectURL(new Blob([data.svg], { type: 'image/svg+xml' }));
    previews.push(url);
    const item = document.createElement('li');
    const image = document.createElement('img');
    image.src = url;
    image.alt = `QR: ${data.name}`;
    const name = document.createElement('span');
    name.textContent = data.name;
    item.append(image, name);
    grid.append(item);
  } else if (data.type === 'problems') {
    finish();
    status.textContent = TEXT.failed(data.problems.length, data.rows);
    problems.replaceChildren(...byLine('problem', data.problems));
  } else if (data.type === 'done') {
    finish();
    zip = new Blob([data.zip], { type: 'application/zip' });
    status.textContent = TEXT.done(data.count, (data.ms / 1000).toFixed(1), data.empty.length);
    problems.replaceChildren(...byLine('warning', data.warnings));
    zipButton.hidden = false;
  }
}

/** List items for messages that name their line, Korean first: `18번째 줄: …`. */
function byLine(kind, messages) {
  return messages.map(({ line, message }) => {
    const item = document.createElement('li');
    item.className = kind;
    item.textContent = `${TEXT.line(line)}: ${message}`;
    return item;
  });
}

function finish() {
  worker?.terminate();
  worker = undefined;
  setRunning(false);
}

async function choose(file) {
  if (!file) return;
  const lower = file.name.toLowerCase();
  chosen = lower.endsWith('.xlsx') ? { xlsx: new Uint8Array(await file.arrayBuffer()), name: file.name } : { text: await file.text(), tsv: lower.endsWith('.tsv'), name: file.name };
  status.textContent = TEXT.file(file.name);
  clearResults();
}

fileInput.addEventListener('change', () => choose(fileInput.files[0]));
paste.addEventListener('input', () => {
  // Typing or pasting replaces a chosen file: the table is what is on screen.
  chosen = undefined;
  fileInput.value = '';
});
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('dragging');
});
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('dragging');
  choose(event.dataTransfer.files[0]);
});
runButton.addEventListener('click', run);
cancelButton.addEventListener('click', () => {
  finish();
  progressRow.hidden = true;
  status.textContent = TEXT.cancelled;
});
zipButton.addEventListener('click', () => zip && saveFile(zip, 'kakao-consult-codes.zip'));
