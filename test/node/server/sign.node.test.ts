import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { signContext, verifyExtra } from '../../../src/node/server/index.js';

const SECRET = 'a-test-secret-of-32-characters!!';

describe('signContext', () => {
  it('appends an 8-character HMAC-SHA256 signature the agent side can recompute', () => {
    const { extra, kept } = signContext({ placement: 'mypage', memberId: 'A1029', memberGrade: 'VIP' }, SECRET);
    const [payload, signature] = extra.split('~');
    assert.equal(payload, 'p=mypage;m=A1029;g=VIP');
    assert.equal(signature, createHmac('sha256', SECRET).update(payload!, 'utf8').digest('base64url').slice(0, 8));
    assert.deepEqual(kept, ['placement', 'memberId', 'memberGrade']);
  });

  it('fits the signature inside the 50-character budget', () => {
    const { extra, shortened } = signContext({ placement: 'x'.repeat(60) }, SECRET);
    assert.equal(extra.length, 50);
    assert.deepEqual(shortened, ['placement']);
    assert.equal(verifyExtra(extra, SECRET).valid, true);
  });

  it('refuses a short secret, with advice', () => {
    assert.throws(() => signContext({ placement: 'a' }, 'short'), /at least 16 bytes.*randomBytes/);
    assert.throws(() => verifyExtra('p=a~xxxxxxxx', ''), /at least 16 bytes/);
  });

  it('accepts a Buffer secret', () => {
    const secret = Buffer.alloc(32, 7);
    assert.equal(verifyExtra(signContext({ placement: 'a' }, secret).extra, secret).valid, true);
  });
});

describe('verifyExtra', () => {
  it('returns the fields of an untouched value', () => {
    const { extra } = signContext({ placement: 'home', memberId: 'A1029' }, SECRET);
    const result = verifyExtra(extra, SECRET);
    assert.equal(result.valid, true);
    assert.deepEqual(result.valid && result.fields, { placement: 'home', memberId: 'A1029' });
  });

  it('tells unsigned, tampered, wrongly keyed and expired values apart', () => {
    const { extra } = signContext({ memberId: 'A1029' }, SECRET);
    assert.deepEqual(verifyExtra('m=A1029', SECRET), { valid: false, reason: 'unsigned' });
    assert.deepEqual(verifyExtra(extra.replace('A1029', 'A1030'), SECRET), { valid: false, reason: 'bad-signature' });
    assert.deepEqual(verifyExtra(extra, 'another-secret-of-32-characters!'), { valid: false, reason: 'bad-signature' });
    assert.deepEqual(verifyExtra(`${extra}x`, SECRET), { valid: false, reason: 'bad-signature' });
    assert.deepEqual(verifyExtra(42 as unknown as string, SECRET), { valid: false, reason: 'unsigned' });

    const now = Date.UTC(2026, 10, 25, 9);
    const expiring = signContext({ memberId: 'A1029' }, SECRET, { expiresIn: 60_000, now }).extra;
    assert.match(expiring, /^t=[0-9a-z]+;m=A1029~/);
    assert.equal(verifyExtra(expiring, SECRET, { now: now + 59_000 }).valid, true);
    assert.deepEqual(verifyExtra(expiring, SECRET, { now: now + 60_000 }), { valid: false, reason: 'expired' });
  });

  it('verifies every signed value and refuses every single-character change (10,000 runs)', () => {
    const text = fc.oneof(fc.string({ maxLength: 24 }), fc.stringMatching(/^[가-힣a-zA-Z0-9_;=~%]{1,24}$/));
    const fields = fc.record(
      { placement: text, campaign: text, source: text, memberId: text, memberGrade: text, page: text },
      { requiredKeys: [] },
    );
    const change = fc.record({
      at: fc.nat(),
      replacement: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      kind: fc.constantFrom('replace', 'delete', 'insert'),
    });
    fc.assert(
      fc.property(fields, change, (input, { at, replacement, kind }) => {
        const { extra } = signContext(input, SECRET);
        assert.ok(extra.length <= 50);
        assert.equal(verifyExtra(extra, SECRET).valid, true);

        const index = at % extra.length;
        const changed =
          kind === 'delete'
            ? extra.slice(0, index) + extra.slice(index + 1)
            : extra.slice(0, index) + replacement + extra.slice(kind === 'replace' ? index + 1 : index);
        fc.pre(changed !== extra);
        assert.equal(verifyExtra(changed, SECRET).valid, false, `${JSON.stringify(extra)} → ${JSON.stringify(changed)}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
