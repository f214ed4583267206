import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { MarkupValue } from '../core/launch/consult-markup.js';
import type { KakaoConsultButton as ButtonElement } from '../elements/consult-button/consult-button.js';
import type { KakaoConsultQr as QrElement } from '../elements/consult-qr/consult-qr.js';
import { REACT_EVENT_PROPS, type ConsultEventMap, type ReactEventProps } from '../elements/internal/events.js';
import { lazyChunk } from '../elements/internal/lazy-chunk.js';
import { TapGate } from '../elements/internal/tap-gate.js';
import { QR_TAG, TAG } from '../elements/internal/tags.js';
import { BUTTON_ATTRIBUTES, LOOK, type ButtonProperty } from '../elements/consult-button/button-attributes.js';
import { attributesOf, serverDrawn } from './server-drawn.js';
import './jsx.js';

type TypedEvents<Props extends Partial<ReactEventProps>> = {
  [P in keyof Props]: EventName<CustomEvent<ConsultEventMap[Props[P] & keyof ConsultEventMap]>>;
};

/** Casts event names to typed ones: @lit/react types a handler's event by its name's brand. */
const typed = <Props extends Partial<ReactEventProps>>(events: Props) => events as unknown as TypedEvents<Props>;

/**
 * The elements' properties by name: the button's from its attribute table, the QR element's
 * held equal to its own by a test. The button's look (`LOOK`: label, color, size, shape) is
 * left out, so React writes it as attributes: the stylesheet draws the button from them
 * before its element is defined.
 */
export const BUTTON_PROPERTY_NAMES = (Object.keys(BUTTON_ATTRIBUTES) as ButtonProperty[]).filter(
  (name) => !LOOK.some(([property]) => property === name),
);
export const QR_PROPERTY_NAMES = [
  'channel',
  'extra',
  'bot',
  'event',
  'endpoint',
  'size',
  'ecc',
  'margin',
  'dark',
  'light',
  'caption',
  'downloadPx',
] as const;

/**
 * Stands in for an element's class, whose code loads only once a page renders the element:
 * @lit/react asks the class nothing but which props are its properties.
 */
const standIn = <Class>(names: readonly string[]) =>
  ({ prototype: Object.fromEntries(names.map((name) => [name, undefined])) }) as unknown as Class;

/** Loads an element's code once, in a browser; a failed load is told once and tried again on the next render. */
function loader(tag: string, load: () => Promise<unknown>): () => void {
  const chunk = lazyChunk(() =>
    load().catch((error: unknown) => {
      console.error(`<${tag}> React component: the element's code did not load (${String(error)}).`);
      throw error;
    }),
  );
  return () => {
    if (typeof window !== 'undefined' && !chunk.code) chunk.load().catch(() => undefined);
  };
}

const loadButton = loader(TAG, () => import('../elements/consult-button/consult-button.define.js'));
// Through the button's chunk, which holds Lit (see `loadQrElement`).
const loadQr = loader(QR_TAG, () => import('../elements/consult-button/consult-button.define.js').then((button) => button.loadQrElement()));

/** Buttons with a tap waiting for their element: a second tap meanwhile is the same request. */
const earlyTaps = new TapGate();

/**
 * A tap on the drawn link before the element's code has arrived (a client-rendered page,
 * where the link has no `href`): the element takes it once it is there. A server-drawn link
 * has its `href` and works as a link meanwhile.
 */
function tapBeforeUpgrade(event: React.MouseEvent<HTMLAnchorElement>): void {
  const link = event.currentTarget;
  if (customElements.get(TAG) || link.hasAttribute('href')) return;
  event.preventDefault();
  const host = link.parentElement as ButtonElement;
  void earlyTaps
    .pass(host, () => customElements.whenDefined(TAG).then(() => host.updateComplete))
    ?.then(() => host.shadowRoot?.querySelector('button')?.click());
}

const LitButton = createComponent({
  tagName: TAG,
  elementClass: standIn<typeof ButtonElement>(BUTTON_PROPERTY_NAMES),
  react: React,
  displayName: 'KakaoConsultButton',
  events: typed(REACT_EVENT_PROPS),
});

type ButtonProps = React.ComponentPropsWithoutRef<typeof LitButton>;

/**
 * `<kakao-consult-button>`: on the server, the tag with its attributes and the drawn link to
 * `hrefOf(attributes)`; in the browser, the element with its properties and typed events,
 * over the same drawing. The element's code (Lit and the button) loads when the first one
 * renders: the drawn link paints and works meanwhile (with the kit's stylesheet, as the
 * guide's button).
 */
export function consultButtonComponent(hrefOf: (attributes: Readonly<Record<string, MarkupValue>>) => string | undefined) {
  return React.forwardRef<ButtonElement, ButtonProps>(function KakaoConsultButton(props, ref) {
    const attributes = attributesOf(props as Record<string, unknown>);
    const drawn = serverDrawn(attributes, hrefOf(attributes), tapBeforeUpgrade);
    if (typeof window === 'undefined') return React.createElement(TAG, attributes, drawn, props.children);
    loadButton();
    return React.createElement(LitButton, { ...props, ref }, drawn, props.children);
  });
}

const LitQr = createComponent({
  tagName: QR_TAG,
  elementClass: standIn<typeof QrElement>(QR_PROPERTY_NAMES),
  react: React,
  displayName: 'KakaoConsultQr',
  events: typed({ onConsultError: REACT_EVENT_PROPS.onConsultError, onConsultWarning: REACT_EVENT_PROPS.onConsultWarning }),
});

/** `<kakao-consult-qr>`; its element (with the QR encoder) loads when the first one renders. */
export const KakaoConsultQr = React.forwardRef<QrElement, React.ComponentPropsWithoutRef<typeof LitQr>>(
  function KakaoConsultQr(props, ref) {
    loadQr();
    return React.createElement(LitQr, { ...props, ref });
  },
);
