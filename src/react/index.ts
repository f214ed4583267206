// `kakao-consult-button/react`: the elements as React components. Events become typed
// `onConsult…` props (from the one event map); everything else passes through as properties.
// The button renders on the server too: its attributes and the drawn link (see
// `kakao-consult-button/ssr`), which works before and without JavaScript. Importing it also
// types the raw tags in TSX (`<kakao-consult-button channel="@x" />`).
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { KakaoConsultButton as ButtonElement } from '../elements/consult-button.define.js';
import { REACT_EVENT_PROPS, type ConsultEventMap, type ReactEventProps } from '../elements/events.js';
import { KakaoConsultQr as QrElement } from '../elements/consult-qr.js';
import { defineWhenUsed } from '../elements/define-when-used.js';
import { QR_TAG, TAG } from '../elements/tags.js';
import { attributesOf, serverDrawn } from './server-drawn.js';
import './jsx.js';

type TypedEvents<Props extends Partial<ReactEventProps>> = { [P in keyof Props]: EventName<CustomEvent<ConsultEventMap[Props[P] & keyof ConsultEventMap]>> };

/** Casts event names to typed ones: @lit/react types a handler's event by its name's brand. */
const typed = <Props extends Partial<ReactEventProps>>(events: Props) => events as unknown as TypedEvents<Props>;

const LitButton = createComponent({
  tagName: TAG,
  elementClass: ButtonElement,
  react: React,
  events: typed(REACT_EVENT_PROPS),
});

type ButtonProps = React.ComponentPropsWithoutRef<typeof LitButton>;

/**
 * `<kakao-consult-button>`: on the server, the tag with its attributes and the drawn link; in
 * the browser, the element with its properties and typed events, over the same link.
 */
export const KakaoConsultButton = React.forwardRef<ButtonElement, ButtonProps>(function KakaoConsultButton(props, ref) {
  const attributes = attributesOf(props as Record<string, unknown>);
  if (typeof window === 'undefined') return React.createElement(TAG, attributes, serverDrawn(attributes), props.children);
  return React.createElement(LitButton, { ...props, ref }, serverDrawn(attributes), props.children);
});

/** `<kakao-consult-qr>`; its element (with the QR encoder) loads when a page first uses it. */
export const KakaoConsultQr = /* @__PURE__ */ createComponent({
  tagName: QR_TAG,
  elementClass: QrElement,
  react: React,
  events: typed({ onConsultError: REACT_EVENT_PROPS.onConsultError, onConsultWarning: REACT_EVENT_PROPS.onConsultWarning }),
});

defineWhenUsed(QR_TAG, () => import('../elements/consult-qr.define.js'));
