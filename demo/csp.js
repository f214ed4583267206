// Shows, live, every Content-Security-Policy or Trusted Types violation on csp.html, so a
// visitor sees the proof and not only a test. Text only: the page allows no other sink.
const status = document.getElementById('csp-status');
const list = document.getElementById('csp-violations');
let count = 0;

document.addEventListener('securitypolicyviolation', (event) => {
  count += 1;
  status.textContent = `${count} CSP violation${count === 1 ? '' : 's'}:`;
  const item = document.createElement('li');
  item.textContent = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${event.sample ? ` (${event.sample})` : ''}`;
  list.append(item);
});
