import { createServer } from 'node:http';
import { readScanManifest, scanPathPrefix } from '../../../core/print/manifest-read.js';
import { ConsultInputError } from '../../../core/errors.js';
import { formatCsv } from '../../../core/table/csv.js';
import { toNodeListener } from '../../server/node-adapter.js';
import { createScanHandler } from '../../server/scan-handler.js';
import type { ScanCount } from '../../server/store.js';
import { HELP_OPTION, parseCommandLine } from '../args.js';
import { CliFailure, EXIT, UsageError } from '../exit-codes.js';
import { readText } from '../files.js';
import { SCANS_HELP } from '../help.js';
import type { CliIo } from '../io.js';
import { padEnd, padStart, widthOf } from '../text-width.js';
import { openStore, SCAN_CSV_HEADER } from './scan-source.js';

const OPTIONS = {
  ...HELP_OPTION,
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  format: { type: 'string' },
} as const;

const FORMATS = ['table', 'csv', 'json'] as const;
/** Where counts go when --db is not given. */
const DEFAULT_DB = 'scans.db';

/**
 * `kakao-consult scans serve MANIFEST --port N [--db FILE]`: the scan-counted codes' server
 * for sites without a backend. `kakao-consult scans count --db FILE`: the counts.
 */
export async function scansCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('scans', args, OPTIONS);
  const [verb, ...rest] = positionals;
  if (values.help || verb === undefined) {
    io.out(SCANS_HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (verb === 'serve') return serve(rest, values, io);
  if (verb === 'count') return count(rest, values, io);
  throw new UsageError('scans', `unknown "${verb}": use serve or count.`);
}

async function serve(rest: string[], values: { port?: string; host?: string; db?: string }, io: CliIo): Promise<number> {
  if (rest.length !== 1)
    throw new UsageError('scans', 'scans serve takes one manifest (manifest.csv or manifest.json of kakao-consult batch --scan-base).');
  const port = Number(values.port ?? '8080');
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535))
    throw new UsageError('scans', `--port must be a port number (0 to 65535), not "${values.port}".`);
  const manifest = rest[0]!;
  let targets;
  try {
    targets = readScanManifest(await readText(manifest));
  } catch (error) {
    if (error instanceof ConsultInputError) throw new CliFailure(EXIT.invalid, `${manifest}: ${error.message}`);
    throw error;
  }
  const db = values.db ?? DEFAULT_DB;
  const store = await openStore(db, { mustExist: false });
  await store.describeCodes(targets);
  const server = createServer(
    toNodeListener(
      createScanHandler({
        targets,
        store,
        prefix: scanPathPrefix(targets),
        onError: (error) => io.err(`kakao-consult scans: a scan was not counted: ${String(error)}`),
      }),
    ),
  );
  // A client that trickles its request is cut off rather than holding a connection.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  const host = values.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    await store.close();
    throw new CliFailure(EXIT.io, `cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  io.out(`kakao-consult scans: ${targets.length} codes on http://${host}:${bound}/ (counting into ${db}; Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return EXIT.ok;
}

async function count(rest: string[], values: { db?: string; format?: string }, io: CliIo): Promise<number> {
  if (rest.length > 0) throw new UsageError('scans', `scans count takes no file but --db FILE, not "${rest.join(' ')}".`);
  if (values.db === undefined) throw new UsageError('scans', '--db FILE is required: the database scans serve counted into.');
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError('scans', `--format must be one of ${FORMATS.join(', ')}, not "${format}".`);
  const store = await openStore(values.db, { mustExist: true });
  let counts: ScanCount[];
  try {
    counts = await store.scanCounts();
  } finally {
    await store.close();
  }
  if (format === 'json') io.out(JSON.stringify(counts, null, 2));
  // LF line ends throughout (io.out ends the last line with one); no field holds a line break.
  else if (format === 'csv')
    io.out(
      formatCsv([SCAN_CSV_HEADER, ...counts.map((row) => [row.id, row.name, row.extra, row.day, String(row.scans)])], {
        formulasAsText: true,
      })
        .replace(/\r\n/g, '\n')
        .trimEnd(),
    );
  else io.out(countTable(counts));
  return EXIT.ok;
}

/** Counts as aligned text: a row per code and day, then the total. */
function countTable(counts: readonly ScanCount[]): string {
  const rows = counts.map((row) => [row.name || '(unnamed)', row.id, row.day, row.scans.toLocaleString('en')]);
  const total = counts.reduce((sum, row) => sum + row.scans, 0);
  rows.push(['total', '', '', total.toLocaleString('en')]);
  const header = ['code', 'id', 'day', 'scans'];
  const widths = header.map((title, column) => Math.max(widthOf(title), ...rows.map((row) => widthOf(row[column]!))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 3 ? padStart(cell, widths[column]!) : padEnd(cell, widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
