// The engine matrix (`npm run test:engines`, after `npm run build`): every engine in
// engines.mjs against every check in checks.mjs, printed as a table engine × check. An engine
// this machine cannot start is skipped with its reason, loudly; any failed check fails the run.
import { ENGINES } from './engines.mjs';
import { runChecks } from './checks.mjs';
import { startEngineServer } from './serve.mjs';

const { server, origin } = await startEngineServer();
const columns = [];
const started = Date.now();
for (const engine of ENGINES) {
  const began = Date.now();
  let driver;
  try {
    driver = await engine.start();
  } catch (error) {
    columns.push({ engine, skipped: error.message });
    continue;
  }
  const extra = [engine.without && `without=${engine.without}`, engine.nonce && `nonce=${engine.nonce}`].filter(Boolean);
  const page = (query) => `${origin}/index.html?${[query, ...extra].join('&')}`;
  try {
    columns.push({ engine, version: driver.version, results: await runChecks(driver, page), seconds: (Date.now() - began) / 1000 });
  } catch (error) {
    columns.push({ engine, version: driver.version, crashed: error.stack ?? String(error) });
  } finally {
    await driver.close();
  }
}
server.close();

const checks = [...new Set(columns.flatMap((column) => Object.keys(column.results ?? {})))];
const cell = (column, check) => {
  if (column.skipped) return 'skipped';
  if (column.crashed) return 'CRASHED';
  const result = column.results[check];
  return result.note ?? (result.ok ? 'ok' : 'FAIL');
};
const rows = [
  ['', ...columns.map((column) => column.engine.name)],
  ['version', ...columns.map((column) => column.version ?? '–')],
  ...checks.map((check) => [check, ...columns.map((column) => cell(column, check))]),
  ['seconds', ...columns.map((column) => (column.seconds ? column.seconds.toFixed(1) : '–'))],
];
const widths = rows[0].map((_, index) => Math.max(...rows.map((row) => String(row[index]).length)));
console.log(`\nEngine matrix (${((Date.now() - started) / 1000).toFixed(1)} s)`);
for (const row of rows) console.log(row.map((text, index) => String(text).padEnd(widths[index])).join(' | '));
for (const column of columns) console.log(`  ${column.engine.name}: stands for ${column.engine.standsFor}`);

let failed = false;
for (const column of columns) {
  if (column.skipped) console.warn(`\n!!! ${column.engine.name} SKIPPED: ${column.skipped}`);
  if (column.crashed) {
    failed = true;
    console.error(`\n${column.engine.name} crashed: ${column.crashed}`);
  }
  for (const [check, result] of Object.entries(column.results ?? {})) {
    if (result.ok) continue;
    failed = true;
    console.error(`\n${column.engine.name} · ${check}: saw ${result.detail}`);
  }
}
process.exitCode = failed ? 1 : 0;
