// `kakao-consult batch` on every core: a large batch's rows are resolved (QR encoding) and
// rendered on worker threads (batch-worker.ts) and on the main thread itself, in slices handed
// out as threads come free: one thread per core, the main one included (it would only wait).
// The main thread then checks the batch as a whole (names, twins) with those results and
// writes the files: nothing is written before every row is checked, as with one thread.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResolvedRow } from '../../../core/print/batch-plan.js';
import type { BatchRow } from '../../../core/print/batch-table.js';
import { setImmediate as turn } from 'node:timers/promises';
import { matrixOf } from '../../../core/qr/qr-modules.js';
import type { WireRow, WorkerTask } from './batch-worker.js';

/**
 * Below this many rows one thread is quicker. A worker's start, its first (unoptimised) codes
 * and the results crossing back cost more than the rows it takes off this thread: on two
 * cores, one thread made 1,000 SVG codes in 0.71 s against 0.89 s with a worker, 2,000 in
 * 1.42 s against 1.81 s, and 4,000 in about the same time either way (PDF alike).
 */
export const WORKER_ROWS = 4000;
/** Rows per task: small enough to keep both threads busy to the end. */
const SLICE = 50;

/** Each row resolved, and its file rendered (by row index; none where the main thread must render it). */
export interface PreparedBatch {
  resolved: ResolvedRow[];
  rendered: (Uint8Array | undefined)[];
}

// The worker's file next to this module: the bundle's batch-worker.js when built (both sit in
// dist/node/cli/), the .ts source when run from source under tsx.
const WORKER_FILE = new URL(`./batch-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** The threads, this one included, a batch of `rows` is prepared on: one below {@link WORKER_ROWS} or on one core. */
export function batchThreads(rows: number, cores = availableParallelism()): number {
  return rows < WORKER_ROWS ? 1 : Math.min(cores, Math.ceil(rows / SLICE));
}

/**
 * Resolves and renders the rows on `threads` threads, this one and workers; `undefined` for
 * one thread (the batch too small, or the machine one core, to gain from workers).
 *
 * @param workerFile The worker's module: the built one next to this file unless given.
 */
export async function prepareInWorkers(
  rows: readonly BatchRow[],
  options: WorkerTask['options'],
  threads = batchThreads(rows.length),
  workerFile: URL = WORKER_FILE,
): Promise<PreparedBatch | undefined> {
  const count = Math.min(threads, Math.ceil(rows.length / SLICE));
  if (count < 2) return undefined;
  const prepared: PreparedBatch = { resolved: new Array(rows.length), rendered: new Array(rows.length) };
  const tasks: WorkerTask[] = [];
  for (let start = 0; start < rows.length; start += SLICE) tasks.push({ start, rows: rows.slice(start, start + SLICE), options });
  const slices = new Slices(tasks, prepared);
  const workers = Array.from({ length: count - 1 }, () => new Worker(workerFile));
  try {
    // Done when every slice is, whoever made it: a worker still busy with one made here too is not waited for.
    await Promise.race([Promise.all([slices.finished, workHere(slices)]), ...workers.map((worker) => feed(worker, slices))]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return prepared;
}

/** The slices of a batch: waiting, handed to a worker, or done (the first result of a slice counts; the same slice gives the same result anywhere). */
class Slices {
  readonly waiting: WorkerTask[];
  readonly handedOut = new Map<number, WorkerTask>();
  private readonly done = new Set<number>();
  /** Settles when every slice is done. */
  readonly finished: Promise<void>;
  private finish!: () => void;

  constructor(
    private readonly tasks: WorkerTask[],
    private readonly prepared: PreparedBatch,
  ) {
    this.waiting = [...tasks];
    this.finished = new Promise((resolve) => (this.finish = resolve));
  }

  /** A slice for this thread: a waiting one, else one a worker holds but has not given back (a worker still starting, on a busy machine). */
  forHere(): WorkerTask | undefined {
    return this.waiting.shift() ?? [...this.handedOut.values()].find(({ start }) => !this.done.has(start));
  }

  complete(start: number, rows: readonly WireRow[]): void {
    this.handedOut.delete(start);
    if (this.done.has(start)) return;
    this.done.add(start);
    take(this.prepared, start, rows);
    if (this.done.size === this.tasks.length) this.finish();
  }
}

/** Takes slices on this thread until none is left undone, letting the workers' messages in between (they are handed their next slice then). */
async function workHere(slices: Slices): Promise<void> {
  // Loaded here, not with this module: a small batch never needs it.
  const { work } = await import('./batch-worker.js');
  for (let task = slices.forHere(); task; task = slices.forHere()) {
    const result = await work(task);
    slices.complete(result.start, result.rows);
    await turn();
  }
}

/** Stores a slice's results. */
function take(prepared: PreparedBatch, start: number, rows: readonly WireRow[]): void {
  rows.forEach((row, offset) => {
    const index = start + offset;
    if (!row.spec) {
      prepared.resolved[index] = { messages: row.messages, scan: row.scan };
      return;
    }
    prepared.resolved[index] = {
      spec: { ...row.spec, symbol: { ...row.spec.symbol, matrix: matrixOf(row.spec.symbol.matrix) } },
      scan: row.scan,
    };
    prepared.rendered[index] = row.bytes;
  });
}

/** Feeds one worker slices while any is waiting; rejects when it fails (it never settles otherwise). */
function feed(worker: Worker, slices: Slices): Promise<never> {
  return new Promise((_, reject) => {
    const next = () => {
      const task = slices.waiting.shift();
      if (!task) return;
      slices.handedOut.set(task.start, task);
      worker.postMessage(task);
    };
    worker.on('error', reject);
    worker.on('message', (result: { start: number; rows?: WireRow[]; error?: string }) => {
      if (result.error !== undefined) return reject(new Error(`a batch worker failed: ${result.error}`));
      slices.complete(result.start, result.rows!);
      next();
    });
    // Two slices queued, so a worker never waits while the main thread is busy with a slice of its own.
    next();
    next();
  });
}
