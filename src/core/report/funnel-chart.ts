import { escapeMarkup } from './report-chart.js';
import type { Funnel } from './funnel.js';

const ROW = 40;
const TOP = 48;
const LABEL = 200;
const NUMBERS = 150;

/** `12.5%`, or `–` for a code never scanned. */
export function formatRate(rate: number | undefined): string {
  return rate === undefined ? '–' : `${(rate * 100).toFixed(1)}%`;
}

/**
 * The funnel as a standalone SVG: per code, a bar of scans and under it a bar of consults on
 * the same scale, with the numbers and the rate in words beside them (never colour alone).
 */
export function renderFunnelSvg(funnel: Funnel, { width = 720, top = 20 } = {}): string {
  const rows = funnel.rows.slice(0, top);
  const most = Math.max(1, ...rows.map((row) => Math.max(row.scans, row.consults)));
  const room = width - LABEL - NUMBERS;
  const bar = (value: number) => Math.max(1, Math.round((value / most) * room));
  const height = TOP + rows.length * ROW;
  const body = rows.map((row, index) => {
    const y = TOP + index * ROW;
    const words = `${row.scans.toLocaleString('en')} scans → ${row.consults.toLocaleString('en')} consults (${formatRate(row.rate)})`;
    return (
      `<g><title>${escapeMarkup(`${row.name || row.id}: ${words}`)}</title>` +
      `<text x="${LABEL - 8}" y="${y + 20}" text-anchor="end">${escapeMarkup((row.name || row.id).slice(0, 26))}</text>` +
      `<rect x="${LABEL}" y="${y + 4}" width="${bar(row.scans)}" height="14" rx="3" fill="#c9bcbc"/>` +
      `<rect x="${LABEL}" y="${y + 20}" width="${bar(row.consults)}" height="14" rx="3" fill="#3c1e1e"/>` +
      `<text x="${LABEL + room + 8}" y="${y + 16}">${row.scans.toLocaleString('en')} / ${row.consults.toLocaleString('en')}</text>` +
      `<text x="${LABEL + room + 8}" y="${y + 32}">${escapeMarkup(formatRate(row.rate))}</text></g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Scans and consults per code" font-family="sans-serif" font-size="13" fill="#1f1f1f">` +
    `<text x="0" y="18" font-size="15" font-weight="600">Scans (light) and consults (dark) per code</text>` +
    `<text x="${LABEL + room + 8}" y="38" font-size="11">scans / consults, rate</text>${body.join('')}</svg>`
  );
}
