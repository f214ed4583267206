// `kakao-consult-button/context`: the agent console's entry. Registers <kakao-consult-context>
// only, so a console loads neither the button nor its launch code.
export { KakaoConsultContext, CONTEXT_TAG } from './elements/consult-context/consult-context.define.js';
export { contextCard } from './core/agent/context-card.js';
export type { ContextCard, ContextRow } from './core/agent/context-card.js';
