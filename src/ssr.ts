// `kakao-consult-button/ssr`: server rendering with no DOM (Node, Deno, edge workers). The
// button as HTML, already drawn and working as a plain link before (or without) JavaScript,
// and the pre-upgrade stylesheet's text for a server that inlines its CSS.
export {
  renderConsultButton,
  renderConsultButtonContent,
  consultButtonDrawing,
  consultLinkUrl,
  escapeHtml,
} from './core/launch/consult-markup.js';
export { consultSnippet, unpkgDist } from './core/launch/consult-snippet.js';
export type { SnippetFiles } from './core/launch/consult-snippet.js';
export type { ConsultButtonDrawing, MarkupValue } from './core/launch/consult-markup.js';
export { preUpgradeCss } from './core/launch/button-metrics.js';
