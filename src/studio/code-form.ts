// The single code: the form's values → the kit's pure core → a live preview, the extra budget
// and downloads at print size. Everything runs in the page, offline once loaded.
import { ConsultInputError } from '../core/errors.js';
import type { EncodeResult } from '../core/launch/context.js';
import { EXTRA_MAX_LENGTH } from '../core/launch/launch.js';
import { CodeInputErrors, resolveCode } from '../core/print/printed-code.js';
import { QR_MAX_PIXELS } from '../core/qr/qr.js';
import { saveFile } from '../elements/internal/save-file.js';
import { buttonSnippet, studioKitFiles } from './button-snippet.js';
import { codeFileName, describeCode, pdfBlob, pngBlob, svgMarkup, type FormCode } from './code-files.js';
import { readLogo, type PageLogo } from './logo-file.js';
import { pageElement, pageLocale } from './page-element.js';

/** The form's values by field name, trimmed. */
export type FormValues = Record<string, string>;

/** A line under the preview: a problem names the form field it blocks. */
export interface FormNote {
  kind: 'problem' | 'warning';
  field: string;
  text: string;
}

/** What the form and the logo make: a code, unless a problem stops it, and what `extra` carries. */
export interface FormResult {
  code?: FormCode;
  context: EncodeResult;
  notes: FormNote[];
}

/** A form's values as strings, trimmed. */
export function readForm(form: HTMLFormElement): FormValues {
  return Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim()]));
}

/**
 * What the form and the logo make, checked by the same core as the CLI and the batch: a code
 * with its plan, and messages in the page's language. A problem (a refused personal value
 * included) stops the code, and with it the downloads, until it is fixed; warnings do not.
 */
export function computeCode(values: FormValues, logo: PageLogo | undefined, locale: 'ko' | 'en'): FormResult {
  const byPrint = values.sizing !== 'px';
  const input = {
    ...values,
    size: byPrint && values.size ? `${values.size}${values.unit}` : undefined,
    dpi: byPrint ? values.dpi : undefined,
    px: byPrint ? undefined : values.px,
    format: 'png',
  };
  try {
    // The logo's bytes are the page's to draw; core only needs to know there is one.
    const spec = resolveCode(input, { locale, logo: logo && { bytes: new Uint8Array(0) } });
    const { context } = spec;
    const notes = spec.warnings.map((text): FormNote => ({ kind: 'warning', field: '', text }));
    const placement = context.kept.includes('placement') ? (values.placement ?? '') : '';
    const code: FormCode = { launch: spec.launch, symbol: spec.symbol, plan: spec.size, placement };
    if (spec.printMm !== undefined) code.mm = spec.printMm;
    if (logo) code.logo = logo;
    return { code, context, notes };
  } catch (error) {
    if (!(error instanceof CodeInputErrors)) throw error;
    // The meter still shows what extra would carry while another field has a problem.
    const context = error.context ?? { extra: '', kept: [], shortened: [], dropped: [] };
    return {
      context,
      notes: error.errors.map(({ field, message }) => ({
        kind: 'problem',
        field: field === 'text' || field === 'url' ? 'event' : field,
        text: message,
      })),
    };
  }
}

/**
 * The values to keep in the URL: all but the ones refused. History, shared links and
 * screenshots of the address bar would keep a phone number typed by mistake; the field keeps
 * it, with its explanation, until the user fixes it.
 */
export function persisted(values: FormValues, context: EncodeResult, notes: readonly FormNote[]): [string, string][] {
  const refused = new Set(context.dropped.filter(({ reason }) => reason !== 'budget').map(({ field }) => field));
  for (const { kind, field } of notes) if (kind === 'problem') refused.add(field);
  return Object.entries(values).filter(([name]) => !refused.has(name));
}

