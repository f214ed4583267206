import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { encodeContext, parseExtra, type ContextFields } from '../../../src/core/launch/context.js';
import { findPersonalData } from '../../../src/core/launch/privacy.js';
import { charCount } from '../../../src/core/text.js';

/** A field's value as given, by its name in the encode report (`placement`, `custom.color`). */
function given(fields: ContextFields, name: string): string {
  const value = name.startsWith('custom.') ? fields.custom![name.slice(7)] : fields[name as Exclude<keyof ContextFields, 'custom'>];
  return String(value);
}

/** A field's value as the agent reads it back. */
function decoded(fields: ContextFields, name: string): string | undefined {
  return name.startsWith('custom.')
    ? fields.custom?.[name.slice(7)]
    : (fields[name as Exclude<keyof ContextFields, 'custom'>] as string | undefined);
}

describe('encodeContext', () => {
  const everything = {
    page: '/product/123',
    memberGrade: 'VIP',
    memberId: 'A1029',
    source: 'naver',
    campaign: 'spring26',
    placement: 'home_banner',
  };

  it('packs a ticket at member priority under its own key, and reads it back', () => {
    const result = encodeContext({ ...everything, ticket: 'Tk_9f2-A' }, { budget: 80 });
    expect(result.extra).to.equal('p=home_banner;c=spring26;s=naver;r=Tk_9f2-A;m=A1029;g=VIP;k=/product/123');
    expect(parseExtra(result.extra).fields.ticket).to.equal('Tk_9f2-A');
  });

  it('refuses a ticket that is not a short opaque token', () => {
    for (const ticket of ['x'.repeat(17), 'has space', 'a;b', '티켓']) {
      expect(encodeContext({ ticket }).dropped, ticket).to.deep.equal([{ field: 'ticket', reason: 'invalid' }]);
    }
    expect(encodeContext({ ticket: '4111111111111111' }).dropped).to.deep.equal([{ field: 'ticket', reason: 'card-number' }]);
  });

  it('packs every field with its short key, in priority order', () => {
    const result = encodeContext(everything, { budget: 80 });
    expect(result.extra).to.equal('p=home_banner;c=spring26;s=naver;m=A1029;g=VIP;k=/product/123');
    expect(result.kept).to.deep.equal(['placement', 'campaign', 'source', 'memberId', 'memberGrade', 'page']);
    expect(result.dropped).to.deep.equal([]);
    expect(result.shortened).to.deep.equal([]);
  });

  it('drops the lowest priority field when 50 characters cannot hold it', () => {
    const result = encodeContext(everything);
    expect(result.extra).to.equal('p=home_banner;c=spring26;s=naver;m=A1029;g=VIP');
    expect(result.dropped).to.deep.equal([{ field: 'page', reason: 'budget' }]);
  });

  it('keeps Korean as is and counts it one character a syllable', () => {
    const result = encodeContext({ placement: '메인배너', campaign: '봄맞이세일' });
    expect(result.extra).to.equal('p=메인배너;c=봄맞이세일');
    expect(charCount(result.extra)).to.equal(14);
  });

  it('puts custom key/values last, and refuses keys that could pass for built-in ones', () => {
    const result = encodeContext({ placement: 'a', custom: { color: 'red', x: 'forged', 'bad key': 'v', order_no: '77' } });
    expect(result.extra).to.equal('p=a;color=red;order_no=77');
    expect(result.dropped).to.deep.equal([
      { field: 'custom.x', reason: 'invalid' },
      { field: 'custom.bad key', reason: 'invalid' },
    ]);
  });

  it('escapes reserved characters so a value cannot forge another field or a signature', () => {
    const result = encodeContext({ placement: 'a;m=ADMIN', campaign: 'x=y~z%' });
    expect(result.extra).to.equal('p=a%3Bm%3DADMIN;c=x%3Dy%7Ez%25');
    expect(parseExtra(result.extra).fields).to.deep.equal({ placement: 'a;m=ADMIN', campaign: 'x=y~z%' });
    expect(parseExtra(result.extra).signature).to.equal(undefined);
  });

  it('cuts a label that does not fit, marking it with …', () => {
    const result = encodeContext({ placement: 'home', campaign: 'a-very-long-campaign-name-for-the-spring-sale-2026' });
    expect(result.extra).to.equal('p=home;c=a-very-long-campaign-name-for-the-spring…');
    expect(charCount(result.extra)).to.equal(50);
    expect(result.shortened).to.deep.equal(['campaign']);
    expect(parseExtra(result.extra).shortened).to.deep.equal(['campaign']);
  });

  it('never cuts a member ID: it drops it, and smaller fields after it still fit', () => {
    const result = encodeContext({ placement: 'p'.repeat(30), memberId: 'M'.repeat(20), memberGrade: 'VIP' }, { budget: 50 });
    expect(result.extra).to.equal(`p=${'p'.repeat(30)};g=VIP`);
    expect(result.dropped).to.deep.equal([{ field: 'memberId', reason: 'budget' }]);
  });

  it('never cuts inside an escape sequence or a surrogate pair', () => {
    const escaped = encodeContext({ placement: 'ab;;;;;;' }, { budget: 10 });
    expect(escaped.extra).to.equal('p=ab%3B…');
    const emoji = encodeContext({ placement: 'ab😀😀😀' }, { budget: 8 });
    expect(emoji.extra).to.equal('p=ab😀…');
    expect(parseExtra(emoji.extra).fields.placement).to.equal('ab😀…');
  });

  it('drops personal data, naming the kind', () => {
    const result = encodeContext({
      placement: 'home',
      memberId: '010-1234-5678',
      memberGrade: 'kim@example.com',
      page: '/orders/900101-1234567',
      custom: { card: '4111111111111111' },
    });
    expect(result.extra).to.equal('p=home');
    expect(result.dropped).to.deep.equal([
      { field: 'memberId', reason: 'phone' },
      { field: 'memberGrade', reason: 'email' },
      { field: 'page', reason: 'resident-number' },
      { field: 'custom.card', reason: 'card-number' },
    ]);
  });

  it('refuses control and bidi characters, takes numbers, ignores blanks', () => {
    const result = encodeContext({ placement: 'a\u202eb', memberId: 1029 as unknown as string, campaign: '  ', source: '' });
    expect(result.extra).to.equal('m=1029');
    expect(result.dropped).to.deep.equal([{ field: 'placement', reason: 'invalid' }]);
  });

  it('refuses markup and values too long to be context', () => {
    const result = encodeContext({ placement: '<img src=x onerror=alert(1)>', campaign: 'x'.repeat(257), source: 'y'.repeat(256) });
    expect(result.dropped).to.deep.equal([
      { field: 'placement', reason: 'markup' },
      { field: 'campaign', reason: 'too-long' },
    ]);
    expect(result.shortened).to.deep.equal(['source']);
  });

  it('honours a smaller budget', () => {
    expect(encodeContext({ placement: 'home_banner', campaign: 'spring' }, { budget: 13 }).extra).to.equal('p=home_banner');
    expect(encodeContext({ placement: 'home_banner' }, { budget: 4 }).extra).to.equal('');
  });

  it('writes an expiry first when asked', () => {
    const result = encodeContext({ placement: 'a' }, { expiresAt: Date.UTC(2026, 10, 25) });
    expect(result.extra).to.equal(`t=${(Date.UTC(2026, 10, 25) / 1000).toString(36)};p=a`);
    expect(parseExtra(result.extra).expiresAt).to.equal(Date.UTC(2026, 10, 25));
  });
});

