import type { ButtonAttributeValues } from '../consult-button/button-attributes.js';

/**
 * The elements' attributes as JSX writes them, typed so a misspelt attribute or a value
 * outside an attribute's choices is a compile error. Everything is optional but `channel`.
 */

/** Attributes every HTML element takes in JSX. */
interface CommonAttributes {
  id?: string;
  class?: string;
  className?: string;
  lang?: string;
  hidden?: boolean;
  slot?: string;
  style?: unknown;
  key?: string | number;
  ref?: unknown;
  children?: unknown;
  [data: `data-${string}`]: unknown;
  [aria: `aria-${string}`]: unknown;
}

/** `<kakao-consult-button>`'s attributes, from its attribute table (button-attributes.ts). */
export interface ConsultButtonAttributes extends CommonAttributes, ButtonAttributeValues {
  channel: string;
}

export interface ConsultQrAttributes extends CommonAttributes {
  channel: string;
  extra?: string;
  bot?: 'true' | 'false' | 'auto';
  event?: string;
  endpoint?: string;
  size?: number | `${number}`;
  ecc?: 'L' | 'M' | 'Q' | 'H';
  margin?: number | `${number}`;
  dark?: string;
  light?: string;
  caption?: boolean;
  'download-px'?: number | `${number}`;
}
