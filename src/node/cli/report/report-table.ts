import type { ConsultReport, Dimension } from '../../../core/report/consult-report.js';
import { formatCount } from '../../../core/report/report-chart.js';
import { formatCsv } from '../../../core/table/csv.js';
import { padEnd, widthOf } from '../text-width.js';

/** The rows outside the breakdowns, as `label, count` pairs; zero counts of checks not made are left out. */
export function reportSummary(report: ConsultReport): [string, number][] {
  const rows: [string, number][] = [
    ['rows read', report.rows],
    ['counted', report.counted],
    ['unreadable', report.unreadable],
  ];
  for (const [label, count] of [
    ['unsigned', report.unsigned],
    ['tampered', report.tampered],
    ['expired', report.expired],
  ] as const)
    if (count > 0) rows.push([label, count]);
  return rows;
}

/** The report as aligned text: the summary, then each breakdown's top values with counts and shares. */
export function reportTable(report: ConsultReport, { top }: { top: number }): string {
  const lines = reportSummary(report).map(([label, count]) => `${padEnd(label, 12)}${count.toLocaleString('en')}`);
  for (const [dimension, entries] of Object.entries(report.by) as [Dimension, NonNullable<ConsultReport['by'][Dimension]>][]) {
    const shown = entries.slice(0, top).map((entry) => [entry.value, formatCount(entry.count, entry.share)] as const);
    if (entries.length > top) shown.push([`(${(entries.length - top).toLocaleString('en')} more)`, '']);
    const width = Math.max(widthOf(dimension), ...shown.map(([value]) => widthOf(value))) + 2;
    lines.push('', `${padEnd(dimension, width)}consults`, ...shown.map(([value, counted]) => `${padEnd(value, width)}${counted}`));
  }
  return lines.join('\n');
}

/** The report as CSV: `dimension,value,count,share`, the summary first (dimension `rows`). */
export function reportCsv(report: ConsultReport): string {
  const records: string[][] = [['dimension', 'value', 'count', 'share']];
  for (const [label, count] of reportSummary(report)) records.push(['rows', label, String(count), '']);
  for (const [dimension, entries] of Object.entries(report.by)) {
    for (const entry of entries ?? []) records.push([dimension, entry.value, String(entry.count), entry.share.toFixed(4)]);
  }
  return formatCsv(records, { formulasAsText: true });
}
