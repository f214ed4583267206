import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { MarkupValue } from '../core/consult-markup.js';
import { KakaoConsultButton as ButtonElement } from '../elements/consult-button.define.js';
import type { KakaoConsultQr as QrElement } from '../elements/consult-qr.js';
import { defineWhenUsed } from '../elements/define-when-used.js';
import { REACT_EVENT_PROPS, type ConsultEventMap, type ReactEventProps } from '../elements/events.js';
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
 * `<kakao-consult-button>`: on the server, the tag with its attributes and the drawn link to
 * `hrefOf(attributes)`; in the browser, the element with its properties and typed events,
 * over the same drawing.
 */
export function consultButtonComponent(hrefOf: (attributes: Readonly<Record<string, MarkupValue>>) => string | undefined) {
  return React.forwardRef<ButtonElement, ButtonProps>(function KakaoConsultButton(props, ref) {
    const attributes = attributesOf(props as Record<string, unknown>);
    const drawn = serverDrawn(attributes, hrefOf(attributes));
    if (typeof window === 'undefined') return React.createElement(TAG, attributes, drawn, props.children);
    return React.createElement(LitButton, { ...props, ref }, drawn, props.children);
  });
}

/**
 * Stands in for `<kakao-consult-qr>`'s class, which loads (with its QR encoder) only once a
 * page uses the tag: @lit/react asks the class only which props are properties. The names
 * are the element's `properties` (a test holds them equal).
 */
export const QR_PROPERTY_NAMES = ['channel', 'extra', 'bot', 'event', 'endpoint', 'size', 'ecc', 'margin', 'dark', 'light', 'caption', 'downloadPx'] as const;
const QrStandIn = { prototype: Object.fromEntries(QR_PROPERTY_NAMES.map((name) => [name, undefined])) } as unknown as typeof QrElement;

/** `<kakao-consult-qr>`; its element loads when a page first uses it. */
export const KakaoConsultQr = /* @__PURE__ */ createComponent({
  tagName: QR_TAG,
  elementClass: QrStandIn,
  react: React,
  displayName: 'KakaoConsultQr',
  events: typed({ onConsultError: REACT_EVENT_PROPS.onConsultError, onConsultWarning: REACT_EVENT_PROPS.onConsultWarning }),
});

defineWhenUsed(QR_TAG, () => import('../elements/consult-qr.define.js'));
