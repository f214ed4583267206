// The one test suite every ConsultStore passes: the embedded SQLite file and a real Redis.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { issueTicket, redeemTicket, type ConsultStore } from '../../../src/node/server/index.js';

const SECRET = 'a-store-secret-of-32-characters!';

export interface StoreUnderTest {
  /** A fresh, empty store. */
  open(): Promise<ConsultStore>;
  /** The same data after the store (or its server) went away and came back. */
  reopen(): Promise<ConsultStore>;
}

export function storeSuite(subject: StoreUnderTest): void {
  it('counts scans per code per day, with the codes described', async () => {
    const store = await subject.open();
    await store.describeCodes([
      { id: 'AAAAAAAA', name: 'poster_a', extra: 'p=poster_a' },
      { id: 'BBBBBBBB', name: '전단지', extra: 'p=flyer;c=spring' },
    ]);
    await store.countScan('AAAAAAAA', '2026-03-01');
    await store.countScan('AAAAAAAA', '2026-03-01');
    await store.countScan('AAAAAAAA', '2026-03-02');
    await store.countScan('BBBBBBBB', '2026-03-02');
    await store.countScan('CCCCCCCC', '2026-03-02');
    assert.deepEqual(await store.scanCounts(), [
      { id: 'AAAAAAAA', name: 'poster_a', extra: 'p=poster_a', day: '2026-03-01', scans: 2 },
      { id: 'AAAAAAAA', name: 'poster_a', extra: 'p=poster_a', day: '2026-03-02', scans: 1 },
      { id: 'BBBBBBBB', name: '전단지', extra: 'p=flyer;c=spring', day: '2026-03-02', scans: 1 },
      { id: 'CCCCCCCC', name: '', extra: '', day: '2026-03-02', scans: 1 },
    ]);
    await store.close();
  });

  it('counts 1,000 concurrent scans as 1,000', async () => {
    const store = await subject.open();
    await Promise.all(Array.from({ length: 1000 }, () => store.countScan('AAAAAAAA', '2026-03-01')));
    assert.deepEqual(
      (await store.scanCounts()).map((row) => row.scans),
      [1000],
    );
    await store.close();
  });

  it('keeps counts and tickets when it comes back', async () => {
    const store = await subject.open();
    await store.countScan('AAAAAAAA', '2026-03-01');
    await store.countScan('AAAAAAAA', '2026-03-01');
    const ticket = await issueTicket({ id: 'A1029' }, SECRET, { store });
    await store.close();
    const again = await subject.reopen();
    assert.deepEqual(
      (await again.scanCounts()).map((row) => row.scans),
      [2],
    );
    assert.deepEqual(await redeemTicket(ticket, SECRET, { store: again }), { id: 'A1029' });
    await again.close();
  });

  it('redeems a ticket once, even when many redeem it at once', async () => {
    const store = await subject.open();
    const ticket = await issueTicket({ id: 'A1029', grade: 'VIP' }, SECRET, { store });
    const results = await Promise.all(Array.from({ length: 20 }, () => redeemTicket(ticket, SECRET, { store })));
    assert.deepEqual(
      results.filter((member) => member !== undefined),
      [{ id: 'A1029', grade: 'VIP' }],
    );
    assert.equal(await redeemTicket(ticket, SECRET, { store }), undefined);
    await store.close();
  });

  it('forgets a ticket when it expires', async () => {
    const store = await subject.open();
    const ticket = await issueTicket({ id: 'A1029' }, SECRET, { store, ttl: 30 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(await redeemTicket(ticket, SECRET, { store }), undefined);
    await store.close();
  });

  it('stores keys and values as given, SQL and all', async () => {
    const store = await subject.open();
    const id = "A'; DROP TABLE scans; --";
    await store.countScan(id, '2026-03-01');
    await store.set("k'\u0000x", 'v"\u0000', 60_000);
    assert.equal(await store.get("k'\u0000x"), 'v"\u0000');
    assert.deepEqual(
      (await store.scanCounts()).map((row) => [row.id, row.scans]),
      [[id, 1]],
    );
    await store.close();
  });
}
