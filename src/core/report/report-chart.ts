import type { ConsultReport, Dimension, ReportEntry } from './consult-report.js';
import type { Locale } from '../i18n/labels.js';
import { REPORT_CHART_TITLES } from '../i18n/report-words.js';

/**
 * A report's breakdown as a horizontal bar chart: the bars as data ({@link reportBars}, for a
 * page that draws with Lit's `svg` or the DOM) and as a self-contained SVG string
 * ({@link renderReportSvg}, for files), with every value escaped as text.
 */

export interface ChartOptions {
  /** Bars drawn; the rest are summed into one last bar. Default 15. */
  top?: number;
  /** Width of the SVG in pixels; default 640. */
  width?: number;
  locale?: Locale;
}

export interface ReportBar {
  label: string;
  count: number;
  share: number;
  /** Geometry in the chart's pixels. */
  y: number;
  width: number;
  /** True for the bar summing the values past `top`; its width is capped, so draw it apart. */
  rest: boolean;
}

export interface ReportChart {
  title: string;
  width: number;
  height: number;
  /** Where bars start (after the labels) and how wide the widest may be. */
  barX: number;
  barMax: number;
  barHeight: number;
  bars: ReportBar[];
}

const ROW = 24;
const TITLE_HEIGHT = 28;
const LABEL_WIDTH = 0.34;
const COUNT_WIDTH = 130;

/** The top entries, with the rest summed into one (`N others`). */
function topEntries(entries: readonly ReportEntry[], top: number, locale: Locale): ReportEntry[] {
  if (entries.length <= top) return [...entries];
  const rest = entries.slice(top - 1);
  const count = rest.reduce((sum, entry) => sum + entry.count, 0);
  const share = rest.reduce((sum, entry) => sum + entry.share, 0);
  const value = locale === 'ko' ? `그 밖의 ${rest.length.toLocaleString('ko')}개` : `${rest.length.toLocaleString('en')} others`;
  return [...entries.slice(0, top - 1), { value, count, share }];
}

/** The chart of one breakdown as data. */
export function reportBars(
  report: ConsultReport,
  dimension: Dimension,
  { top = 15, width = 640, locale = 'en' }: ChartOptions = {},
): ReportChart {
  const all = report.by[dimension] ?? [];
  const entries = topEntries(all, top, locale);
  const barX = Math.round(width * LABEL_WIDTH);
  const barMax = width - barX - COUNT_WIDTH;
  // Scaled to the largest single value: a long tail summed into one bar would flatten the rest.
  const most = Math.max(1, ...all.slice(0, top).map((entry) => entry.count));
  const bars = entries.map((entry, index) => ({
    label: entry.value,
    count: entry.count,
    share: entry.share,
    y: TITLE_HEIGHT + index * ROW,
    width: Math.max(1, Math.min(barMax, Math.round((entry.count / most) * barMax))),
    rest: all.length > top && index === entries.length - 1,
  }));
  return {
    title: REPORT_CHART_TITLES[locale][dimension],
    width,
    height: TITLE_HEIGHT + bars.length * ROW + 4,
    barX,
    barMax,
    barHeight: ROW - 6,
    bars,
  };
}

/** Text made safe inside XML or HTML, in content and in quoted attributes. */
export const escapeMarkup = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
/** Labels longer than the column are cut, with the whole text in a tooltip. */
const shortLabel = (text: string, room: number) => (text.length > room ? `${text.slice(0, room - 1)}…` : text);

/** `1,234 (12.3%)`. */
export function formatCount(count: number, share: number, locale: Locale = 'en'): string {
  return `${count.toLocaleString(locale)} (${(share * 100).toFixed(1)}%)`;
}

/** One breakdown as a standalone SVG (no fonts, images or links from outside). */
export function renderReportSvg(report: ConsultReport, dimension: Dimension, options: ChartOptions = {}): string {
  const chart = reportBars(report, dimension, options);
  const locale = options.locale ?? 'en';
  const room = Math.floor(chart.barX / 7.5);
  const rows = chart.bars.map(
    (bar) =>
      `<g><title>${escapeMarkup(`${bar.label}: ${formatCount(bar.count, bar.share, locale)}`)}</title>` +
      `<text x="${chart.barX - 8}" y="${bar.y + 14}" text-anchor="end">${escapeMarkup(shortLabel(bar.label, room))}</text>` +
      `<rect x="${chart.barX}" y="${bar.y + 2}" width="${bar.width}" height="${chart.barHeight}" rx="3" fill="${bar.rest ? '#c9bcbc' : '#3c1e1e'}"/>` +
      `<text x="${chart.barX + bar.width + 6}" y="${bar.y + 14}">${escapeMarkup(formatCount(bar.count, bar.share, locale))}</text></g>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-label="${escapeMarkup(chart.title)}" font-family="sans-serif" font-size="13" fill="#1f1f1f">` +
    `<text x="0" y="18" font-size="15" font-weight="600">${escapeMarkup(chart.title)}</text>${rows.join('')}</svg>`
  );
}
