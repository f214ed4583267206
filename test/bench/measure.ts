import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Runs `work` repeatedly for about `ms` milliseconds, after a warm-up, and returns operations per second. */
export function opsPerSecond(work: () => unknown, ms = 1000): number {
  for (let i = 0; i < 2000; i += 1) work();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 500; i += 1) work();
    runs += 500;
    elapsed = performance.now() - start;
  }
  return (runs / elapsed) * 1000;
}

/** Prints rows as an aligned table. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? Math.round(cell).toLocaleString('en') : cell))),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column]).length)));
  console.log(`\n${title}`);
  for (const [index, row] of cells.entries()) {
    console.log(row.map((cell, column) => String(cell).padEnd(widths[column]!)).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

/** Starts the one stdout line per benchmark that `run.ts` collects for its summary and hides. */
export const SUMMARY_MARKER = 'BENCH_SUMMARY ';

/** A benchmark's headline figures, by name, already formatted for a reader. */
export interface BenchSummary {
  bench: string;
  figures: Record<string, string>;
}

/** Prints the headline figures as one marked JSON line, so `run.ts` needs no table parsing. */
export function printSummary(summary: BenchSummary): void {
  console.log(SUMMARY_MARKER + JSON.stringify(summary));
}

/** Serves pages and files from memory on 127.0.0.1 (path → [content type, body]), uncached. */
export async function serveRoutes(routes: Map<string, [string, string | Buffer]>): Promise<{ origin: string; close: () => void }> {
  const server = createServer((request, response) => {
    const route = routes.get(request.url ?? '');
    response.writeHead(route ? 200 : 404, { 'Content-Type': route?.[0] ?? 'text/plain', 'Cache-Control': 'no-store' });
    response.end(route?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
