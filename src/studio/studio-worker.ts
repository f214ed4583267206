// The studio's batch worker (dist/studio/studio-worker.js): a table of codes → checked rows → one ZIP,
// off the page's main thread so typing stays responsive. The same core as `kakao-consult batch`:
// the same checks, messages, file names and manifests. Started on the first batch run only.
import { strToU8, zipSync, zlibSync, type Zippable } from 'fflate';
import { artworkPdf } from '../core/print/artwork-pdf.js';
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
import { readXlsx } from '../core/table/xlsx.js';
import type { StudioJob, StudioReport } from './studio-job.js';

const PREVIEWS = 12;
const post = (report: StudioReport, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(report, transfer);

function records(job: StudioJob): CsvRecord[] {
  if (job.xlsx) return readXlsx(job.xlsx);
  const text = (job.text ?? '').replace(/^\uFEFF/, '');
  return parseCsv(text, { delimiter: job.tabs ? '\t' : ',', keepBlankLines: true, locale: job.locale });
}

function render(code: PlannedCode, outliner: TextOutliner | undefined): Uint8Array {
  const { spec } = code;
  if (spec.format === 'png') {
    const png = twoColorPng(spec.symbol, qrModulePixels(spec.size.px ?? 1024, spec.symbol.extent), zlibSync);
    return spec.size.dpi === undefined ? png : withPixelDensity(png, spec.size.dpi);
  }
  if (needsArtwork(spec)) {
    const drawing = printedDrawing(spec, { outliner });
    return spec.format === 'pdf' ? artworkPdf(drawing, zlibSync) : strToU8(artworkSvg(drawing));
  }
  const svg = symbolSvg(spec.symbol, { size: spec.printMm === undefined ? spec.size.px : undefined });
  return strToU8(spec.printMm === undefined ? svg : withPrintSize(svg, spec.printMm));
}

function run(job: StudioJob): void {
  const started = performance.now();
  const words = studioMessages[job.locale];
  let table;
  try {
    table = readBatchTable(records(job), Boolean(job.defaults.channel?.trim()), job.locale);
  } catch (error) {
    const line = error instanceof CsvSyntaxError || error instanceof BatchTableError ? error.line : 1;
    post({ type: 'problems', problems: [{ line, message: error instanceof Error ? error.message : String(error) }], rows: 0 });
    return;
  }
  if (table.rows.length === 0) {
    post({ type: 'problems', problems: [{ line: table.headerLine, message: words.noRows }], rows: 0 });
    return;
  }
  const { planned, invalid, warnings } = planBatch(table.rows, { defaults: { ...job.defaults, format: undefined }, locale: job.locale, format: job.format });
  if (invalid.length > 0) {
    post({ type: 'problems', problems: invalid, rows: table.rows.length });
    return;
  }
  const outliner = job.font && planned.some(({ spec }) => needsFont(spec)) ? createOutliner(job.font) : undefined;
  const files: Zippable = {};
  for (const [index, code] of planned.entries()) {
    // Stored, not deflated again: PNG and PDF are compressed already, SVG is small.
    files[code.file] = [render(code, outliner), { level: 0 }];
    if (index < PREVIEWS) post({ type: 'preview', name: code.name, svg: symbolSvg(code.spec.symbol) });
    if (index % 25 === 24 || index === planned.length - 1) post({ type: 'progress', done: index + 1, total: planned.length });
  }
  const entries = planned.map(manifestEntry);
  files['manifest.csv'] = strToU8(formatManifest(entries, 'csv'));
  files['manifest.json'] = strToU8(formatManifest(entries, 'json'));
  const zip = zipSync(files, { level: 6 });
  post({ type: 'done', zip, count: planned.length, warnings, empty: table.empty, ignored: table.ignored, ms: performance.now() - started }, [zip.buffer]);
}

self.addEventListener('message', (event: MessageEvent<StudioJob>) => run(event.data));
