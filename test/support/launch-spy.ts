import { expect } from '@open-wc/testing';

/**
 * Records how the page tries to leave for KakaoTalk, at the two exits the browser offers a
 * page (window.open and form submission), without leaving the test page.
 */
export interface OpenCall {
  url: string;
  target: string;
  features: string | undefined;
}

export interface SubmitCall {
  method: string;
  action: string;
  target: string;
  acceptCharset: string;
  fields: Record<string, string>;
  /** The form's element count, to prove no stray inputs ride along. */
  inputs: number;
}

export interface LaunchSpy {
  opens: OpenCall[];
  submits: SubmitCall[];
  /** What window.open returns next: a fake popup, or null as when a blocker refuses it. */
  popup: { opener: unknown } | null;
  restore(): void;
}

export function spyOnLaunches(): LaunchSpy {
  const originalOpen = window.open;
  const originalSubmit = HTMLFormElement.prototype.submit;
  const spy: LaunchSpy = {
    opens: [],
    submits: [],
    popup: { opener: window },
    restore() {
      window.open = originalOpen;
      HTMLFormElement.prototype.submit = originalSubmit;
    },
  };
  window.open = ((url?: string | URL, target?: string, features?: string) => {
    spy.opens.push({ url: String(url), target: target ?? '', features });
    return target === '_self' ? window : spy.popup;
  }) as typeof window.open;
  HTMLFormElement.prototype.submit = function submit(this: HTMLFormElement) {
    expect(this.isConnected, 'a form must be in the document to submit').to.equal(true);
    spy.submits.push({
      method: this.method,
      action: this.action,
      target: this.target,
      acceptCharset: this.acceptCharset,
      fields: Object.fromEntries(new FormData(this)) as Record<string, string>,
      inputs: this.elements.length,
    });
  };
  return spy;
}
