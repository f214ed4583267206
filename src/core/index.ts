// `kakao-consult-button/core`: the pure, DOM-free API. No side effects; works in browsers,
// Node, workers and server rendering alike.
export { buildLaunch, normalizeChannel, normalizeEndpoint, DEFAULT_ENDPOINT, EXTRA_MAX_LENGTH, EVENT_MAX_LENGTH } from './launch.js';
export type { BotMode, LaunchFields, LaunchOptions, LaunchRequest } from './launch.js';
export { encodeContext, parseExtra, signedPayload } from './context.js';
export type { ContextFields, DropReason, DroppedField, EncodeOptions, EncodeResult, ParsedExtra } from './context.js';
export { planLaunch } from './launch-plan.js';
export type { LaunchPlan, LaunchTarget, OperatingInput, PcMode, PlanClient, PlanInputs, PlanTarget } from './launch-plan.js';
export { describeRefusal } from './refusals.js';
export type { RefusalMedium, RefusalOptions } from './refusals.js';
export { DEFAULT_POPUP_SIZE, parsePopupSize } from './popup-size.js';
export type { PopupSize } from './popup-size.js';
export { findPersonalData } from './privacy.js';
export type { PersonalDataKind } from './privacy.js';
export { pageContext } from './page-context.js';
export { parseClient, platformOf } from './client.js';
export type { ClientHints, ClientInfo, InAppBrowser, Platform } from './client.js';
export { compareVersions, isValidVersion, MIN_KAKAOTALK_VERSION } from './version.js';
export { androidIntentUrl, kakaoTalkStoreUrl, KAKAOTALK_PACKAGE } from './app-links.js';
export { isOpen, describeHours } from './hours.js';
export type { OpenState, Schedule, TimetableEntry, Weekday } from './hours.js';
export { parseRemoteConfig, scheduleOf } from './remote-config.js';
export type { ConfigResult, Notice, RemoteConfig } from './remote-config.js';
export type { ConsentMemory, ConsentNotice, ConsentRecord } from './consent.js';
export { qrMatrix, qrSvg, qrSvgPath } from './qr.js';
export type { QrEcc, QrMatrix, QrSvgOptions } from './qr.js';
export { ConsultInputError } from './errors.js';
// The agent side, on any runtime (edge workers too): webhook bodies, signatures, tickets.
export { readReference, readReferenceBody } from './agent-reference.js';
export type { ConsultReference, ReadReferenceOptions } from './agent-reference.js';
export { readMessage } from './agent-message.js';
export type { ConsultMessage } from './agent-message.js';
export { MAX_BODY_BYTES } from './webhook-body.js';
export type { BodyProblem, WebhookBody } from './webhook-body.js';
export { checkSignature, SIGNATURE_LENGTH } from './signature.js';
export type { Secret, SignatureState } from './signature.js';
export { issueTicket, redeemTicket, MemoryTicketStore, DEFAULT_TICKET_TTL } from './ticket.js';
export type { IssueTicketOptions, TicketOptions, TicketStore } from './ticket.js';
// Which buttons bring consults: a consult log counted as it streams, and its charts.
export { countConsults, createConsultCounter, DIMENSIONS, MAX_VALUES, NONE, OTHER } from './consult-report.js';
export type { ConsultCounter, ConsultReport, Dimension, ReportEntry, ReportOptions, ReportProblem } from './consult-report.js';
export { renderReportSvg, reportBars } from './report-chart.js';
export type { ChartOptions, ReportBar, ReportChart } from './report-chart.js';
export { contextCard } from './context-card.js';
export type { ContextCard, ContextRow } from './context-card.js';
