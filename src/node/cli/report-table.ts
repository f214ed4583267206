import type { ConsultReport, Dimension } from '../../core/report/consult-report.js';
import { formatCount } from '../../core/report/report-chart.js';
import { formatCsv } from '../../core/table/csv.js';

/** The rows outside the breakdowns, as `label, count` pairs; zero counts of checks not made are left out. */
export function reportSummary(report: ConsultReport): [string, number][] {
  const rows: [string, number][] = [
    ['rows read', report.rows],
    ['counted', report.counted],
    ['unreadable', report.unreadable],
  ];
  for (const [label, count] of [['unsigned', report.unsigned], ['tampered', report.tampered], ['expired', report.expired]] as const) if (count > 0) rows.push([label, count]);
  return rows;
}

/** Terminal width of a string: Hangul and other wide characters take two columns. */
const widthOf = (text: string) => [...text].reduce((sum, character) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1), 0);
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - widthOf(text)));

/** The report as aligned text: the summary, then each breakdown's top values with counts and shares. */
export function reportTable(report: ConsultReport, { top }: { top: number }): string {
  const lines = reportSummary(report).map(([label, count]) => `${pad(label, 12)}${count.toLocaleString('en')}`);
  for (const [dimension, entries] of Object.entries(report.by) as [Dimension, NonNullable<ConsultReport['by'][Dimension]>][]) {
    const shown = entries.slice(0, top).map((entry) => [entry.value, formatCount(entry.count, entry.share)] as const);
    if (entries.length > top) shown.push([`(${(entries.length - top).toLocaleString('en')} more)`, '']);
    const width = Math.max(widthOf(dimension), ...shown.map(([value]) => widthOf(value))) + 2;
    lines.push('', `${pad(dimension, width)}consults`, ...shown.map(([value, counted]) => `${pad(value, width)}${counted}`));
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
