// A page with a bare tag when the script runs: the behaviour's load starts before Lit is
// evaluated and the element is defined once it is there, so the button renders once, working,
// instead of drawing a label that does not work yet and drawing again. Its own file: the
// element must not be defined before the page below is set up.
import { expect } from '@open-wc/testing';

const TAG = 'kakao-consult-button';

describe('a bare tag when the script runs', () => {
  it('is defined once the behaviour has loaded, and renders once, with it', async () => {
    // The behaviour's own modules, fetched (and compiled by the test server) ahead: a slow first
    // compile here would outlast the wait for it, and the labels would be drawn without it.
    // The behaviour's module itself is left to the early load.
    await Promise.all([
      import('../../../src/elements/consult-button/behaviour/button-input.js'),
      import('../../../src/elements/consult-button/behaviour/setting-checks.js'),
      import('../../../src/elements/consult-button/behaviour/button-notes.js'),
      import('../../../src/elements/consult-button/behaviour/operating-hours.js'),
      import('../../../src/elements/consult-button/behaviour/open-launch.js'),
      import('../../../src/elements/consult-button/behaviour/site-ticket.js'),
      import('../../../src/elements/consult-button/behaviour/kakaotalk-watch.js'),
      import('../../../src/elements/consult-button/dialogs/pc-panel.js'),
      import('../../../src/core/i18n/messages.js'),
    ]);
    document.body.insertAdjacentHTML('beforeend', `<${TAG} channel="@mybrand"></${TAG}>`);
    const host = document.querySelector(TAG) as HTMLElement & { updateComplete: Promise<boolean> };
    try {
      const { KakaoConsultButton } = await import('../../../src/elements/consult-button/consult-button.define.js');
      // Booleans: chai would print the whole element class on a failure.
      expect(customElements.get(TAG) === undefined, 'defined before the behaviour loaded').to.equal(true);
      // Each update notes whether the button had its behaviour by then.
      const updates: boolean[] = [];
      const { update } = KakaoConsultButton.prototype as unknown as { update: (changed: Map<string, unknown>) => void };
      Object.defineProperty(KakaoConsultButton.prototype, 'update', {
        configurable: true,
        value(this: { behaviour?: unknown }, changed: Map<string, unknown>) {
          updates.push(this.behaviour !== undefined);
          update.call(this, changed);
        },
      });
      await customElements.whenDefined(TAG);
      await host.updateComplete;
      // No update without it (on a PC the dialogs' code, loaded next, draws once more).
      expect(updates.length > 0 && updates.every(Boolean), `updates with the behaviour: ${updates}`).to.equal(true);
      expect(host.shadowRoot!.querySelector('button')?.getAttribute('aria-disabled')).to.equal(null);
    } finally {
      host.remove();
    }
  });
});
