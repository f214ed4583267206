// The QR generator page's one script dependency (dist/studio/qr-generator.js): the pure modules it
// uses, bundled with the `qrcode` encoder so a browser can load them without an import map
// and the page works offline once loaded.
export { ConsultInputError } from '../core/errors.js';
export { EXTRA_MAX_LENGTH } from '../core/launch/launch.js';
export { withPixelDensity } from '../core/qr/png-density.js';
export { pngLogoSize } from '../core/qr/png-logo.js';
export { formatMm, withPrintSize } from '../core/print/print-size.js';
export { CodeInputErrors, resolveCode } from '../core/print/printed-code.js';
export { QR_MAX_PIXELS, qrLogoPixels, qrRuns, symbolSvg } from '../core/qr/qr.js';
export { saveFile } from '../elements/internal/save-file.js';
