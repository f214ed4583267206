// The studio's batch worker (dist/studio/studio-worker.js): a table of codes → checked rows → one ZIP,
// off the page's main thread so typing stays responsive. The same core as `kakao-consult batch`:
// the same checks, messages, file names and manifests. Started on the first batch run only.
import { strToU8, zipSync, zlibSync, type Zippable } from 'fflate';
import { slugOf } from '../core/print/artwork-marks.js';
import { artworkPdf, artworkPdfPages } from '../core/print/artwork-pdf.js';
import { imposeSheets } from '../core/print/artwork-sheet.js';
import type { Drawing } from '../core/print/artwork.js';
import { artworkSvg } from '../core/print/artwork-svg.js';
import { manifestEntry, planBatch, type PlannedCode } from '../core/print/batch-plan.js';
import { BatchTableError, readBatchTable } from '../core/print/batch-table.js';
import { CsvSyntaxError, parseCsv, type CsvRecord } from '../core/table/csv.js';
import { formatManifest } from '../core/print/manifest.js';
import { withPixelDensity } from '../core/qr/png-density.js';
import { needsArtwork, needsFont, printedDrawing } from '../core/print/printed-artwork.js';
import { qrModulePixels, symbolSvg } from '../core/qr/qr.js';
import { twoColorPng } from '../core/qr/qr-png-bytes.js';
import { withPrintSize } from '../core/print/print-size.js';
import { studioMessages } from '../core/i18n/studio-messages.js';
import { createOutliner, type TextOutliner } from '../core/print/text-outline.js';
import { readTableFile, TableFileError } from '../core/table/table-file.js';
import type { StudioJob, StudioReport } from './studio-job.js';

const PREVIEWS = 12;
const post = (report: StudioReport, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(report, transfer);

/** The table's records, and which encoding a file was read in (said when it is not UTF-8). */
function records(job: StudioJob): { records: CsvRecord[]; read?: string } {
  if (job.file) {
    // The browser's TextDecoder('euc-kr') is the whole of code page 949 (WHATWG's windows-949).
    const file = readTableFile(job.file.name, job.file.bytes, { locale: job.locale });
    return { records: file.records, read: file.encoding && file.encoding !== 'utf-8' ? file.note : undefined };
  }
  const text = (job.text ?? '').replace(/^\uFEFF/, '');
  return { records: parseCsv(text, { delimiter: job.tabs ? '\t' : ',', keepBlankLines: true, locale: job.locale }) };
}

/** The code as print artwork, when its file or a combined PDF needs it. */
function drawingOf(code: PlannedCode, job: StudioJob, outliner: TextOutliner | undefined): Drawing | undefined {
  return needsArtwork(code.spec) || job.sheet || job.onePdf ? printedDrawing(code.spec, { outliner, locale: job.locale }) : undefined;
}

function render(code: PlannedCode, drawing: Drawing | undefined): Uint8Array {
  const { spec } = code;
  if (spec.format === 'png') {
    const png = twoColorPng(spec.symbol, qrModulePixels(spec.size.px ?? 1024, spec.symbol.extent), zlibSync);
    return spec.size.dpi === undefined ? png : withPixelDensity(png, spec.size.dpi);
  }
  if (drawing && needsArtwork(spec)) return spec.format === 'pdf' ? artworkPdf(drawing, zlibSync) : strToU8(artworkSvg(drawing));
  const svg = symbolSvg(spec.symbol, { size: spec.printMm === undefined ? spec.size.px : undefined });
  return strToU8(spec.printMm === undefined ? svg : withPrintSize(svg, spec.printMm));
}

/** The preview of a code as it will print: its artwork on its page, else the bare code at its print size. */
function preview(code: PlannedCode, drawing: Drawing | undefined): StudioReport {
  if (drawing && needsArtwork(code.spec)) {
    const slug = slugOf(drawing);
    return {
      type: 'preview',
      name: code.name,
      svg: artworkSvg(drawing),
      widthMm: drawing.width + 2 * slug,
      heightMm: drawing.height + 2 * slug,
    };
  }
  const report: StudioReport = { type: 'preview', name: code.name, svg: symbolSvg(code.spec.symbol) };
  return code.spec.printMm === undefined ? report : { ...report, widthMm: code.spec.printMm, heightMm: code.spec.printMm };
}

function run(job: StudioJob): void {
  const started = performance.now();
  const words = studioMessages[job.locale];
  let table;
  let read: string | undefined;
  try {
    const source = records(job);
    read = source.read;
    table = readBatchTable(source.records, Boolean(job.defaults.channel?.trim()), job.locale);
  } catch (error) {
    const line = error instanceof CsvSyntaxError || error instanceof BatchTableError || error instanceof TableFileError ? error.line : 1;
    const column = error instanceof TableFileError && error.column !== undefined ? words.atColumn(error.column) : '';
    post({
      type: 'problems',
      problems: [{ line, message: `${column}${error instanceof Error ? error.message : String(error)}` }],
      rows: 0,
    });
    return;
  }
  if (table.rows.length === 0) {
    post({ type: 'problems', problems: [{ line: table.headerLine, message: words.noRows }], rows: 0 });
    return;
  }
  const { planned, invalid, warnings } = planBatch(table.rows, {
    defaults: { ...job.defaults, format: undefined },
    locale: job.locale,
    format: job.format,
    scanBase: job.scanBase,
  });
  if (invalid.length > 0) {
    post({ type: 'problems', problems: invalid, rows: table.rows.length });
    return;
  }
  const outliner = job.font && (job.sheet || planned.some(({ spec }) => needsFont(spec))) ? createOutliner(job.font) : undefined;
  const files: Zippable = {};
  const drawings: Drawing[] = [];
  for (const [index, code] of planned.entries()) {
    const drawing = drawingOf(code, job, outliner);
    if (drawing) drawings.push(drawing);
    // Stored, not deflated again: PNG and PDF are compressed already, SVG is small.
    files[code.file] = [render(code, drawing), { level: 0 }];
    if (index < PREVIEWS) post(preview(code, drawing));
    if (index % 25 === 24 || index === planned.length - 1) post({ type: 'progress', done: index + 1, total: planned.length });
  }
  if (job.onePdf) files['codes.pdf'] = [artworkPdfPages(drawings, zlibSync), { level: 0 }];
  if (job.sheet && outliner) {
    try {
      files[`sheets-${job.sheet.size}.pdf`] = [
        artworkPdfPages(imposeSheets(drawings, job.sheet.size, job.sheet.job, outliner).pages, zlibSync),
        { level: 0 },
      ];
    } catch (error) {
      post({
        type: 'problems',
        problems: [{ line: table.headerLine, message: error instanceof Error ? error.message : String(error) }],
        rows: table.rows.length,
      });
      return;
    }
  }
  const entries = planned.map(manifestEntry);
  files['manifest.csv'] = strToU8(formatManifest(entries, 'csv'));
  files['manifest.json'] = strToU8(formatManifest(entries, 'json'));
  const zip = zipSync(files, { level: 6 });
  post(
    {
      type: 'done',
      zip,
      count: planned.length,
      warnings,
      empty: table.empty,
      ignored: table.ignored,
      ms: performance.now() - started,
      ...(read ? { read } : {}),
    },
    [zip.buffer],
  );
}

self.addEventListener('message', (event: MessageEvent<StudioJob>) => run(event.data));
