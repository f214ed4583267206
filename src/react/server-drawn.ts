import * as React from 'react';
import type { MarkupValue } from '../core/launch/consult-markup.js';
import { DRAWN_SYMBOL_ATTRIBUTES, KAKAO_SYMBOL_PATH } from '../core/kakao-symbol.js';
import { buttonLabel } from '../core/i18n/labels.js';
import { REACT_EVENT_PROPS } from '../elements/internal/events.js';

/** Props that are React's own or callbacks, never attributes. */
const NOT_ATTRIBUTES = new Set(['children', 'key', 'ref', 'style', ...Object.keys(REACT_EVENT_PROPS)]);

/**
 * The props a server writes as the element's attributes: strings, numbers and `true`, named
 * as the element names them (`pageKey` → `page-key`, `className` → `class`). Objects and
 * functions (`member`, a consent notice, handlers) stay for the browser.
 */
export function attributesOf(props: Readonly<Record<string, unknown>>): Record<string, MarkupValue> {
  const attributes: Record<string, MarkupValue> = {};
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || !(typeof value === 'string' || typeof value === 'number' || value === true)) continue;
    attributes[name === 'className' ? 'class' : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)] = value;
  }
  return attributes;
}

/**
 * The button as the server draws it (see `renderConsultButtonContent`), as React elements, no
 * `innerHTML` (Trusted Types stay happy); `onClick` runs in the browser only. The browser
 * build passes no `href`: a hydrated page keeps the server's (React leaves a hydrated
 * attribute as the server wrote it; the warning about the difference is suppressed on this
 * one element).
 */
export function serverDrawn(
  attributes: Readonly<Record<string, MarkupValue>>,
  href: string | undefined,
  onClick: React.MouseEventHandler<HTMLAnchorElement>,
): React.ReactElement {
  const h = React.createElement;
  return h(
    'a',
    { href, onClick, suppressHydrationWarning: true },
    h('svg', DRAWN_SYMBOL_ATTRIBUTES, h('path', { d: KAKAO_SYMBOL_PATH })),
    h('span', null, buttonLabel(typeof attributes.lang === 'string' ? attributes.lang : undefined, attributes.label)),
  );
}
