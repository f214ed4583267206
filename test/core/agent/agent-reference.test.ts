// The agent-side readers on a browser-like runtime (Web Crypto, no Node): what edge workers run.
import { expect } from '@open-wc/testing';
import { readReference, readMessage } from '../../../src/core/index.js';

const SECRET = 'a-test-secret-of-32-characters!!';
// Made by the Node `signContext` with SECRET, expiring a minute after the consult's time.
const SIGNED = 't=rd6slb;p=mypage;m=A1029;g=VIP~61C1t5r3';
const AT = 1654738690219;

const body = (extra: string) => JSON.stringify({ user_key: 'Xj1bW5wlE5SR', time: AT, reference: { extra } });

describe('readReference with Web Crypto', () => {
  it('verifies a value Node signed, and refuses it changed or expired', async () => {
    const valid = await readReference(body(SIGNED), { secret: SECRET });
    expect(valid.signature).to.equal('valid');
    expect(valid.context).to.deep.equal({ placement: 'mypage', memberId: 'A1029', memberGrade: 'VIP' });
    expect((await readReference(body(SIGNED.replace('VIP', 'VVIP')), { secret: SECRET })).signature).to.equal('bad-signature');
    expect((await readReference(body(SIGNED), { secret: SECRET, now: AT + 61_000 })).signature).to.equal('expired');
  });

  it('reads bytes and keeps large integers exact', async () => {
    const bytes = new TextEncoder().encode('{"serial_number": 1689884130894833200}');
    expect(readMessage(bytes).serialNumber).to.equal('1689884130894833200');
    expect((await readReference(bytes)).problems).to.deep.equal([]);
  });
});
