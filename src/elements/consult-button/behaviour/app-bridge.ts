import type { LaunchRequest } from '../../../core/launch/launch.js';

// A bridge name becomes a property lookup on window: identifiers only, so it can never
// reach `__proto__`, `constructor` or a dotted path.
const BRIDGE_NAME = /^[A-Za-z_$][\w$]{0,63}$/;

type IosHandlers = Record<string, { postMessage?: (message: unknown) => void } | undefined>;
type AndroidInterface = { openConsult?: (json: string) => void };

/** Whether `name` can be a bridge name at all. */
export function isBridgeName(name: string): boolean {
  return BRIDGE_NAME.test(name) && name !== '__proto__';
}

function iosHandler(name: string) {
  const handlers = (window as unknown as { webkit?: { messageHandlers?: IosHandlers } }).webkit?.messageHandlers;
  const handler = handlers && Object.hasOwn(handlers, name) ? handlers[name] : undefined;
  return typeof handler?.postMessage === 'function' ? handler : undefined;
}

function androidInterface(name: string) {
  const api = Object.hasOwn(window, name) ? (window as unknown as Record<string, AndroidInterface | undefined>)[name] : undefined;
  return typeof api?.openConsult === 'function' ? api : undefined;
}

/** Whether the host app registered a bridge under `name`. */
export function hasAppBridge(name: string): boolean {
  return isBridgeName(name) && Boolean(iosHandler(name) ?? androidInterface(name));
}

/**
 * Hands the launch to the host app when it registered a bridge under `name`: an iOS
 * WKWebView message handler (`window.webkit.messageHandlers[name].postMessage(request)`) or
 * an Android JavaScript interface (`window[name].openConsult(json)`). Returns false when no
 * such bridge exists, so the page opens KakaoTalk itself.
 */
export function postToAppBridge(name: string, request: LaunchRequest): boolean {
  if (!isBridgeName(name)) return false;
  const ios = iosHandler(name);
  if (ios) {
    ios.postMessage!({ ...request, fields: { ...request.fields } });
    return true;
  }
  const android = androidInterface(name);
  if (android) {
    android.openConsult!(JSON.stringify(request));
    return true;
  }
  return false;
}
