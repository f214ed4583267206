// What the engine matrix reads off the page: plain measurements (JSON), judged in Node against
// one table of expected values, so every engine is held to the same numbers.
(() => {
  const part = (host, name) => host?.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
  const shown = (element) => Boolean(element && element.getClientRects().length);
  const byId = (id) => document.getElementById(id);

  /** Resolves to `read()`'s first truthy value, or null once it has had ample time: a wait, not an assertion. */
  const until = (read, tries = 200) =>
    new Promise((resolve) => {
      const attempt = (left) => {
        const value = read();
        if (value || !left) resolve(value || null);
        else setTimeout(() => attempt(left - 1), 50);
      };
      attempt(tries);
    });

  let qrOpened = null;
  document.addEventListener('consult-qr-open', (event) => (qrOpened = event.detail.request.url));

  const openDialog = (host, name) => {
    const dialog = part(host, name);
    return dialog?.open ? dialog : null;
  };
  const closeDialog = (host, name) => {
    openDialog(host, name).querySelector('.secondary').click();
    return until(() => !openDialog(host, name)).then(Boolean);
  };

  window.engineChecks = {
    ready: () =>
      customElements
        .whenDefined('kakao-consult-button')
        .then(() => Promise.all([...document.querySelectorAll('kakao-consult-button')].map((host) => host.updateComplete)))
        .then(() => true),

    looks: () => {
      const result = {};
      for (const host of document.querySelectorAll('kakao-consult-button')) {
        const box = host.getBoundingClientRect();
        const button = part(host, 'button');
        const look = button && getComputedStyle(button);
        result[host.id] = {
          width: box.width,
          height: box.height,
          display: getComputedStyle(host).display,
          position: getComputedStyle(host).position,
          background: look?.backgroundColor ?? null,
          radius: look?.borderTopLeftRadius ?? null,
          disabled: button?.getAttribute('aria-disabled') ?? null,
          message: shown(part(host, 'message')),
          hours: shown(part(host, 'hours')),
          fallback: host.hasAttribute('consult-state'),
        };
      }
      return result;
    },

    /**
     * Focuses a button: its ring, and whether the host dropped the content-visibility that
     * comes with paint containment (which would clip the ring); '' where the engine has none.
     */
    focusRing: () => {
      const host = byId('medium');
      const button = part(host, 'button');
      button.focus();
      const seen = { outline: getComputedStyle(button).outlineStyle, contentVisibility: getComputedStyle(host).contentVisibility ?? '' };
      button.blur();
      return seen;
    },

    /** Opens the PC panel; where its QR code is on screen, and the launch URL it should carry. */
    openPanel: () => {
      const host = byId('medium');
      part(host, 'button').click();
      return until(() => {
        const code = openDialog(host, 'panel')?.querySelector('kakao-consult-qr')?.shadowRoot?.querySelector('svg');
        if (!code || !qrOpened) return null;
        const { x, y, width, height } = code.getBoundingClientRect();
        return { url: qrOpened, rect: { x, y, width, height }, scale: devicePixelRatio };
      });
    },

    closePanel: () => closeDialog(byId('medium'), 'panel'),

    consent: async () => {
      const host = byId('consent');
      part(host, 'button').click();
      const opened = Boolean(await until(() => openDialog(host, 'consent-dialog')));
      return { opened, closed: opened && (await closeDialog(host, 'consent-dialog')) };
    },

    tap: () => {
      part(byId('phone'), 'button').click();
      return true;
    },

    problems: () => window.engineProblems,
  };
})();
