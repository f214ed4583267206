import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ConsultInputError } from '../../core/errors.js';
import type { LaunchRequest } from '../../core/launch/launch.js';
import { planLaunch } from '../../core/launch/launch-plan.js';
import { describeRefusalWith } from '../../core/i18n/refusals.js';
import { REFUSALS_EN } from '../../core/i18n/refusals.en.js';
import { messagesFor } from '../../core/i18n/messages.js';
import {
  normalizeQrPixels,
  qrMatrix,
  qrModulePixels,
  qrRuns,
  qrSvgPath,
  qrSymbol,
  symbolSvg,
  type QrEcc,
  type QrSymbol,
} from '../../core/qr/qr.js';
import { consultQrStyles } from './consult-qr.styles.js';
import { ProblemLog } from '../internal/problem-log.js';
import { LangAwareElement } from '../internal/lang-aware.js';
import { followLanguage, unfollowLanguage } from '../internal/language-watch.js';
import { saveFile } from '../internal/save-file.js';

/** A QR code ready to draw: the launch it carries, its symbol and the sizes to draw it at. */
interface QrCode {
  launch: LaunchRequest;
  symbol: QrSymbol;
  path: string;
  size: number;
  downloadPx: number;
}

/** Properties that change the code; a change of `caption` or `lang` only re-renders. */
const CODE_PROPERTIES = ['channel', 'extra', 'bot', 'event', 'endpoint', 'size', 'ecc', 'margin', 'dark', 'light', 'downloadPx'];

const DEFAULT_SIZE = 200;
const DEFAULT_DOWNLOAD_PX = 1024;

/**
 * A QR code that opens a 상담톡 consult with the company's channel when a phone scans it,
 * with buttons to download it as SVG or PNG for print.
 *
 * @tagname kakao-consult-qr
 * @attr {string} lang - Language of the label and messages: `ko` (default) or `en`; the nearest `lang` applies when unset.
 *
 * @summary The consult launch as a scannable, downloadable QR code.
 *
 * @fires {CustomEvent<ConsultProblemDetail>} consult-error - An attribute makes the code impossible; an explanation is shown instead.
 * @fires {CustomEvent<ConsultProblemDetail>} consult-warning - `extra` carries member fields, which a code (a URL) never does: the code leaves them out.
 *
 * @csspart code - The QR code's SVG.
 * @csspart caption - The launch URL under the code, when `caption` is set.
 * @csspart actions - The row of download buttons.
 * @csspart button - Each download button.
 * @csspart download-svg - The SVG download button.
 * @csspart download-png - The PNG download button.
 * @csspart message - The explanation shown when no code can be made.
 *
 * @cssprop --kakao-consult-focus-color - Focus ring colour (default `#1a56db`).
 * @cssprop --kakao-consult-font-family - Font stack of the buttons, caption and message.
 */
export class KakaoConsultQr extends LangAwareElement {
  static override styles = consultQrStyles;
  static override properties: PropertyDeclarations = {
    channel: { reflect: true },
    extra: {},
    bot: {},
    event: {},
    endpoint: {},
    size: { type: Number },
    ecc: {},
    margin: { type: Number },
    dark: {},
    light: {},
    caption: { type: Boolean, reflect: true },
    downloadPx: { type: Number, attribute: 'download-px' },
  };

  /** The channel's search ID with its `@`, e.g. `@mybrand`. Required. */
  channel = '';

  /** Metadata for the agent, sent as `extra`; at most 50 characters. */
  extra = '';

  /** `true` chatbot first, `false` an agent, `auto` keep the session's mode. */
  bot = '';

  /** Chatbot block event to run on connecting to the bot; at most 100 characters. */
  event = '';

  /** Launch endpoint override: https only (http on localhost, for tests). */
  endpoint = '';

  /** Width and height of the code on the page, in pixels. */
  size = DEFAULT_SIZE;

  /** Error correction: `L`, `M`, `Q` or `H` (7 to 30 % of the code can be lost). */
  ecc = 'M';

  /** Quiet zone around the code, in modules; the standard asks for 4. */
  margin = 4;

  /** Dark module colour (`#rgb`, `#rrggbb`, `#rrggbbaa`); black when empty. Must contrast with `light` at least 3:1. */
  dark = '';

  /** Light module and quiet-zone colour; white when empty. */
  light = '';

  /** Shows the launch URL under the code. */
  caption = false;

  /** Width of the downloaded PNG (and of the SVG's size), in pixels. */
  downloadPx = DEFAULT_DOWNLOAD_PX;

  private code: QrCode | ConsultInputError = new ConsultInputError('channel', 'channel is missing.');
  /** Why a value was left out of the code (member fields in `extra`), told once as a `consult-warning`. */
  private warning: string | undefined;
  private readonly problems = new ProblemLog(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (CODE_PROPERTIES.some((key) => changed.has(key as keyof KakaoConsultQr))) this.code = this.encode();
  }

