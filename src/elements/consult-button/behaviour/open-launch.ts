import type { LaunchRequest } from '../../../core/launch/launch.js';
import { DEFAULT_POPUP_SIZE, parsePopupSize, popupFeatures, type PopupSize } from '../../../core/launch/popup-size.js';

/** The window name sites use for the PC consult popup. */
export const POPUP_NAME = 'kakao-consult';

/** Where a planned launch leaves the page (the bridge is the host app's business). */
export interface LaunchExit {
  target: '_self' | 'popup' | 'intent';
  request: LaunchRequest;
  /** The `intent://` URL, for `intent`. */
  intent?: string;
  /** The `popup-size` setting, read on the launch that needs it; a bad value (told by the setting checks) leaves the default. */
  popupSize: unknown;
}

function sizeOf(setting: unknown): PopupSize {
  try {
    return parsePopupSize(setting);
  } catch {
    return DEFAULT_POPUP_SIZE;
  }
}

/**
 * Sends the planned launch: a GET by navigation, a POST by a throw-away form, an intent by
 * navigation. When a popup blocker refuses the PC popup, a new tab takes its place rather
 * than nothing happening.
 */
export function openLaunch({ target, request, intent, popupSize }: LaunchExit): void {
  if (target === '_self') {
    send(request, '_self');
    return;
  }
  if (target === 'intent') {
    // KakaoTalk opens the intent; a browser without it follows the fallback GET.
    window.open(intent, '_self');
    return;
  }
  const popup = window.open(request.method === 'GET' ? request.url : 'about:blank', POPUP_NAME, popupFeatures(sizeOf(popupSize)));
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
