import type { ConsultReport, Dimension } from '../../../core/report/consult-report.js';
import { escapeMarkup as escapeHtml, renderReportSvg } from '../../../core/report/report-chart.js';
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
  const source = `Counted from ${report.format.toUpperCase()}${report.column === undefined ? '' : `, column “${escapeHtml(report.column)}”`}, by <code>kakao-consult report</code>.`;
  return reportPage(`Consults: ${title}`, `<p>${source}</p>\n<table>${summary}</table>\n${charts}\n${problems}`);
}

/**
 * A report page with nothing loaded from anywhere (its CSP forbids scripts, fonts and images):
 * `heading` as its title, `body` as markup the caller has escaped.
 */
export function reportPage(heading: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>
body { font-family: -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', sans-serif; margin: 24px; color: #1f1f1f; max-width: 760px; }
table { border-collapse: collapse; margin-bottom: 16px; }
th, td { text-align: left; padding: 2px 16px 2px 0; }
td { font-variant-numeric: tabular-nums; }
figure { margin: 0 0 24px; }
svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
${body}
</body>
</html>`;
}
