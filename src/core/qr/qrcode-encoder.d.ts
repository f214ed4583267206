// qrcode's encoder alone (lib/core/qrcode.js, CommonJS): the kit needs only its `create`, not
// the canvas and string renderers the package's main file loads with it.
declare module 'qrcode/lib/core/qrcode.js' {
  import type { create } from 'qrcode';
  const encoder: { create: typeof create };
  export default encoder;
}
