import type { LaunchRequest } from '../../../core/launch/launch.js';

// A bridge name becomes a property lookup on window: identifiers only, so it can never
// reach `__proto__`, `constructor` or a dotted path.
const BRIDGE_NAME = /^[A-Za-z_$][\w$]{0,63}$/;

type IosHandlers = Record<string, { postMessage?: (message: unknown) => void } | undefined>;
type AndroidInterface = { openConsult?: (json: string) => void };
type StringChannel = { postMessage?: (json: string) => void; window?: unknown };
type InAppWebView = { callHandler?: (name: string, ...args: unknown[]) => unknown };

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

/** flutter_inappwebview's `window.flutter_inappwebview`, whose `callHandler(name, …)` reaches the app's handler of that name. */
function inAppWebView() {
  const api = Object.hasOwn(window, 'flutter_inappwebview')
    ? (window as unknown as { flutter_inappwebview?: InAppWebView }).flutter_inappwebview
    : undefined;
  return typeof api?.callHandler === 'function' ? api : undefined;
}

/**
 * A string channel at `window[name]`: React Native's `ReactNativeWebView` or a webview_flutter
 * JavaScript channel. Never a window (`self`, `top`, a frame): its `postMessage` is the page's own.
 */
function stringChannel(name: string) {
  const channel = Object.hasOwn(window, name) ? (window as unknown as Record<string, StringChannel | undefined>)[name] : undefined;
  return typeof channel?.postMessage === 'function' && channel.window !== channel ? channel : undefined;
}

/** Whether the host app registered a bridge under `name`. */
export function hasAppBridge(name: string): boolean {
  return isBridgeName(name) && Boolean(iosHandler(name) ?? androidInterface(name) ?? inAppWebView() ?? stringChannel(name));
}

/**
 * Hands the launch to the host app when it registered a bridge under `name`: an iOS
 * WKWebView message handler (`window.webkit.messageHandlers[name].postMessage(request)`), an
 * Android JavaScript interface (`window[name].openConsult(json)`), flutter_inappwebview
 * (`window.flutter_inappwebview.callHandler(name, request)`), or a string channel
 * (`window[name].postMessage(json)`: React Native, webview_flutter). Returns false when no
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
  const flutter = inAppWebView();
  if (flutter) {
    // The app answers with a promise: a refusal (no handler of that name) is told.
    Promise.resolve(flutter.callHandler!(name, { ...request, fields: { ...request.fields } })).catch((error: unknown) =>
      console.error(`<kakao-consult-button> bridge: flutter_inappwebview's handler "${name}" failed (${String(error)}).`),
    );
    return true;
  }
  const channel = stringChannel(name);
  if (channel) {
    channel.postMessage!(JSON.stringify(request));
    return true;
  }
  return false;
}
