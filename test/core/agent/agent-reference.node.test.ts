import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_BODY_BYTES, readMessage, readReference, signContext } from '../../../src/node/server/index.js';

const SECRET = 'a-test-secret-of-32-characters!!';
const AT = 1654738690219;

/** The dealer docs' example, with an `extra` the kit made. */
function referenceBody(extra: string, last = ''): string {
  return `{ "user_key": "Xj1bW5wlE5SR", "session_id": "163755146", "sender_key": "4c95f2cea", "app_user_id": null,
    "time": ${AT},
    "reference": { "extra": ${JSON.stringify(extra)}, "text": "", "lastText": "", "lastTextDate": "2022-06-07T11:53:32.431", "appUserId": null },
    "last_reference": { "extra": ${JSON.stringify(last)}, "bot": "true", "bot_event": "order_status", "created_at": "2022-06-07T11:53:32.431" } }`;
}

describe('readReference', () => {
  it('reads the documented example into the context the button sent', async () => {
    const result = await readReference(referenceBody('p=home_banner;c=spring26;s=naver;k=/'));
    assert.deepEqual(result, {
      userKey: 'Xj1bW5wlE5SR',
      sessionId: '163755146',
      senderKey: '4c95f2cea',
      at: AT,
      source: 'reference',
      extra: 'p=home_banner;c=spring26;s=naver;k=/',
      context: { placement: 'home_banner', campaign: 'spring26', source: 'naver', page: '/' },
      signature: 'no-secret',
      problems: [],
    });
  });

  it('falls back to last_reference, with its chatbot event, when the consult came without extra', async () => {
    const result = await readReference(referenceBody('', 'p=poster_a;r=Tk_9-aZ'));
    assert.equal(result.source, 'last_reference');
    assert.deepEqual(result.context, { placement: 'poster_a', ticket: 'Tk_9-aZ' });
    assert.equal(result.ticket, 'Tk_9-aZ');
    assert.equal(result.bot, 'true');
    assert.equal(result.botEvent, 'order_status');
    assert.equal((await readReference(referenceBody(''))).source, 'none');
  });

  it('tells valid, altered, expired, unsigned and unchecked values apart', async () => {
    const { extra } = signContext({ placement: 'mypage', memberId: 'A1029', memberGrade: 'VIP' }, SECRET, { expiresIn: 60_000, now: AT });
    const read = (value: string, options = {}) => readReference(referenceBody(value), { secret: SECRET, ...options });
    const valid = await read(extra);
    assert.equal(valid.signature, 'valid');
    assert.deepEqual(valid.context, { placement: 'mypage', memberId: 'A1029', memberGrade: 'VIP' });
    assert.equal(valid.expiresAt! > AT, true);
    assert.equal((await read(extra.replace('A1029', 'A1030'))).signature, 'bad-signature');
    assert.equal((await read(extra.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')))).signature, 'bad-signature');
    assert.equal((await read(extra, { now: AT + 61_000 })).signature, 'expired');
    assert.equal((await read('p=mypage;m=A1029')).signature, 'unsigned');
    assert.equal((await readReference(referenceBody(extra))).signature, 'no-secret');
    await assert.rejects(readReference(referenceBody(extra), { secret: 'short' }), /at least 16 bytes/);
  });

  it('judges expiry at the consult time by default, so old logs still verify', async () => {
    const { extra } = signContext({ memberId: 'A1029' }, SECRET, { expiresIn: 60_000, now: AT - 1000 });
    assert.equal((await readReference(referenceBody(extra), { secret: SECRET })).signature, 'valid');
  });

  it('reads bytes and already-parsed objects alike', async () => {
    const text = referenceBody('p=home');
    const fromBytes = await readReference(new TextEncoder().encode(text));
    const fromObject = await readReference(JSON.parse(text));
    assert.deepEqual(fromBytes.context, { placement: 'home' });
    assert.deepEqual(fromObject.context, { placement: 'home' });
    assert.deepEqual(fromObject.problems, []);
  });

  it('turns every kind of bad body into problems, by path', async () => {
    const problems = async (body: unknown) => (await readReference(body as string)).problems;
    assert.deepEqual(await problems('x'.repeat(MAX_BODY_BYTES + 1)), [
      { path: 'body', message: `${MAX_BODY_BYTES + 1} characters, over ${MAX_BODY_BYTES}; not read` },
    ]);
    assert.deepEqual(await problems(new Uint8Array([0x7b, 0xff, 0x7d])), [{ path: 'body', message: 'not valid UTF-8' }]);
    assert.match((await problems('['.repeat(100)))[0]!.message, /nesting deeper than 32 levels/);
    assert.match((await problems('{"user_key": "a",}'))[0]!.message, /^not JSON: expected a key at character 17$/);
    assert.deepEqual(await problems('[1]'), [{ path: 'body', message: 'not a JSON object' }]);
    assert.deepEqual(await problems(42), [{ path: 'body', message: 'expected JSON text, bytes or an object, got number' }]);
    assert.deepEqual(await problems('{"reference": "p=a", "user_key": ["x"], "time": "soon"}'), [
      { path: 'reference', message: 'expected an object, got text "p=a"' },
      { path: 'user_key', message: 'expected text, got an array' },
      { path: 'time', message: 'expected an integer, got text "soon"' },
    ]);
    assert.deepEqual(await problems('{"reference": {"extra": "p=a;r=<b>1</b>;hello"}}'), [
      { path: 'reference.extra', message: "not in the kit's key=value form: hello" },
      { path: 'reference.extra', message: 'the ticket (r=) is not a ticket: at most 16 letters, digits, _ or -' },
    ]);
  });

  it('leaves __proto__ keys out and the prototype untouched', async () => {
    const result = await readReference('{"__proto__": {"polluted": 1}, "reference": {"__proto__": {"extra": "m=ADMIN"}, "extra": "p=a"}}');
    assert.deepEqual(result.context, { placement: 'a' });
    assert.equal(result.problems.filter((problem) => problem.message === 'a "__proto__" key was left out').length, 2);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('keeps a numeric session_id beyond 2^53 exact, and says when a parsed object already lost it', async () => {
    assert.equal((await readReference('{"session_id": 1689884130894833200}')).sessionId, '1689884130894833200');
    const parsed = await readReference({ session_id: 1689884130894833200 });
    assert.equal(parsed.sessionId, '1689884130894833152');
    assert.match(parsed.problems[0]!.message, /already rounded/);
  });

  it('never throws, pollutes or stalls on 10,000 hostile bodies', async () => {
    const { extra } = signContext({ placement: 'mypage', memberId: 'A1029' }, SECRET);
    const valid = referenceBody(extra);
    const key = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'reference',
      'last_reference',
      'extra',
      'time',
      'session_id',
      'toString',
    );
    const hostileJson = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.dictionary(fc.oneof(key, fc.string()), tie('value'), { maxKeys: 5 }),
        fc.array(tie('value'), { maxLength: 4 }),
      ),
    })).value;
    const body = fc.oneof(
      hostileJson.map((value) => JSON.stringify(value) ?? ''),
      hostileJson.map((value) => value),
      fc.tuple(fc.nat(valid.length), fc.string({ maxLength: 3 })).map(([at, insert]) => valid.slice(0, at) + insert + valid.slice(at + 1)),
      fc.uint8Array({ maxLength: 200 }),
      fc.nat({ max: 5000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.constantFrom(
        '1e999',
        '-0',
        '"\\ud800"',
        '{"reference":{"extra":"' + '%'.repeat(60_000) + '"}}',
        '{"a":' + '1'.repeat(70_000) + '}',
      ),
      fc.anything(),
    );
    const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).join();
    const before = prototypeKeys();
    const times: number[] = [];
    await fc.assert(
      fc.asyncProperty(body, async (hostile) => {
        const started = performance.now();
        const result = await readReference(hostile as string, { secret: SECRET });
        readMessage(hostile as string);
        times.push(performance.now() - started);
        assert.equal(typeof result.extra, 'string');
        assert.ok(Array.isArray(result.problems));
      }),
      { numRuns: 10_000 },
    );
    assert.equal(prototypeKeys(), before);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    // Bounded: 64 KiB at most, read in one pass. The figures are printed; the one limit is a
    // guard against a quadratic step (seconds on 64 KiB), far above any loaded machine's pause.
    times.sort((a, b) => a - b);
    const p99 = times[Math.floor(times.length * 0.99)]!;
    const slowest = times.at(-1)!;
    console.log(`10,000 hostile bodies: 99 % within ${p99.toFixed(2)} ms, slowest ${slowest.toFixed(1)} ms`);
    assert.ok(slowest < 1500, `the slowest body took ${slowest.toFixed(1)} ms`);
  });
});

describe('readMessage', () => {
  it('keeps serial_number exact where JSON.parse changes it', () => {
    const raw =
      '{"user_key":"Xj1bW5wlE5SR","session_id":"163755146","serial_number":1689884130894833200,"time":1689884130894,"type":"text","content":"배송 문의요"}';
    assert.equal(BigInt(JSON.parse(raw).serial_number).toString(), '1689884130894833152');
    const message = readMessage(raw);
    assert.deepEqual(
      { ...message, body: undefined },
      {
        userKey: 'Xj1bW5wlE5SR',
        sessionId: '163755146',
        serialNumber: '1689884130894833200',
        at: 1689884130894,
        type: 'text',
        content: '배송 문의요',
        body: undefined,
        problems: [],
      },
    );
    assert.equal(message.body.serial_number, '1689884130894833200');
  });

  it('reports a wrong serial_number by path', () => {
    assert.deepEqual(readMessage('{"serial_number": 1.5}').problems, [
      { path: 'serial_number', message: 'expected an integer, got number' },
    ]);
  });
});
