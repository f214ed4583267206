// The studio's batch: a table (file, drop or pasted cells) → the worker (studio-worker.ts) →
// problems by line, or a preview grid and one ZIP. The worker runs the CLI's own core, so the
// rows, messages, file names and manifests are the same as `kakao-consult batch`.
import { jobDate, type Sheet } from '../core/print/artwork-sheet.js';
import type { CodeInput, ImageFormat } from '../core/print/printed-code.js';
import { formatMm } from '../core/print/print-size.js';
import { checkScanBase } from '../core/print/scan-code.js';
import { ConsultInputError } from '../core/errors.js';
import { describeInputError } from '../core/i18n/studio-messages.js';
import { saveFile } from '../elements/internal/save-file.js';
import { isEmptyTable, readChosenFile, tableToRun, type ChosenTable } from './batch-source.js';
import { BATCH_WORDS } from './batch-words.js';
import { readForm } from './code-form.js';
import { pageElement, pageLocale } from './page-element.js';
import { artworkFont, startWorker } from './studio-resources.js';
import type { LineMessage, StudioJob, StudioReport } from './studio-job.js';

/** The template menu's choice as core's template and, for a card, its paper: `card-a5` is a card on A5. */
export function templateChoice(choice: string): { template: string; paper?: string } {
  const [template = 'code', paper] = choice.split('-');
  return paper ? { template, paper } : { template };
}

/** The batch's settings from the page: the single code's form fills blank cells. */
export function batchDefaults(values: Record<string, string>, choice: { template: string; format: string; bleed: boolean }): CodeInput {
  const byPrint = values.sizing !== 'px';
  const { template, paper } = templateChoice(choice.template);
  // A card's size is its paper, which the code form's millimetres do not say.
  const sized = template !== 'card';
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
    size: sized ? (byPrint && values.size ? `${values.size}${values.unit}` : undefined) : paper,
    dpi: byPrint && choice.format === 'png' ? values.dpi : undefined,
    px: !byPrint && choice.format === 'png' ? values.px : undefined,
    template,
    bleed: choice.bleed ? '3mm' : undefined,
  };
}

/** Artwork has text and a trim: a template other than the bare code is drawn as PDF when PNG was chosen. */
export function batchFormat(template: string, format: string): ImageFormat {
  const chosen = format as ImageFormat;
  return templateChoice(template).template === 'code' || chosen !== 'png' ? chosen : 'pdf';
}

/** The sheets' job name: the table file's name without its extension, else the page's. */
export function jobName(file: string | undefined): string {
  return file?.replace(/\.[^.]*$/, '') || 'kakao-consult';
}

