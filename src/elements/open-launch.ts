import { androidIntentUrl } from '../core/app-links.js';
import type { ClientInfo } from '../core/client.js';
import type { LaunchRequest } from '../core/launch.js';

/** The window name sites use for the PC consult popup. */
export const POPUP_NAME = 'kakao-consult';
const POPUP_FEATURES = 'width=350,height=550';

/**
 * How a launch leaves the page: a sized popup on PC, the current tab on phones, an Android
 * intent inside an app's webview (a webview cannot follow the https app link by itself), or
 * the host app's bridge.
 */
export type LaunchTarget = 'popup' | '_self' | 'intent' | 'bridge';

/** The way out for this client, when no app bridge takes the launch. */
export function launchTarget(client: ClientInfo): Exclude<LaunchTarget, 'bridge'> {
  if (client.platform === 'desktop') return 'popup';
  if (client.platform === 'android' && client.inApp === 'webview') return 'intent';
  return '_self';
}

/**
 * Sends the launch request: a GET by navigation, a POST by a throw-away form. When a popup
 * blocker refuses the PC popup, a new tab takes its place rather than nothing happening.
 */
export function openLaunch(request: LaunchRequest, target: Exclude<LaunchTarget, 'bridge'>): void {
  if (target === '_self') {
    send(request, '_self');
    return;
  }
  if (target === 'intent') {
    // The intent carries the GET form; KakaoTalk opens it, a browser falls back to it.
    window.open(androidIntentUrl(request.url), '_self');
    return;
  }
  const popup = window.open(request.method === 'GET' ? request.url : 'about:blank', POPUP_NAME, POPUP_FEATURES);
  if (!popup) {
    send(request, '_blank');
    return;
  }
  popup.opener = null;
  if (request.method === 'POST') send(request, POPUP_NAME);
}

function send(request: LaunchRequest, target: string): void {
  if (request.method === 'GET') {
    window.open(request.url, target, target === '_blank' ? 'noopener' : undefined);
    return;
  }
  const form = document.createElement('form');
  form.method = 'post';
  form.action = request.action;
  form.target = target;
  form.rel = 'noopener';
  // Pages still served as EUC-KR would otherwise encode Korean values in EUC-KR.
  form.acceptCharset = 'UTF-8';
  form.hidden = true;
  for (const [name, value] of Object.entries(request.fields)) {
    if (value === undefined) continue;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
  form.remove();
}