  private encode(): QrCode | ConsultInputError {
    let launch: LaunchRequest | undefined;
    this.warning = undefined;
    // Removing an attribute sets its property to null, which means the default, like never setting it.
    try {
      // A code only carries a URL: the plan keeps member fields out of it, and says so.
      const plan = planLaunch({
        client: 'print',
        channel: this.channel,
        extra: this.extra ?? '',
        bot: this.bot ?? '',
        event: this.event ?? '',
        endpoint: this.endpoint ?? '',
      });
      if (plan.error) throw plan.error;
      launch = plan.request!;
      this.warning = plan.refused.length ? describeRefusalWith(REFUSALS_EN, plan.refused[0]!) : undefined;
      const size = normalizeQrPixels('size', this.size ?? DEFAULT_SIZE);
      const downloadPx = normalizeQrPixels('download-px', this.downloadPx ?? DEFAULT_DOWNLOAD_PX);
      const symbol = qrSymbol(launch.url, {
        ecc: this.ecc ?? '',
        margin: this.margin ?? undefined,
        dark: this.dark || undefined,
        light: this.light || undefined,
      });
      return { launch, symbol, path: qrSvgPath(symbol.matrix, symbol.margin), size, downloadPx };
    } catch (error) {
      if (!(error instanceof ConsultInputError)) throw error;
      return error.field === 'text' && launch ? this.oversized(launch.url, error) : error;
    }
  }

  /**
   * Names the attribute to change when the launch URL overflows the code: `ecc` when a lower
   * level holds it; otherwise `endpoint`, the one input without a length limit (channel,
   * extra and event together always fit at level L).
   */
  private oversized(url: string, error: ConsultInputError): ConsultInputError {
    const field = this.ecc !== 'L' && fits(url, 'L') ? 'ecc' : 'endpoint';
    return new ConsultInputError(field, `the launch URL is too long for a QR code: ${error.message}`);
  }

  protected override updated(): void {
    this.problems.report('extra', 'warning', this.warning === undefined ? undefined : { field: 'extra', message: this.warning });
    this.problems.report('code', 'error', this.code instanceof ConsultInputError ? this.code : undefined);
  }

  private get locale() {
    const lang = this.effectiveLang;
    return messagesFor(lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLanguage(this);
  }

  protected override render() {
    const text = this.locale;
    const code = this.code;
    if (code instanceof ConsultInputError) return html`<p part="message" class="message">${text.qrUnavailable}</p>`;
    const { symbol, path, size } = code;
    const { extent } = symbol;
    return html`<svg
        part="code"
        class="code"
        role="img"
        aria-label=${text.qrLabel}
        viewBox="0 0 ${extent} ${extent}"
        width=${size}
        height=${size}
        shape-rendering="crispEdges"
      >
        ${svg`<rect width=${extent} height=${extent} fill=${symbol.light}></rect><path d=${path} fill=${symbol.dark}></path>`}
      </svg>
      ${this.caption ? html`<p part="caption" class="caption">${readable(code.launch.url)}</p>` : nothing}
      <div part="actions" class="actions">
        <button part="button download-svg" type="button" @click=${this.handleDownloadSvg}>${text.downloadSvg}</button>
        <button part="button download-png" type="button" @click=${this.handleDownloadPng}>${text.downloadPng}</button>
      </div>`;
  }

  private handleDownloadSvg(): void {
    if (this.code instanceof ConsultInputError) return;
    const { launch, symbol, downloadPx } = this.code;
    const markup = symbolSvg(symbol, { size: downloadPx });
    saveFile(new Blob([markup], { type: 'image/svg+xml' }), fileName(launch, 'svg'));
  }

  private async handleDownloadPng(): Promise<void> {
    if (this.code instanceof ConsultInputError) return;
    const { launch, symbol, downloadPx } = this.code;
    saveFile(await rasterize(symbol, downloadPx), fileName(launch, 'png'));
  }
}

/** The URL as people read it, Korean unescaped; as it is when an endpoint holds a broken escape. */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function fits(text: string, ecc: QrEcc): boolean {
  try {
    qrMatrix(text, { ecc });
    return true;
  } catch {
    return false;
  }
}

/** `kakao-consult-mybrand.svg`: search IDs hold only letters, digits, `_`, `.` and `-`, all safe in file names. */
function fileName(launch: LaunchRequest, extension: string): string {
  return `kakao-consult-${launch.fields.uuid.slice(1)}.${extension}`;
}

/** Draws the symbol on a canvas with whole-pixel modules, as the Node PNG renderer does, and encodes it. */
function rasterize(symbol: QrSymbol, pixels: number): Promise<Blob> {
  const scale = qrModulePixels(pixels, symbol.extent);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = symbol.extent * scale;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('<kakao-consult-qr> this browser gives no 2D canvas to draw the PNG on.'));
  context.fillStyle = symbol.light;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = symbol.dark;
  for (const { x, y, length } of qrRuns(symbol.matrix)) {
    context.fillRect((x + symbol.margin) * scale, (y + symbol.margin) * scale, length * scale, scale);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('<kakao-consult-qr> the browser could not encode the PNG.'))),
      'image/png',
    );
  });
}
