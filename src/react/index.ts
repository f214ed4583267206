// `kakao-consult-button/react`: the elements as React components. Events become typed
// `onConsult…` props; everything else passes through as properties.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { KakaoConsultButton as ButtonElement } from '../elements/consult-button.define.js';
import type {
  ConsultClickDetail,
  ConsultConsentDetail,
  ConsultLaunchDetail,
  ConsultProblemDetail,
  ConsultQrOpenDetail,
} from '../elements/consult-button.js';
import type { ConsentRecord } from '../core/consent.js';
import { KakaoConsultQr as QrElement } from '../elements/consult-qr.define.js';

export const KakaoConsultButton = createComponent({
  tagName: 'kakao-consult-button',
  elementClass: ButtonElement,
  react: React,
  events: {
    onConsultClick: 'consult-click' as EventName<CustomEvent<ConsultClickDetail>>,
    onConsultLaunch: 'consult-launch' as EventName<CustomEvent<ConsultLaunchDetail>>,
    onConsultQrOpen: 'consult-qr-open' as EventName<CustomEvent<ConsultQrOpenDetail>>,
    onConsultConsent: 'consult-consent' as EventName<CustomEvent<ConsultConsentDetail>>,
    onConsultConsentDeclined: 'consult-consent-declined' as EventName<CustomEvent<ConsentRecord>>,
    onConsultWarning: 'consult-warning' as EventName<CustomEvent<ConsultProblemDetail>>,
    onConsultError: 'consult-error' as EventName<CustomEvent<ConsultProblemDetail>>,
  },
});

export const KakaoConsultQr = createComponent({
  tagName: 'kakao-consult-qr',
  elementClass: QrElement,
  react: React,
  events: {
    onConsultError: 'consult-error' as EventName<CustomEvent<ConsultProblemDetail>>,
  },
});
