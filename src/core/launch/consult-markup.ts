import { buttonLabel } from '../i18n/labels.js';
import { planLaunch } from './launch-plan.js';
import { DRAWN_SYMBOL_ATTRIBUTES, KAKAO_SYMBOL_PATH } from '../kakao-symbol.js';

/** An attribute's value as a server renderer gets it: strings and numbers are written, `true` is a bare attribute, anything else is left out. */
export type MarkupValue = string | number | boolean | null | undefined;

/**
 * Names written to the tag: lowercase, digits and dashes. Event-handler attributes (`on…`)
 * are never written, whatever their value.
 */
const WRITABLE_NAME = /^(?!on)[a-z][a-z0-9-]*$/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

const symbolAttributes = Object.entries(DRAWN_SYMBOL_ATTRIBUTES)
  .map(([name, value]) => ` ${name}="${value}"`)
  .join('');

const stringOf = (value: MarkupValue) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The attributes as HTML: names the kit cannot write safely are dropped, values escaped. */
function attributeList(attributes: Readonly<Record<string, MarkupValue>>): string {
  let list = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (
      !WRITABLE_NAME.test(name) ||
      value === false ||
      value == null ||
      (typeof value !== 'string' && typeof value !== 'number' && value !== true)
    )
      continue;
    list += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return list;
}

/**
 * The link a server can draw for this button: the member-free GET launch that `planLaunch`
 * gives a printed code (`client: 'print'`), from the channel, `bot`, `event`, `endpoint` and
 * the context attributes (`placement`, `campaign`, `page-key`). Member attributes, `extra`
 * and `ticket` never go in: a link is a URL, and URLs land in logs and referrers.
 * `undefined` when the settings cannot launch (the element reports why once it runs).
 */
export function consultLinkUrl(attributes: Readonly<Record<string, MarkupValue>>): string | undefined {
  const plan = planLaunch({
    client: 'print',
    channel: stringOf(attributes.channel),
    bot: stringOf(attributes.bot),
    event: stringOf(attributes.event),
    endpoint: stringOf(attributes.endpoint),
    context: { placement: stringOf(attributes.placement), campaign: stringOf(attributes.campaign), page: stringOf(attributes['page-key']) },
  });
  return plan.error ? undefined : plan.request?.url;
}

/** What a server draws inside the tag: the link's target (none when the settings cannot launch) and the label. */
export interface ConsultButtonDrawing {
  href: string | undefined;
  label: string;
}

/** The drawing for these attributes: one decision for the HTML string below and the React wrapper. */
export function consultButtonDrawing(attributes: Readonly<Record<string, MarkupValue>>): ConsultButtonDrawing {
  return { href: consultLinkUrl(attributes), label: buttonLabel(stringOf(attributes.lang), attributes.label) };
}

/**
 * The inside of a server-rendered `<kakao-consult-button>`: a link to the GET launch with
 * the symbol and the label. It paints as the guide's button with the pre-upgrade stylesheet
 * (`kakao-consult-button.css`) and works with JavaScript off; once the element runs, its
 * shadow root (which has no slot for it) takes the link's place in the same box, so the
 * page neither shifts nor hears two buttons. Settings that cannot launch draw the button
 * without an `href`: it paints but does nothing.
 */
export function renderConsultButtonContent(attributes: Readonly<Record<string, MarkupValue>>): string {
  const { href, label } = consultButtonDrawing(attributes);
  return (
    `<a${href ? ` href="${escapeHtml(href)}"` : ''}><svg${symbolAttributes}><path d="${KAKAO_SYMBOL_PATH}"/></svg>` +
    `<span>${escapeHtml(label)}</span></a>`
  );
}

/**
 * `<kakao-consult-button>` as HTML, with the button already drawn (see
 * `renderConsultButtonContent`): for server rendering in Node, Deno or an edge worker, no
 * DOM needed. Attributes are the element's (kebab-case, e.g. `{ channel: '@mybrand',
 * placement: 'cart', 'page-key': 'cart' }`) plus any global ones; every value is escaped and
 * `on…` attributes are dropped. Set `lang` for an English label when the page's language is
 * not Korean: the server cannot see the page's `lang`.
 */
export function renderConsultButton(attributes: Readonly<Record<string, MarkupValue>>): string {
  return `<kakao-consult-button${attributeList(attributes)}>${renderConsultButtonContent(attributes)}</kakao-consult-button>`;
}
