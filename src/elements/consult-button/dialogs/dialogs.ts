// The dialogs' code and styles: a chunk of their own, fetched by buttons that may show one
// (a consent step, or the panel on a PC) while the page loads. Phones without a consent step,
// most buttons, never download it.
export { ConsentStep } from './consent-step.js';
export { dialogStyles } from './dialog.styles.js';
export { qrPanel } from './qr-panel.js';
