// `kakao-consult-button/core`: the pure, DOM-free API. No side effects; works in browsers,
// Node, workers and server rendering alike.
export { buildLaunch, normalizeChannel, normalizeEndpoint, DEFAULT_ENDPOINT, EXTRA_MAX_LENGTH, EVENT_MAX_LENGTH } from './launch/launch.js';
export type { BotMode, LaunchFields, LaunchOptions, LaunchRequest } from './launch/launch.js';
export { encodeContext, parseExtra, signedPayload } from './launch/context.js';
export type { ContextFields, DropReason, DroppedField, EncodeOptions, EncodeResult, ParsedExtra } from './launch/context.js';
export { planLaunch } from './launch/launch-plan.js';
export { consultSnippet, unpkgDist } from './launch/consult-snippet.js';
export type { SnippetFiles } from './launch/consult-snippet.js';
export type { LaunchPlan, LaunchTarget, OperatingInput, PcMode, PlanClient, PlanInputs, PlanTarget } from './launch/launch-plan.js';
export { describeRefusal } from './i18n/refusals.js';
export type { RefusalMedium, RefusalOptions } from './i18n/refusals.js';
export { DEFAULT_POPUP_SIZE, parsePopupSize } from './launch/popup-size.js';
export type { PopupSize } from './launch/popup-size.js';
export { findPersonalData } from './launch/privacy.js';
export type { PersonalDataKind } from './launch/privacy.js';
export { pageContext } from './launch/page-context.js';
export { parseClient, platformOf } from './launch/client.js';
export type { ClientHints, ClientInfo, InAppBrowser, Platform } from './launch/client.js';
export { compareVersions, isValidVersion, MIN_KAKAOTALK_VERSION } from './launch/version.js';
export { androidIntentUrl, kakaoTalkStoreUrl, KAKAOTALK_PACKAGE } from './launch/app-links.js';
export { isOpen, describeHours } from './operating/hours.js';
export type { OpenState, Schedule, TimetableEntry, Weekday } from './operating/hours.js';
export { parseRemoteConfig, scheduleOf } from './operating/remote-config.js';
export type { ConfigResult, Notice, RemoteConfig } from './operating/remote-config.js';
export type { ConsentMemory, ConsentNotice, ConsentRecord } from './launch/consent.js';
export { qrMatrix, qrSvg, qrSvgPath } from './qr/qr.js';
export type { QrEcc, QrMatrix, QrSvgOptions } from './qr/qr.js';
export { ConsultInputError } from './errors.js';
// The agent side, on any runtime (edge workers too): webhook bodies, signatures, tickets.
export { readReference, readReferenceBody } from './agent/agent-reference.js';
export type { ConsultReference, ReadReferenceOptions } from './agent/agent-reference.js';
export { readMessage } from './agent/agent-message.js';
export type { ConsultMessage } from './agent/agent-message.js';
export { MAX_BODY_BYTES } from './agent/webhook-body.js';
export type { BodyProblem, WebhookBody } from './agent/webhook-body.js';
export { checkSignature, SIGNATURE_LENGTH } from './agent/signature.js';
export type { Secret, SignatureState } from './agent/signature.js';
export { issueTicket, redeemTicket, MemoryTicketStore, DEFAULT_TICKET_TTL } from './agent/ticket.js';
export type { IssueTicketOptions, TicketOptions, TicketStore } from './agent/ticket.js';
// Which buttons bring consults: a consult log counted as it streams, and its charts.
export { countConsults, createConsultCounter, DIMENSIONS, MAX_VALUES, NONE, OTHER } from './report/consult-report.js';
export type { ConsultCounter, ConsultReport, Dimension, ReportEntry, ReportOptions, ReportProblem } from './report/consult-report.js';
export { renderReportSvg, reportBars } from './report/report-chart.js';
export type { ChartOptions, ReportBar, ReportChart } from './report/report-chart.js';
export { funnel } from './report/funnel.js';
export type { Funnel, FunnelRow, ScanTally } from './report/funnel.js';
export { contextCard } from './agent/context-card.js';
export type { ContextCard, ContextRow } from './agent/context-card.js';
