// A page with a drawn link (server rendering, `kakao-consult url --html`) when the script
// runs: the element is defined only after the next frame, so a page that has not painted yet
// paints the working link first instead of waiting for the upgrade. Its own file: the element
// must not be defined before the page below is set up.
import { expect } from '@open-wc/testing';
import { renderConsultButton } from '../../../src/core/launch/consult-markup.js';

const TAG = 'kakao-consult-button';
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('a drawn link when the script runs', () => {
  it('stays the link until after the next frame, then upgrades in its box', async () => {
    document.body.insertAdjacentHTML('beforeend', renderConsultButton({ channel: '@mybrand', placement: 'cart' }));
    const host = document.querySelector(TAG)!;
    try {
      await import('../../../src/elements/consult-button/consult-button.define.js');
      // Booleans: chai would print the whole element class on a failure.
      expect(customElements.get(TAG) === undefined, 'defined before the first frame').to.equal(true);
      expect(host.shadowRoot === null, 'no shadow root before the first frame').to.equal(true);
      await nextFrame();
      expect(customElements.get(TAG) !== undefined, 'defined after it').to.equal(true);
      await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(host.shadowRoot!.querySelector('button')).to.not.equal(null);
    } finally {
      host.remove();
    }
  });
});
