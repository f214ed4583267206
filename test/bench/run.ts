// Runs every test/bench/*.bench.ts in a Node process of its own, one after another so they
// do not compete for the CPU, shows their tables as they come, and ends with one table of
// their headline figures, collected from the marked summary line each prints.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { printTable, SUMMARY_MARKER, type BenchSummary } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Runs one benchmark, echoing its output but for the summary line, which it returns. */
async function run(file: string): Promise<{ summary?: BenchSummary; code: number | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', HERE + file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let summary: BenchSummary | undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith(SUMMARY_MARKER)) summary = JSON.parse(line.slice(SUMMARY_MARKER.length)) as BenchSummary;
    else console.log(line);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { summary, code };
}

const rows: string[][] = [];
let failed = false;
for (const file of readdirSync(HERE)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()) {
  console.log(`\n## ${file}`);
  const started = performance.now();
  const { summary, code } = await run(file);
  const seconds = `${((performance.now() - started) / 1000).toFixed(0)} s`;
  if (code !== 0 || !summary) {
    failed = true;
    rows.push([file, code !== 0 ? `failed (exit code ${code})` : 'printed no summary', '', seconds]);
    continue;
  }
  for (const [figure, value] of Object.entries(summary.figures)) rows.push([summary.bench, figure, value, seconds]);
}
printTable('summary', ['benchmark', 'figure', 'value', 'took'], rows);
if (failed) process.exitCode = 1;
