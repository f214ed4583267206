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

export interface ConsultButtonAttributes extends CommonAttributes {
  channel: string;
  label?: 'short' | 'long';
  color?: 'yellow' | 'mono';
  size?: 'small' | 'medium' | 'large';
  shape?: 'rect' | 'full' | 'round';
  extra?: string;
  placement?: string;
  campaign?: string;
  'page-key'?: string;
  'member-id'?: string;
  'member-grade'?: string;
  ticket?: string;
  'config-src'?: string;
  'offline-mode'?: 'launch' | 'disabled';
  analytics?: 'datalayer';
  'kakaotalk-version'?: string;
  bridge?: string;
  'pc-mode'?: 'choice' | 'qr' | 'popup';
  'popup-size'?: `${number}x${number}`;
  bot?: 'true' | 'false' | 'auto';
  event?: string;
  endpoint?: string;
  consent?: 'required';
  'consent-text'?: string;
  'consent-href'?: string;
  'consent-version'?: string;
  'consent-remember'?: 'local' | 'session' | 'none';
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
