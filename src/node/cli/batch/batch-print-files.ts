import { basename, extname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { artworkPdfPages } from '../../../core/print/artwork-pdf.js';
import { imposeSheets, jobDate, SHEETS, type Sheet } from '../../../core/print/artwork-sheet.js';
import type { PlannedCode } from '../../../core/print/batch-plan.js';
import { printedDrawing } from '../../../core/print/printed-artwork.js';
import type { Locale } from '../../../core/i18n/labels.js';
import { UsageError } from '../exit-codes.js';
import { writeOutput } from '../files.js';
import type { RenderResources } from '../render.js';

/**
 * `kakao-consult batch`'s files for a print shop, besides one file per code: the whole batch
 * as one multi-page PDF (`--one-pdf`, a page per code) and imposed on sheets (`--sheet a4`,
 * N-up with crop marks per item and the job's slug).
 */

export const SHEET_NAMES = Object.keys(SHEETS) as Sheet[];

/** What was asked for on the command line. */
export interface PrintFileRequest {
  sheet?: Sheet;
  onePdf: boolean;
}

/** Reads `--sheet` and `--one-pdf`. */
export function printFileRequest(sheet: string | undefined, onePdf: boolean | undefined): PrintFileRequest {
  if (sheet !== undefined && !(SHEET_NAMES as string[]).includes(sheet.toLowerCase())) {
    throw new UsageError('batch', `--sheet "${sheet}" must be ${SHEET_NAMES.map((name) => `"${name}"`).join(', ')}.`);
  }
  return { sheet: sheet?.toLowerCase() as Sheet | undefined, onePdf: onePdf === true };
}

/** The files the request writes in `outDir`, to check before writing anything. */
export function printFilePaths(request: PrintFileRequest, outDir: string): { onePdf?: string; sheet?: string } {
  return {
    ...(request.onePdf ? { onePdf: join(outDir, 'codes.pdf') } : {}),
    ...(request.sheet ? { sheet: join(outDir, `sheets-${request.sheet}.pdf`) } : {}),
  };
}

/** Draws every code and writes the combined PDFs asked for; the sheets' job is named after the table's file. */
export async function writePrintFiles(
  planned: readonly PlannedCode[],
  request: PrintFileRequest,
  paths: ReturnType<typeof printFilePaths>,
  table: string,
  resources: RenderResources,
  locale: Locale,
  force: boolean,
): Promise<void> {
  if (!paths.onePdf && !paths.sheet) return;
  const deflate = (data: Uint8Array) => deflateSync(data);
  const drawings = planned.map(({ spec }) => {
    const image =
      spec.logo && resources.logo
        ? { png: spec.logo.bytes, pixels: { width: resources.logo.width, height: resources.logo.height, rgba: resources.logo.data } }
        : undefined;
    return printedDrawing(spec, { outliner: resources.outliner, logo: image, locale });
  });
  if (paths.onePdf) await writeOutput(paths.onePdf, artworkPdfPages(drawings, deflate), force);
  if (paths.sheet && request.sheet) {
    if (!resources.outliner) throw new TypeError('sheets need the artwork font for their slug');
    const job = { name: basename(table, extname(table)), date: jobDate(new Date()) };
    await writeOutput(paths.sheet, artworkPdfPages(imposeSheets(drawings, request.sheet, job, resources.outliner).pages, deflate), force);
  }
}
