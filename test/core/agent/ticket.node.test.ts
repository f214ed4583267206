import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TICKET } from '../../../src/core/launch/context.js';
import {
  issueTicket,
  MemoryTicketStore,
  readReference,
  redeemTicket,
  signContext,
  type TicketStore,
} from '../../../src/node/server/index.js';

const SECRET = 'a-test-secret-of-32-characters!!';

describe('tickets', () => {
  it('are 16 base64url characters that fit extra, all different', async () => {
    const store = new MemoryTicketStore();
    const tickets = new Set<string>();
    for (let index = 0; index < 1000; index++) tickets.add(await issueTicket({ id: `A${index}` }, SECRET, { store }));
    assert.equal(tickets.size, 1000);
    for (const ticket of tickets) {
      assert.match(ticket, TICKET);
      assert.equal(ticket.length, 16);
    }
    // Random, not counted: 16,000 characters use all 64 of base64url's.
    assert.equal(new Set([...tickets].join('')).size, 64);
  });

  it('give the member back once, then nothing', async () => {
    const store = new MemoryTicketStore();
    const ticket = await issueTicket({ id: 'A1029', grade: 'VIP' }, SECRET, { store });
    assert.deepEqual(await redeemTicket(ticket, SECRET, { store }), { id: 'A1029', grade: 'VIP' });
    assert.equal(await redeemTicket(ticket, SECRET, { store }), undefined);
    assert.equal(store.size, 0);
  });

  it('give nothing after they expire, and the store forgets them', async () => {
    let now = 1_000_000;
    const store = new MemoryTicketStore(() => now);
    const ticket = await issueTicket({ id: 'A1029' }, SECRET, { store, ttl: 60_000 });
    now += 60_000;
    assert.equal(await redeemTicket(ticket, SECRET, { store }), undefined);
    assert.equal(store.size, 0);
  });

  it('give nothing for another secret, a malformed or an unknown ticket', async () => {
    const store = new MemoryTicketStore();
    const ticket = await issueTicket({ id: 'A1029' }, SECRET, { store });
    assert.equal(await redeemTicket(ticket, 'another-secret-of-32-characters!', { store }), undefined);
    for (const wrong of ['', 'x'.repeat(17), '<script>', 42, null, 'AAAAAAAAAAAAAAAA'])
      assert.equal(await redeemTicket(wrong, SECRET, { store }), undefined);
    assert.deepEqual(await redeemTicket(ticket, SECRET, { store }), { id: 'A1029' });
  });

  it('are stored only as an HMAC, never as themselves', async () => {
    const keys: string[] = [];
    const store: TicketStore = { set: (key) => void keys.push(key), get: () => undefined, delete: () => false };
    const ticket = await issueTicket({ id: 'A1029' }, SECRET, { store });
    assert.equal(keys.length, 1);
    assert.ok(!keys[0]!.includes(ticket));
    assert.match(keys[0]!, /^kakao-consult-ticket:[A-Za-z0-9_-]{43}$/);
  });

  it('go to one of two agents redeeming at once', async () => {
    const store = new MemoryTicketStore();
    const ticket = await issueTicket({ id: 'A1029' }, SECRET, { store });
    const answers = await Promise.all([redeemTicket(ticket, SECRET, { store }), redeemTicket(ticket, SECRET, { store })]);
    assert.deepEqual(answers.filter(Boolean), [{ id: 'A1029' }]);
  });

  it('refuse a short secret and a bad ttl', async () => {
    const store = new MemoryTicketStore();
    await assert.rejects(issueTicket({}, 'short', { store }), /at least 16 bytes/);
    await assert.rejects(issueTicket({}, SECRET, { store, ttl: 0 }), /positive number/);
  });

  it('travel in extra and come back through readReference on the agent side', async () => {
    const store = new MemoryTicketStore();
    const ticket = await issueTicket({ id: 'A1029', grade: 'VIP' }, SECRET, { store });
    const { extra } = signContext({ placement: 'pc_panel', ticket }, SECRET);
    const reference = await readReference(JSON.stringify({ reference: { extra } }), { secret: SECRET });
    assert.equal(reference.signature, 'valid');
    assert.deepEqual(await redeemTicket(reference.ticket, SECRET, { store }), { id: 'A1029', grade: 'VIP' });
  });
});
