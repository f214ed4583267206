// The QR generator page: the form's values → the kit's pure core → a live preview, the
// extra budget and downloads at print size. Everything runs here, offline once loaded; the
// core comes bundled with its QR encoder in /dist/studio/qr-generator.js (see rollup.config.js).
import {
  CodeInputErrors,
  ConsultInputError,
  EXTRA_MAX_LENGTH,
  formatMm,
  QR_MAX_PIXELS,
  qrRuns,
  resolveCode,
  saveFile,
  symbolSvg,
  withPixelDensity,
  withPrintSize,
} from '/dist/studio/qr-generator.js';
import { drawLogo, readLogo } from './qr-logo.js';

const form = document.getElementById('qr-form');
const preview = document.getElementById('preview');
const urlLine = document.getElementById('url');
const printLine = document.getElementById('print-size');
const meter = document.getElementById('budget');
const budgetText = document.getElementById('budget-text');
const extraLine = document.getElementById('extra');
const messages = document.getElementById('messages');
const downloadSvg = document.getElementById('download-svg');
const downloadPng = document.getElementById('download-png');
const eccSelect = document.getElementById('ecc');
const eccNote = document.getElementById('ecc-note');
const logoInput = document.getElementById('logo');
const logoStatus = document.getElementById('logo-status');
const logoRemove = document.getElementById('logo-remove');

const locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ko';

/** The current code, or undefined while the form has a problem. */
let current;
let previewUrl;
/** The logo read from the file input, and why the last file was refused. */
let logo;
let logoProblem;
/** Counts files chosen, so a slow read finishing after a newer choice is dropped. */
let logoReads = 0;

/** The form's values as strings, trimmed. */
function readForm() {
  return Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim()]));
}

/**
 * What the form and the logo make, checked by the same core as the CLI and the batch: a code
 * with its plan, and messages in the page's language. A problem (a refused personal value
 * included) stops the code, and with it the downloads, until it is fixed; warnings do not.
 */
function compute(values, logo) {
  const byPrint = values.sizing !== 'px';
  const input = { ...values, size: byPrint && values.size !== '' ? `${values.size}${values.unit}` : undefined, dpi: byPrint ? values.dpi : undefined, px: byPrint ? undefined : values.px, format: 'png' };
  try {
    const spec = resolveCode(input, { locale, logo: logo && { bytes: new Uint8Array(0) } });
    const { context } = spec;
    const notes = spec.warnings.map((text) => ({ kind: 'warning', field: '', text }));
    const placement = context.kept.includes('placement') ? values.placement : '';
    return { code: { launch: spec.launch, symbol: spec.symbol, plan: spec.size, mm: spec.printMm, placement, logo }, context, notes };
  } catch (error) {
    if (!(error instanceof CodeInputErrors)) throw error;
    // The meter still shows what extra would carry while another field has a problem.
    const context = error.context ?? { extra: '', kept: [], shortened: [], dropped: [] };
    return { context, notes: error.errors.map(({ field, message }) => ({ kind: 'problem', field: field === 'text' || field === 'url' ? 'event' : field, text: message })) };
  }
}

function svgMarkup({ symbol, plan, mm, logo }) {
  const svg = symbolSvg(symbol, { size: mm === undefined ? plan.px : undefined, logo: logo && { href: logo.href } });
  return mm === undefined ? svg : withPrintSize(svg, mm);
}

function render() {
  const values = readForm();
  for (const group of form.querySelectorAll('.size-group')) group.hidden = group.dataset.sizing !== (values.sizing || 'print');
  const { code, context, notes } = compute(values, logo);
  if (logoProblem) notes.unshift({ kind: 'problem', field: 'logo', text: logoProblem });
  current = code;

  meter.max = EXTRA_MAX_LENGTH;
  meter.value = context.extra.length;
  budgetText.value = `${context.extra.length} / ${EXTRA_MAX_LENGTH}`;
  extraLine.textContent = context.extra;

  for (const input of form.elements) input.removeAttribute('aria-invalid');
  messages.replaceChildren(
    ...notes.map(({ kind, field, text }) => {
      // A problem's field is named as the form names it (channel, size, dpi, px, ecc, margin, dark, light, …).
      if (kind === 'problem') form.elements.namedItem(field)?.setAttribute('aria-invalid', 'true');
      const item = document.createElement('li');
      item.className = kind;
      item.textContent = text;
      return item;
    }),
  );

  if (previewUrl) URL.revokeObjectURL(previewUrl);
  previewUrl = undefined;
  preview.hidden = !code;
  downloadSvg.disabled = downloadPng.disabled = !code;
  urlLine.textContent = code ? code.launch.url : '';
  printLine.textContent = code ? describe(code) : '';
  if (code) {
    // An <img> from a Blob URL: the strict CSP's trusted types forbid markup in innerHTML.
    previewUrl = URL.createObjectURL(new Blob([svgMarkup(code)], { type: 'image/svg+xml' }));
    preview.src = previewUrl;
    preview.alt = `QR code${code.logo ? ' with a logo' : ''}: ${code.launch.url}`;
  }
  showLogo();
  history.replaceState(null, '', `#${new URLSearchParams(persisted(values, context, notes))}`);
}

