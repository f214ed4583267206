// The posters page: scans and consults per scan-counted code, with buttons that play a
// phone scanning a code (the redirect is not followed: it would open KakaoTalk) and a
// consult arriving from it.
const body = document.querySelector('#posters tbody');
const totals = document.getElementById('totals');
const rate = (value) => (value === undefined ? '–' : `${(value * 100).toFixed(1)}%`);

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function action(text, work) {
  const button = cell('button', text);
  button.type = 'button';
  button.addEventListener('click', async () => {
    await work();
    await refresh();
  });
  return button;
}

async function refresh() {
  const { codes, funnel } = await (await fetch('/api/posters')).json();
  body.replaceChildren(
    ...codes.map((code) => {
      const row = funnel.rows.find((item) => item.id === code.id) ?? { scans: 0, consults: 0 };
      const tr = document.createElement('tr');
      tr.dataset.code = code.name;
      const link = cell('a', code.scanPath);
      link.href = code.scanPath;
      const address = document.createElement('td');
      address.append(link);
      const tries = document.createElement('td');
      tries.append(
        action('Scan', () => fetch(code.scanPath, { redirect: 'manual' })),
        action('Consult', () =>
          fetch('/kakao/tap', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ extra: code.extra }),
          }),
        ),
      );
      tr.append(
        cell('th', code.name),
        address,
        cell('td', String(row.scans)),
        cell('td', String(row.consults)),
        cell('td', rate(row.rate)),
        tries,
      );
      tr.firstChild.scope = 'row';
      return tr;
    }),
  );
  totals.textContent = `${funnel.scans} scans, ${funnel.consults} consults from codes (${rate(funnel.rate)}); ${funnel.otherConsults} consults from elsewhere.`;
  document.body.dataset.ready = 'true';
}

refresh();
