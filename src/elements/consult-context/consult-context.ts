import { html, type PropertyDeclarations } from 'lit';
import { contextCard } from '../../core/agent/context-card.js';
import { localeFor } from '../../core/i18n/labels.js';
import { consultContextStyles } from './consult-context.styles.js';
import { LangAwareElement } from '../internal/lang-aware.js';
import { followLanguage, unfollowLanguage } from '../internal/language-watch.js';

/**
 * A consult's context for a web-based agent console: the `extra` that came with the consult
 * (`readReference(body).extra`) as a compact card of labelled fields, with the signature's
 * state as a badge in words. Everything from `extra` is shown as text, never as markup.
 *
 * @tagname kakao-consult-context
 * @attr {string} lang - Language of the labels: `ko` (default) or `en`; the nearest `lang` applies when unset.
 *
 * @summary A consult's context (placement, campaign, member, signature) for the agent's screen.
 *
 * @csspart card - The card around everything.
 * @csspart badge - The signature's state, in words.
 * @csspart fields - The list of fields.
 * @csspart label - Each field's name.
 * @csspart value - Each field's value.
 * @csspart empty - The line shown when `extra` held nothing.
 *
 * @cssprop --kakao-consult-font-family - Font stack of the card.
 */
export class KakaoConsultContext extends LangAwareElement {
  static override styles = consultContextStyles;
  static override properties: PropertyDeclarations = {
    extra: {},
    signature: {},
    event: {},
    now: { type: Number },
  };

  /** The `extra` as it arrived with the consult, signed or not. */
  extra = '';

  /**
   * What the server's `readReference` said of the signature: `valid`, `unsigned`,
   * `bad-signature`, `expired` or `no-secret`. Unset: a signed value shows as not checked.
   */
  signature = '';

  /** The chatbot block event that ran (`readReference(body).botEvent`), if any. */
  event = '';

  /** The clock for the link's age (ms since 1970); default now. For tests and replays. */
  now: number | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    followLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLanguage(this);
  }

  protected override render() {
    const card = contextCard(this.extra ?? '', {
      signature: this.signature ?? '',
      event: this.event ?? '',
      now: this.now ?? Date.now(),
      locale: localeFor(this.effectiveLang),
    });
    return html`<section part="card" class="card" aria-label=${card.title}>
      <p part="badge" class="badge ${card.badge.state}" data-state=${card.badge.state}>${card.badge.text}</p>
      ${
        card.empty === undefined
          ? html`<dl part="fields">
            ${card.rows.map(({ field, label, value }) => html`<div class="row" data-field=${field}><dt part="label">${label}</dt><dd part="value">${value}</dd></div>`)}
          </dl>`
          : html`<p part="empty" class="empty">${card.empty}</p>`
      }
    </section>`;
  }
}
