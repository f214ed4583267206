// A QR code's two colours: hex syntax only (nothing else reaches an SVG attribute), dark on
// light, and enough contrast for a phone camera, judged as printed on white paper.
import { ConsultInputError } from '../errors.js';
import { quote } from './quote-input.js';

/** Least WCAG contrast ratio between the two colours; fainter codes fail on phone cameras. */
export const QR_MIN_CONTRAST = 3;

/** A colour as red, green, blue and alpha, each 0–255. */
export type Rgba = readonly [red: number, green: number, blue: number, alpha: number];

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * Validates a `#rgb`, `#rrggbb` or `#rrggbbaa` colour and returns it as lower-case
 * `#rrggbb` or `#rrggbbaa` (no other syntax, so nothing else can reach an SVG attribute).
 */
export function normalizeQrColor(field: string, color: unknown): string {
  if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
    throw new ConsultInputError(field, `${field} ${quote(color)} must be a hex colour: "#rgb", "#rrggbb" or "#rrggbbaa".`);
  }
  const hex = color.toLowerCase();
  return hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex;
}

/** Reads a colour {@link normalizeQrColor} accepts into its channels; opaque unless it has an alpha pair. */
export function qrColorRgba(color: string): Rgba {
  const hex = normalizeQrColor('color', color);
  const channel = (index: number) => parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
  return [channel(0), channel(1), channel(2), hex.length === 9 ? channel(3) : 255];
}

/** What `top` looks like laid over `bottom` (source-over compositing), either of them translucent; channels rounded to whole values. */
export function compositeOver(top: Rgba, bottom: Rgba): Rgba {
  const above = top[3] / 255;
  const below = (bottom[3] / 255) * (1 - above);
  const alpha = above + below;
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (channel: number) => Math.round((top[channel] * above + bottom[channel] * below) / alpha);
  return [mix(0), mix(1), mix(2), Math.round(alpha * 255)];
}

/** WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The colours of a symbol, validated. */
export interface QrColors {
  /** Dark modules, `#rrggbb` or `#rrggbbaa`. */
  dark: string;
  /** Light modules and the quiet zone, `#rrggbb` or `#rrggbbaa`. */
  light: string;
}

/**
 * Validates the module colours: hex syntax, dark modules on a light ground (many readers do
 * not try inverted codes) and a contrast ratio of at least {@link QR_MIN_CONTRAST}.
 * Translucent colours are judged as they look on white paper: light over white, dark over light.
 * The error names the colour that was changed from its default (`dark` when both were).
 */
export function qrColors(dark?: string, light?: string): QrColors {
  const colors = {
    dark: dark === undefined ? '#000000' : normalizeQrColor('dark', dark),
    light: light === undefined ? '#ffffff' : normalizeQrColor('light', light),
  };
  const ground = compositeOver(qrColorRgba(colors.light), [255, 255, 255, 255]);
  const ink = compositeOver(qrColorRgba(colors.dark), ground);
  const field = dark === undefined && light !== undefined ? 'light' : 'dark';
  if (luminance(ink) > luminance(ground)) {
    throw new ConsultInputError(
      field,
      `dark ${colors.dark} is lighter than light ${colors.light}: QR readers expect dark modules on a light ground; swap them.`,
    );
  }
  const ratio = contrastRatio(ink, ground);
  if (ratio < QR_MIN_CONTRAST) {
    throw new ConsultInputError(
      field,
      `dark ${colors.dark} on light ${colors.light} has a contrast ratio of ${ratio.toFixed(2)}:1; QR readers need at least ${QR_MIN_CONTRAST}:1: darken dark or lighten light.`,
    );
  }
  return colors;
}

/** WCAG 2 relative luminance of an opaque colour. */
function luminance([red, green, blue]: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}
