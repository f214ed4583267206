// The agent inbox: a tap on the button comes back as a consult card. No inline code: the
// demo runs under a strict Content-Security-Policy.
const button = document.querySelector('kakao-consult-button');
const tamper = document.getElementById('tamper');
const sent = document.getElementById('sent');
const list = document.getElementById('consults');

/** The signed context and a fresh ticket, as the site's server renders them into its page. */
async function arm() {
  button.extra = await (await fetch('/api/signed-extra', { method: 'POST' })).text();
  document.body.dataset.ready = 'true';
}

// Dry run: the launch stays here, and the demo plays Kakao's part.
button.addEventListener('consult-launch', async (event) => {
  event.preventDefault();
  const extra = event.detail.request.fields.extra ?? '';
  const answer = await fetch('/kakao/tap', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ extra, tamper: tamper.checked }),
  });
  sent.textContent = answer.ok ? `Sent to the webhook: ${extra}` : `The webhook answered ${answer.status}`;
  // A ticket is redeemed once: the next tap carries a new one, as the next page view would.
  await arm();
});

function show(consult) {
  const item = document.createElement('li');
  const heading = document.createElement('p');
  heading.textContent =
    `${new Date(consult.at).toLocaleTimeString('ko-KR')} · ${consult.userKey}` +
    (consult.member ? ` · 회원 ${consult.member.id} (${consult.member.grade})` : '');
  const card = document.createElement('kakao-consult-context');
  card.extra = consult.extra;
  card.signature = consult.signature;
  item.append(heading, card);
  list.prepend(item);
}

new EventSource('/inbox/events').addEventListener('consult', (event) => show(JSON.parse(event.data)));
arm();
