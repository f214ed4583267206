import type { ConsultReport, Dimension } from '../../core/report/consult-report.js';
import { escapeMarkup as escapeHtml, renderReportSvg } from '../../core/report/report-chart.js';
import { reportSummary } from './report-table.js';

/**
 * The report as one self-contained HTML page: the summary and a bar chart per breakdown, SVG
 * drawn by the kit, with no script, font or image from anywhere (a CSP forbids them all).
 */
export function reportHtml(report: ConsultReport, { top, title }: { top: number; title: string }): string {
  const summary = reportSummary(report)
    .map(([label, count]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${count.toLocaleString('en')}</td></tr>`)
    .join('');
  const charts = (Object.keys(report.by) as Dimension[])
    .map((dimension) => `<figure>${renderReportSvg(report, dimension, { top })}</figure>`)
    .join('\n');
  const problems = report.problems.length
    ? `<h2>Rows not counted (first ${report.problems.length})</h2><ul>${report.problems.map((problem) => `<li>line ${problem.line}: ${escapeHtml(problem.message)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consults: ${escapeHtml(title)}</title>
<style>
body { font-family: -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif; margin: 24px; color: #1f1f1f; max-width: 720px; }
table { border-collapse: collapse; margin-bottom: 16px; }
th, td { text-align: left; padding: 2px 16px 2px 0; }
td { font-variant-numeric: tabular-nums; }
figure { margin: 0 0 24px; }
svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>Consults: ${escapeHtml(title)}</h1>
<p>Counted from ${report.format.toUpperCase()}${report.column === undefined ? '' : `, column “${escapeHtml(report.column)}”`}, by <code>kakao-consult report</code>.</p>
<table>${summary}</table>
${charts}
${problems}
</body>
</html>`;
}
