/** Values each enumerated attribute of the button takes; anything else acts as the first, and is told. */
export const CHOICES = [
  ['label', 'label', ['short', 'long']],
  ['color', 'color', ['yellow', 'mono']],
  ['size', 'size', ['medium', 'small', 'large']],
  ['shape', 'shape', ['rect', 'full', 'round']],
  ['pc-mode', 'pcMode', ['choice', 'qr', 'popup']],
  ['offline-mode', 'offlineMode', ['launch', 'disabled']],
  // Storage the kit does not know keeps nothing: consent is asked every time.
  ['consent-remember', 'consentRemember', ['none', 'local', 'session']],
] as const;

/** The enumerated attributes that change the look, through custom states such as `:state(size-small)`. */
export const LOOK = CHOICES.slice(0, 4);