/** The logo's status, its remove button (for a refused file too), and the note that it forces level H. */
function showLogo() {
  logoStatus.textContent = logo ? `로고 · Logo: ${logo.name} (${logo.width} × ${logo.height} px)` : '';
  logoRemove.hidden = !logo && !logoProblem;
  eccNote.hidden = !logo;
  // Described by the note only while it shows: a hidden note would still be read out.
  if (logo) eccSelect.setAttribute('aria-describedby', 'ecc-note');
  else eccSelect.removeAttribute('aria-describedby');
}

/** Takes the chosen file as the logo, or explains why not; the form's values are untouched. */
async function chooseLogo() {
  const read = ++logoReads;
  const file = logoInput.files[0];
  let chosen;
  let problem;
  try {
    chosen = file && (await readLogo(file));
  } catch (error) {
    if (!(error instanceof ConsultInputError)) throw error;
    problem = `${error.message} · 로고는 한 변 ${QR_MAX_PIXELS} px 이하의 PNG 파일만 넣을 수 있어요`;
  }
  if (read !== logoReads) return;
  setLogo(chosen, problem);
}

function setLogo(chosen, problem) {
  logo = chosen;
  logoProblem = problem;
  render();
}

/**
 * The values to keep in the URL: all but the ones refused. History, shared links and
 * screenshots of the address bar would keep a phone number typed by mistake; the field keeps
 * it, with its explanation, until the user fixes it.
 */
function persisted(values, context, notes) {
  const refused = new Set(context.dropped.filter(({ reason }) => reason !== 'budget').map(({ field }) => field));
  for (const { kind, field } of notes) if (kind === 'problem') refused.add(field);
  return Object.entries(values).filter(([name]) => !refused.has(name));
}

function describe({ symbol, plan }) {
  const print = plan.mm === undefined ? '' : `${formatMm(plan.mm)}, modules ${formatMm(plan.moduleMm)} · `;
  return `${print}PNG ${plan.px} × ${plan.px} px${plan.dpi === undefined ? '' : ` at ${Math.round(plan.dpi)} dpi`} · ${symbol.extent} modules, level ${symbol.ecc}`;
}

/** Draws the code on a canvas, whole pixels a module, and encodes a PNG that records its print density. */
async function pngBlob({ symbol, plan, logo }) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = plan.px;
  const context = canvas.getContext('2d');
  context.fillStyle = symbol.light;
  context.fillRect(0, 0, plan.px, plan.px);
  context.fillStyle = symbol.dark;
  const scale = plan.modulePx;
  for (const { x, y, length } of qrRuns(symbol.matrix)) {
    context.fillRect((x + symbol.margin) * scale, (y + symbol.margin) * scale, length * scale, scale);
  }
  if (logo) drawLogo(context, symbol, scale, logo);
  const blob = await new Promise((resolve, reject) => canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
  if (plan.dpi === undefined) return blob;
  return new Blob([withPixelDensity(new Uint8Array(await blob.arrayBuffer()), plan.dpi)], { type: 'image/png' });
}

/** `kakao-consult-poster_a.png`, from the placement the code carries (else the channel), kept to safe characters. */
function fileName({ launch, placement }, extension) {
  const base = (placement || launch.fields.uuid.slice(1)).replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 60);
  return `kakao-consult-${base}.${extension}`;
}


/** Restores the form from the URL's hash, so a reload or a shared link keeps what was typed. */
function restore() {
  const saved = new URLSearchParams(location.hash.slice(1));
  for (const [name, value] of saved) {
    const field = form.elements.namedItem(name);
    // Never the logo's file input: it takes no value from text, and throws when given one.
    if (field && 'value' in field && field.type !== 'file') field.value = value;
  }
}

downloadSvg.addEventListener('click', () => current && saveFile(new Blob([svgMarkup(current)], { type: 'image/svg+xml' }), fileName(current, 'svg')));
downloadPng.addEventListener('click', async () => current && saveFile(await pngBlob(current), fileName(current, 'png')));
logoInput.addEventListener('change', chooseLogo);
logoRemove.addEventListener('click', () => {
  logoReads++;
  logoInput.value = '';
  setLogo(undefined, undefined);
  // The button hides itself; keyboard focus goes back to where a logo is chosen.
  logoInput.focus();
});
form.addEventListener('input', render);
form.addEventListener('submit', (event) => event.preventDefault());
restore();
render();
