// Draws the buttons of the case `?case=` names: the look variants (with the PC panel and consent
// buttons), the remote kill switch, the closed desk, or a phone's button.
(function () {
  var launch = location.origin + '/launch';
  var CASES = {
    variants: {
      medium: {},
      small: { size: 'small' },
      large: { size: 'large' },
      mono: { color: 'mono' },
      long: { label: 'long' },
      full: { shape: 'full' },
      round: { shape: 'round' },
      invalid: { channel: '' },
      consent: { consent: 'required', 'consent-text': '상담 내용을 3년간 보관합니다.' },
    },
    off: { off: { 'config-src': '/config/off.json' } },
    offline: { offline: { 'config-src': '/config/closed.json' } },
    phone: { phone: {} },
  };
  var buttons = CASES[new URLSearchParams(location.search).get('case') || 'variants'];
  var main = document.getElementById('cases');
  Object.keys(buttons).forEach(function (id) {
    var row = document.createElement('div');
    // A fixed width, so the full-width shape has a known box.
    row.style.cssText = 'width: 320px; margin: 0 0 12px';
    var button = document.createElement('kakao-consult-button');
    button.id = id;
    button.setAttribute('channel', '@engines');
    button.setAttribute('endpoint', launch);
    var attributes = buttons[id];
    Object.keys(attributes).forEach(function (name) {
      button.setAttribute(name, attributes[name]);
    });
    row.appendChild(button);
    main.appendChild(row);
  });
})();
