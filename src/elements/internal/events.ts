import type { Platform } from '../../core/launch/client.js';
import type { ConsentRecord } from '../../core/launch/consent.js';
import type { EncodeResult } from '../../core/launch/context.js';
import type { LaunchRequest } from '../../core/launch/launch.js';
import type { LaunchTarget } from '../../core/launch/launch-plan.js';

export interface ConsultClickDetail {
  channel: string;
  platform: Platform;
}

export interface ConsultLaunchDetail {
  /**
   * What is sent. Its `url` is the member-free GET form (what a QR code or intent carries);
   * member fields, when consented to, ride only in `fields` of a POST.
   */
  request: LaunchRequest;
  platform: Platform;
  /** `popup` (PC), `_self` (phones), `intent` (Android webviews) or `bridge` (the host app's bridge). */
  target: LaunchTarget;
  /** How the context was packed into `extra` (absent when the `extra` attribute was sent as is). */
  context?: EncodeResult;
}

export interface ConsultQrOpenDetail {
  /** The launch the panel's QR code carries: a GET without member fields. */
  request: LaunchRequest;
  platform: Platform;
}

export interface ConsultConsentDetail extends ConsentRecord {
  granted: boolean;
}

export interface ConsultProblemDetail {
  /** The attribute at fault, or `script` when the button's code did not load. */
  field: string;
  message: string;
}

/** Every event the kit's elements fire, by name, with its `detail`: the one list the typings derive from. */
export interface ConsultEventMap {
  'consult-click': ConsultClickDetail;
  'consult-launch': ConsultLaunchDetail;
  'consult-qr-open': ConsultQrOpenDetail;
  'consult-consent': ConsultConsentDetail;
  'consult-warning': ConsultProblemDetail;
  'consult-error': ConsultProblemDetail;
}

export type ConsultEventName = keyof ConsultEventMap;

/** The events as the DOM types them: `addEventListener('consult-qr-open', (e) => e.detail.request)`. */
export type ConsultEvents = { [K in ConsultEventName]: CustomEvent<ConsultEventMap[K]> };

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The React wrapper's prop for each event: `consult-qr-open` → `onConsultQrOpen`; one per event, or it does not compile. */
export type ReactEventProps = { [K in ConsultEventName as `on${Pascal<K>}`]: K };

export const REACT_EVENT_PROPS: ReactEventProps = {
  onConsultClick: 'consult-click',
  onConsultLaunch: 'consult-launch',
  onConsultQrOpen: 'consult-qr-open',
  onConsultConsent: 'consult-consent',
  onConsultWarning: 'consult-warning',
  onConsultError: 'consult-error',
};

// The events bubble and compose, so listeners on the document see them too.
declare global {
  interface HTMLElementEventMap extends ConsultEvents {}
  interface DocumentEventMap extends ConsultEvents {}
}