describe('parseExtra', () => {
  it('reads fields, custom values and a signature', () => {
    expect(parseExtra('p=home;m=A1029;color=red~AbCd_-12')).to.deep.equal({
      fields: { placement: 'home', memberId: 'A1029', custom: { color: 'red' } },
      shortened: [],
      unknown: [],
      signature: 'AbCd_-12',
    });
  });

  it('keeps what it does not understand aside instead of guessing', () => {
    expect(parseExtra('path_12__bid_1__mid_5').unknown).to.deep.equal(['path_12__bid_1__mid_5']);
    expect(parseExtra('[{"acrcUserId":""}]').unknown).to.deep.equal(['[{"acrcUserId":""}]']);
    expect(parseExtra('TCK_M')).to.deep.equal({ fields: {}, shortened: [], unknown: ['TCK_M'] });
    expect(parseExtra('=x;x=1;t=zz!').unknown).to.deep.equal(['=x', 'x=1', 't=zz!']);
  });

  it('never throws on garbage', () => {
    for (const value of ['', ';;;', '%', '%ZZ', '~', '=', undefined as unknown as string, 42 as unknown as string]) {
      expect(() => parseExtra(value)).not.to.throw();
    }
  });
});

describe('the codec, on random field sets', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.stringMatching(/^[가-힣a-z0-9_;=~%…]{1,40}$/),
    fc.constantFrom('010-1234-5678', 'a@b.co', '900101-1234567', '4111 1111 1111 1111', 'home', '메인배너'),
  );
  const fields = fc.record(
    {
      placement: text,
      campaign: text,
      source: text,
      memberId: text,
      memberGrade: text,
      page: text,
      custom: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9_ ]{1,18}$/), text, { maxKeys: 4 }),
    },
    { requiredKeys: [] },
  );
  const budget = fc.integer({ min: 1, max: 120 });

  it('stays within the budget, decodes to exactly the kept fields and never carries personal data (10,000 runs)', () => {
    fc.assert(
      fc.property(fields, budget, (input, limit) => {
        const result = encodeContext(input, { budget: limit });
        expect(charCount(result.extra)).to.be.at.most(limit);
        expect(findPersonalData(result.extra)).to.equal(null);

        const parsed = parseExtra(result.extra);
        expect(parsed.unknown).to.deep.equal([]);
        expect(parsed.signature).to.equal(undefined);
        const decodedNames = [
          ...Object.keys(parsed.fields).filter((key) => key !== 'custom'),
          ...Object.keys(parsed.fields.custom ?? {}).map((key) => `custom.${key}`),
        ];
        expect(decodedNames.sort()).to.deep.equal([...result.kept].sort());
        for (const name of result.kept) {
          const value = decoded(parsed.fields, name)!;
          if (result.shortened.includes(name)) {
            expect(value.endsWith('…')).to.equal(true);
            expect(given(input, name).startsWith(value.slice(0, -1))).to.equal(true);
          } else {
            expect(value).to.equal(given(input, name));
          }
        }
        expect(encodeContext(input, { budget: limit })).to.deep.equal(result, 'deterministic');
      }),
      { numRuns: 10_000 },
    );
  });
});
