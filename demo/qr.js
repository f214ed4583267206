// The QR generator page: the form's values → the kit's pure core → a live preview, the
// extra budget and downloads at print size. Everything runs here, offline once loaded; the
// core comes bundled with its QR encoder in /dist/qr-generator.js (see rollup.config.js).
import {
  buildLaunch,
  ConsultInputError,
  encodeContext,
  EXTRA_MAX_LENGTH,
  formatMm,
  MIN_PRINT_MODULE_MM,
  parseLength,
  planSize,
  qrRuns,
  qrSvg,
  qrSymbol,
  saveFile,
  withPixelDensity,
  withPrintSize,
} from '/dist/qr-generator.js';

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

const PERSONAL_DATA = {
  phone: 'a phone number · 전화번호',
  email: 'an e-mail address · 이메일',
  'resident-number': 'a resident registration number · 주민등록번호',
  'card-number': 'a card number · 카드번호',
};
const REFUSED = {
  markup: "contains < or >, which an agent's console could take for markup: left out · < > 문자는 넣을 수 없습니다",
  'too-long': 'is far too long to be context: left out · 너무 길어요',
};

/** The current code, or undefined while the form has a problem. */
let current;
let previewUrl;

/** The form's values as strings, trimmed. */
function readForm() {
  return Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim()]));
}

/** What the form makes: a code with its plan, and messages (problems stop the code, warnings do not). */
function compute(values) {
  const notes = [];
  const context = encodeContext({ placement: values.placement, campaign: values.campaign, source: values.source, page: values.page });
  for (const { field, reason } of context.dropped) {
    if (reason === 'budget') notes.push({ kind: 'warning', field, text: `${field}: left out, extra is full (${EXTRA_MAX_LENGTH} characters) · 글자 수 초과로 빠짐` });
    else if (reason === 'invalid') notes.push({ kind: 'warning', field, text: `${field}: control characters, left out · 사용할 수 없는 문자` });
    else if (Object.hasOwn(REFUSED, reason)) notes.push({ kind: 'warning', field, text: `${field} ${REFUSED[reason]}` });
    else notes.push({ kind: 'warning', field, text: `${field} looks like ${PERSONAL_DATA[reason]}: personal data is refused and left out · 개인정보는 넣을 수 없습니다` });
  }
  for (const field of context.shortened) notes.push({ kind: 'warning', field, text: `${field}: cut to fit ${EXTRA_MAX_LENGTH} characters (ends in …) · 길이 초과로 잘림` });

  try {
    const launch = buildLaunch({ channel: values.channel, extra: context.extra, bot: values.bot, event: values.event });
    const symbol = qrSymbol(launch.url, { ecc: values.ecc, margin: values.margin === '' ? undefined : Number(values.margin), dark: values.dark, light: values.light });
    const byPrint = values.sizing !== 'px';
    const mm = byPrint ? parseLength('size', `${values.size}${values.unit}`) : undefined;
    const plan = planSize(symbol.extent, {
      mm,
      px: byPrint ? undefined : Number(values.px),
      dpi: byPrint && values.dpi !== '' ? Number(values.dpi) : undefined,
      raster: true,
    });
    if (plan.smallModules) {
      notes.push({
        kind: 'warning',
        field: 'size',
        text: `modules print ${formatMm(plan.moduleMm)}, under the ${MIN_PRINT_MODULE_MM} mm phones read reliably: print it larger · 모듈이 너무 작아요`,
      });
    }
    const placement = context.kept.includes('placement') ? values.placement : '';
    return { code: { launch, symbol, plan, mm, placement }, context, notes };
  } catch (error) {
    if (!(error instanceof ConsultInputError)) throw error;
    notes.unshift({ kind: 'problem', field: error.field, text: error.message });
    return { context, notes };
  }
}

function svgMarkup({ launch, symbol, plan, mm }) {
  const svg = qrSvg(launch.url, { ecc: symbol.ecc, margin: symbol.margin, dark: symbol.dark, light: symbol.light, size: mm === undefined ? plan.px : undefined });
  return mm === undefined ? svg : withPrintSize(svg, mm);
}

function render() {
  const values = readForm();
  for (const group of form.querySelectorAll('.size-group')) group.hidden = group.dataset.sizing !== (values.sizing || 'print');
  const { code, context, notes } = compute(values);
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
    preview.alt = `QR code: ${code.launch.url}`;
  }
  history.replaceState(null, '', `#${new URLSearchParams(persisted(values, context, notes))}`);
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
async function pngBlob({ symbol, plan }) {
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
    if (field && 'value' in field) field.value = value;
  }
}

downloadSvg.addEventListener('click', () => current && saveFile(new Blob([svgMarkup(current)], { type: 'image/svg+xml' }), fileName(current, 'svg')));
downloadPng.addEventListener('click', async () => current && saveFile(await pngBlob(current), fileName(current, 'png')));
form.addEventListener('input', render);
form.addEventListener('submit', (event) => event.preventDefault());
restore();
render();