/** Wires the batch panel; its state (the chosen table, the worker, the ZIP) lives in here. */
export function startBatchPanel(): void {
  const form = pageElement('qr-form', HTMLFormElement);
  const section = pageElement('batch', HTMLElement);
  const fileInput = pageElement('batch-file', HTMLInputElement);
  const drop = pageElement('batch-drop', HTMLElement);
  const paste = pageElement('batch-paste', HTMLTextAreaElement);
  const format = pageElement('batch-format', HTMLSelectElement);
  const template = pageElement('batch-template', HTMLSelectElement);
  const bleed = pageElement('batch-bleed', HTMLInputElement);
  const sheet = pageElement('batch-sheet', HTMLSelectElement);
  const onePdf = pageElement('batch-one-pdf', HTMLInputElement);
  const scanBase = pageElement('batch-scan-base', HTMLInputElement);
  const runButton = pageElement('batch-run', HTMLButtonElement);
  const cancelButton = pageElement('batch-cancel', HTMLButtonElement);
  const progressRow = pageElement('batch-progress-row', HTMLElement);
  const progress = pageElement('batch-progress', HTMLProgressElement);
  const progressText = pageElement('batch-progress-text', HTMLOutputElement);
  const status = pageElement('batch-status', HTMLElement);
  const problems = pageElement('batch-problems', HTMLUListElement);
  const grid = pageElement('batch-grid', HTMLUListElement);
  const zipButton = pageElement('batch-zip', HTMLButtonElement);
  const locale = pageLocale();
  const words = BATCH_WORDS[locale];

  /** The table chosen: a file's bytes or text; undefined for the pasted cells. */
  let chosen: ChosenTable | undefined;
  let worker: Worker | undefined;
  let zip: Blob | undefined;
  let previews: string[] = [];

  const clearResults = (): void => {
    for (const url of previews) URL.revokeObjectURL(url);
    previews = [];
    grid.replaceChildren();
    problems.replaceChildren();
    zip = undefined;
    zipButton.hidden = true;
  };

  const setRunning = (running: boolean): void => {
    runButton.disabled = running;
    cancelButton.hidden = !running;
    progressRow.hidden = !running && progress.value === 0;
    section.setAttribute('aria-busy', String(running));
  };

  const finish = (): void => {
    worker?.terminate();
    worker = undefined;
    setRunning(false);
  };

  /** List items for messages that name their line, Korean first: `18번째 줄: …`. */
  const byLine = (kind: 'problem' | 'warning', messages: readonly LineMessage[]): HTMLLIElement[] =>
    messages.map(({ line, message }) => {
      const item = document.createElement('li');
      item.className = kind;
      item.textContent = `${words.line(line)}: ${message}`;
      return item;
    });

  const report = (data: StudioReport): void => {
    if (data.type === 'progress') {
      progress.max = data.total;
      progress.value = data.done;
      progressText.value = words.progress(data.done, data.total);
    } else if (data.type === 'preview') {
      const url = URL.createObjectURL(new Blob([data.svg], { type: 'image/svg+xml' }));
      previews.push(url);
      const item = document.createElement('li');
      const image = document.createElement('img');
      image.src = url;
      image.alt = `QR: ${data.name}`;
      // Drawn at its print size (CSS millimetres), so a card and a code keep their proportions; the grid caps it.
      if (data.widthMm !== undefined) image.style.width = `${data.widthMm.toFixed(1)}mm`;
      const name = document.createElement('span');
      name.textContent =
        data.widthMm === undefined
          ? data.name
          : `${data.name} · ${Number(data.widthMm.toFixed(1))} × ${formatMm(data.heightMm ?? data.widthMm)}`;
      item.append(image, name);
      grid.append(item);
    } else if (data.type === 'problems') {
      finish();
      status.textContent = data.rows === 0 ? words.unreadable : words.failed(data.problems.length, data.rows);
      problems.replaceChildren(...byLine('problem', data.problems));
    } else {
      finish();
      zip = new Blob([data.zip], { type: 'application/zip' });
      status.textContent = `${words.done(data.count, (data.ms / 1000).toFixed(1), data.empty.length)}${data.read ? ` (${data.read})` : ''}`;
      problems.replaceChildren(...byLine('warning', data.warnings));
      zipButton.hidden = false;
    }
  };

  const run = async (): Promise<void> => {
    clearResults();
    const table = tableToRun(chosen, paste.value);
    if (isEmptyTable(table)) {
      status.textContent = words.empty;
      return;
    }
    const defaults = batchDefaults(readForm(form), { template: template.value, format: format.value, bleed: bleed.checked });
    const job: StudioJob = { ...table, defaults, format: batchFormat(template.value, format.value), locale, onePdf: onePdf.checked };
    if (scanBase.value.trim() !== '') {
      try {
        job.scanBase = checkScanBase(scanBase.value);
      } catch (error) {
        if (!(error instanceof ConsultInputError)) throw error;
        status.textContent = describeInputError(error, locale, scanBase.value);
        return;
      }
    }
    if (sheet.value) job.sheet = { size: sheet.value as Sheet, job: { name: jobName(chosen?.name), date: jobDate(new Date()) } };
    if (defaults.template !== 'code' || job.sheet) job.font = await artworkFont();
    worker?.terminate();
    worker = startWorker();
    progress.value = 0;
    progressText.value = '';
    setRunning(true);
    status.textContent = words.checking('…');
    worker.addEventListener('message', ({ data }: MessageEvent<StudioReport>) => report(data));
    worker.postMessage(job, [...(job.font ? [job.font] : []), ...(job.file ? [job.file.bytes.buffer] : [])]);
  };

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    chosen = await readChosenFile(file);
    status.textContent = words.file(file.name);
    clearResults();
  };

  fileInput.addEventListener('change', () => void choose(fileInput.files?.[0]));
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
    void choose(event.dataTransfer?.files[0]);
  });
  runButton.addEventListener('click', () => void run());
  cancelButton.addEventListener('click', () => {
    finish();
    progressRow.hidden = true;
    status.textContent = words.cancelled;
  });
  zipButton.addEventListener('click', () => zip && saveFile(zip, 'kakao-consult-codes.zip'));
}
