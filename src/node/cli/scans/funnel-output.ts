import { formatRate, renderFunnelSvg } from '../../../core/report/funnel-chart.js';
import type { Funnel } from '../../../core/report/funnel.js';
import { escapeMarkup as escapeHtml } from '../../../core/report/report-chart.js';
import { formatCsv } from '../../../core/table/csv.js';
import { reportPage } from '../report/report-html.js';
import { padEnd, padStart, widthOf } from '../text-width.js';

/** The funnel as aligned text: a row per code, then the totals. */
export function funnelTable(funnel: Funnel): string {
  const records = funnel.rows.map((row) => [
    row.name || row.id,
    row.id,
    row.scans.toLocaleString('en'),
    row.consults.toLocaleString('en'),
    `${formatRate(row.rate)}${row.shared ? ' *' : ''}`,
  ]);
  records.push(['total', '', funnel.scans.toLocaleString('en'), funnel.consults.toLocaleString('en'), formatRate(funnel.rate)]);
  const header = ['code', 'id', 'scans', 'consults', 'rate'];
  const widths = header.map((title, column) => Math.max(widthOf(title), ...records.map((record) => widthOf(record[column]!))));
  const line = (record: string[]) =>
    record
      .map((cell, column) => (column < 2 ? padEnd(cell, widths[column]!) : padStart(cell, widths[column]!)))
      .join('  ')
      .trimEnd();
  const notes = [`consults from no code: ${funnel.otherConsults.toLocaleString('en')}`];
  if (funnel.rows.some((row) => row.shared))
    notes.push('* codes that carry the same extra: their consults cannot be told apart and show on each');
  return [line(header), ...records.map(line), '', ...notes].join('\n');
}

/** The funnel as CSV: `code,name,extra,scans,consults,rate`, rate as a fraction (blank when never scanned). */
export function funnelCsv(funnel: Funnel): string {
  const records = funnel.rows.map((row) => [
    row.id,
    row.name,
    row.extra,
    String(row.scans),
    String(row.consults),
    row.rate === undefined ? '' : row.rate.toFixed(4),
  ]);
  return formatCsv([['code', 'name', 'extra', 'scans', 'consults', 'rate'], ...records], { formulasAsText: true });
}

/** The funnel as one self-contained page: the table and its chart, nothing loaded from outside. */
export function funnelHtml(funnel: Funnel, title: string): string {
  const rows = funnel.rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.name || row.id)}</th><td><code>${escapeHtml(row.id)}</code></td><td>${row.scans.toLocaleString('en')}</td><td>${row.consults.toLocaleString('en')}</td><td>${formatRate(row.rate)}</td></tr>`,
    )
    .join('');
  return reportPage(
    `From scan to consult: ${title}`,
    `<table><thead><tr><th scope="col">code</th><th scope="col">id</th><th scope="col">scans</th><th scope="col">consults</th><th scope="col">rate</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row">total</th><td></td><td>${funnel.scans.toLocaleString('en')}</td><td>${funnel.consults.toLocaleString('en')}</td><td>${formatRate(funnel.rate)}</td></tr></tfoot></table>
<p>Consults from no code: ${funnel.otherConsults.toLocaleString('en')}.</p>
<figure>${renderFunnelSvg(funnel)}</figure>`,
  );
}