/** Wires the single code's form, preview and downloads; the page state lives in here. */
export function startCodeForm(): void {
  const form = pageElement('qr-form', HTMLFormElement);
  const preview = pageElement('preview', HTMLImageElement);
  const urlLine = pageElement('url', HTMLElement);
  const printLine = pageElement('print-size', HTMLElement);
  const meter = pageElement('budget', HTMLMeterElement);
  const budgetText = pageElement('budget-text', HTMLOutputElement);
  const extraLine = pageElement('extra', HTMLElement);
  const messages = pageElement('messages', HTMLUListElement);
  const downloadSvg = pageElement('download-svg', HTMLButtonElement);
  const downloadPng = pageElement('download-png', HTMLButtonElement);
  const downloadPdf = pageElement('download-pdf', HTMLButtonElement);
  const snippet = pageElement('snippet', HTMLTextAreaElement);
  const eccSelect = pageElement('ecc', HTMLSelectElement);
  const eccNote = pageElement('ecc-note', HTMLElement);
  const logoInput = pageElement('logo', HTMLInputElement);
  const logoStatus = pageElement('logo-status', HTMLElement);
  const logoRemove = pageElement('logo-remove', HTMLButtonElement);
  const locale = pageLocale();

  /** The current code, or undefined while the form has a problem. */
  let current: FormCode | undefined;
  let previewUrl: string | undefined;
  /** The logo read from the file input, and why the last file was refused. */
  let logo: PageLogo | undefined;
  let logoProblem: string | undefined;
  /** Counts files chosen, so a slow read finishing after a newer choice is dropped. */
  let logoReads = 0;

  const render = (): void => {
    const values = readForm(form);
    for (const group of form.querySelectorAll<HTMLElement>('.size-group'))
      group.hidden = group.dataset.sizing !== (values.sizing || 'print');
    const { code, context, notes } = computeCode(values, logo, locale);
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
        if (kind === 'problem') (form.elements.namedItem(field) as Element | null)?.setAttribute('aria-invalid', 'true');
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
    downloadPdf.disabled = code?.mm === undefined;
    snippet.value = code ? buttonSnippet(values, studioKitFiles()) : '';
    urlLine.textContent = code ? code.launch.url : '';
    printLine.textContent = code ? describeCode(code) : '';
    if (code) {
      // An <img> from a Blob URL: the strict CSP's trusted types forbid markup in innerHTML.
      previewUrl = URL.createObjectURL(new Blob([svgMarkup(code)], { type: 'image/svg+xml' }));
      preview.src = previewUrl;
      preview.alt = `QR code${code.logo ? ' with a logo' : ''}: ${code.launch.url}`;
    }
    showLogo();
    history.replaceState(null, '', `#${new URLSearchParams(persisted(values, context, notes))}`);
  };

  /** The logo's status, its remove button (for a refused file too), and the note that it forces level H. */
  const showLogo = (): void => {
    logoStatus.textContent = logo ? `로고 · Logo: ${logo.name} (${logo.width} × ${logo.height} px)` : '';
    logoRemove.hidden = !logo && !logoProblem;
    eccNote.hidden = !logo;
    // Described by the note only while it shows: a hidden note would still be read out.
    if (logo) eccSelect.setAttribute('aria-describedby', 'ecc-note');
    else eccSelect.removeAttribute('aria-describedby');
  };

  const setLogo = (chosen: PageLogo | undefined, problem: string | undefined): void => {
    logo = chosen;
    logoProblem = problem;
    render();
  };

  /** Takes the chosen file as the logo, or explains why not; the form's values are untouched. */
  const chooseLogo = async (): Promise<void> => {
    const read = ++logoReads;
    const file = logoInput.files?.[0];
    let chosen: PageLogo | undefined;
    let problem: string | undefined;
    try {
      chosen = file && (await readLogo(file));
    } catch (error) {
      if (!(error instanceof ConsultInputError)) throw error;
      problem = `${error.message} · 로고는 한 변 ${QR_MAX_PIXELS} px 이하의 PNG 파일만 넣을 수 있어요`;
    }
    if (read !== logoReads) return;
    setLogo(chosen, problem);
  };

  /** Restores the form from the URL's hash, so a reload or a shared link keeps what was typed. */
  const restore = (): void => {
    for (const [name, value] of new URLSearchParams(location.hash.slice(1))) {
      const field = form.elements.namedItem(name);
      // Never the logo's file input: it takes no value from text, and throws when given one.
      if (
        (field instanceof HTMLInputElement && field.type !== 'file') ||
        field instanceof HTMLSelectElement ||
        field instanceof HTMLTextAreaElement
      )
        field.value = value;
    }
  };

  downloadSvg.addEventListener(
    'click',
    () => current && saveFile(new Blob([svgMarkup(current)], { type: 'image/svg+xml' }), codeFileName(current, 'svg')),
  );
  downloadPng.addEventListener('click', () => {
    const code = current;
    if (code) void pngBlob(code).then((blob) => saveFile(blob, codeFileName(code, 'png')));
  });
  downloadPdf.addEventListener('click', () => {
    const code = current;
    if (code) void pdfBlob(code).then((pdf) => pdf && saveFile(pdf, codeFileName(code, 'pdf')));
  });
  logoInput.addEventListener('change', () => void chooseLogo());
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
}
