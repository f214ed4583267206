// `kakao-consult-button/react`: the elements as React components. Events become typed
// `onConsult…` props (from the one event map); everything else passes through as properties.
// Importing it also types the raw tags in TSX (`<kakao-consult-button channel="@x" />`).
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { KakaoConsultButton as ButtonElement } from '../elements/consult-button.define.js';
import { REACT_EVENT_PROPS, type ConsultEventMap, type ReactEventProps } from '../elements/events.js';
import { KakaoConsultQr as QrElement } from '../elements/consult-qr.define.js';
import './jsx.js';

type TypedEvents<Props extends Partial<ReactEventProps>> = { [P in keyof Props]: EventName<CustomEvent<ConsultEventMap[Props[P] & keyof ConsultEventMap]>> };

/** Casts event names to typed ones: @lit/react types a handler's event by its name's brand. */
const typed = <Props extends Partial<ReactEventProps>>(events: Props) => events as unknown as TypedEvents<Props>;

export const KakaoConsultButton = createComponent({
  tagName: 'kakao-consult-button',
  elementClass: ButtonElement,
  react: React,
  events: typed(REACT_EVENT_PROPS),
});

export const KakaoConsultQr = createComponent({
  tagName: 'kakao-consult-qr',
  elementClass: QrElement,
  react: React,
  events: typed({ onConsultError: REACT_EVENT_PROPS.onConsultError, onConsultWarning: REACT_EVENT_PROPS.onConsultWarning }),
});
