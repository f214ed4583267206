// The QR generator page's one script dependency (dist/qr-generator.js): the pure modules it
// uses, bundled with the `qrcode` encoder so a browser can load them without an import map
// and the page works offline once loaded.
export { encodeContext } from './core/context.js';
export { ConsultInputError } from './core/errors.js';
export { buildLaunch, EXTRA_MAX_LENGTH } from './core/launch.js';
export { withPixelDensity } from './core/png-density.js';
export { pngLogoSize } from './core/png-logo.js';
export { formatMm, MIN_PRINT_MODULE_MM, parseLength, planSize, withPrintSize } from './core/print-size.js';
export { QR_DEFAULT_LOGO_FRACTION, QR_MAX_PIXELS, qrLogoPixels, qrRuns, qrSvg, qrSymbol } from './core/qr.js';
export { launchUrlOverflow } from './core/qr-overflow.js';
export { saveFile } from './elements/save-file.js';
