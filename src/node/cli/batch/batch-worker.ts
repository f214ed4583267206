// A worker thread of `kakao-consult batch` (see batch-workers.ts): it resolves its share of the
// rows (the costly QR encoding) and renders each code's file, and hands both back. A symbol's
// matrix holds a function, so its modules cross as plain bytes.
import { parentPort } from 'node:worker_threads';
import { resolveRow, type BatchPlanOptions, type ScanCode } from '../../../core/print/batch-plan.js';
import type { BatchRow } from '../../../core/print/batch-table.js';
import { needsFont } from '../../../core/print/printed-artwork.js';
import type { CodeSpec } from '../../../core/print/printed-code.js';
import { modulesOf, type QrModules } from '../../../core/qr/qr-modules.js';
import type { QrSymbol } from '../../../core/qr/qr.js';
import { readLogo as decodeLogo } from '../qr-png.js';
import { renderCode, type RenderResources } from '../render.js';

/** A code spec as it crosses between threads. */
export type WireSpec = Omit<CodeSpec, 'symbol'> & { symbol: Omit<QrSymbol, 'matrix'> & { matrix: QrModules } };

/** One row's result: its problems, or its spec and file (none when rendering threw: the main thread renders it again and reports). */
export type WireRow = ({ messages: string[]; spec?: undefined } | { spec: WireSpec; bytes?: Uint8Array }) & { scan?: ScanCode };

/** A share of the rows: contiguous, from `start`. */
export interface WorkerTask {
  start: number;
  rows: BatchRow[];
  options: Omit<BatchPlanOptions, 'resolved'>;
}

const loaded: RenderResources = {};

/** The font and the decoded logo, loaded once per thread, when a code first needs them. */
async function resourcesFor(spec: CodeSpec, options: WorkerTask['options']): Promise<RenderResources> {
  // The font's parser takes a worker longer to load than a hundred codes take to encode: only when a template needs it.
  if (needsFont(spec)) loaded.outliner ??= await (await import('../font.js')).loadOutliner();
  if (options.logo) loaded.logo ??= decodeLogo(options.logo.bytes);
  return loaded;
}

/** Resolves and renders one share of the rows: on a worker thread, or on the main thread while the workers work. */
export async function work({ start, rows, options }: WorkerTask): Promise<{ start: number; rows: WireRow[] }> {
  const results: WireRow[] = [];
  for (const row of rows) {
    const resolved = resolveRow(row, options);
    if (!resolved.spec) {
      results.push({ messages: resolved.messages, scan: resolved.scan });
      continue;
    }
    const { spec } = resolved;
    let bytes: Uint8Array | undefined;
    try {
      bytes = renderCode(spec, await resourcesFor(spec, options));
    } catch {
      bytes = undefined;
    }
    results.push({ spec: { ...spec, symbol: { ...spec.symbol, matrix: modulesOf(spec.symbol.matrix) } }, bytes, scan: resolved.scan });
  }
  return { start, rows: results };
}

parentPort?.on('message', (task: WorkerTask) => {
  work(task).then(
    (result) => parentPort!.postMessage(result),
    (error: unknown) => parentPort!.postMessage({ start: task.start, error: error instanceof Error ? error.message : String(error) }),
  );
});
