// The QR generator page's one script dependency (dist/qr-generator.js): the pure modules it
// uses, bundled with the `qrcode` encoder so a browser can load them without an import map
// and the page works offline once loaded.
export { ConsultInputError } from './core/errors.js';
export { EXTRA_MAX_LENGTH } from './core/launch.js';
export { withPixelDensity } from './core/png-density.js';
export { pngLogoSize } from './core/png-logo.js';
export { formatMm, withPrintSize } from './core/print-size.js';
export { CodeInputErrors, resolveCode } from './core/printed-code.js';
export { QR_MAX_PIXELS, qrLogoPixels, qrRuns, symbolSvg } from './core/qr.js';
export { saveFile } from './elements/save-file.js';
