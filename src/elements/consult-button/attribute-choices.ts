import { LOOK } from './button-choices.js';

/** Values each enumerated attribute of the button takes; anything else acts as the first, and is told. */
export const CHOICES = [
  ...LOOK,
  ['pc-mode', 'pcMode', ['choice', 'qr', 'popup']],
  ['offline-mode', 'offlineMode', ['launch', 'disabled']],
  // Storage the kit does not know keeps nothing: consent is asked every time.
  ['consent-remember', 'consentRemember', ['none', 'local', 'session']],
] as const;
