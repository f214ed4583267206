// Damaged text (a U+FFFD a decoder left, half of a surrogate pair) is refused wherever text comes
// in, with the field named: the codec, the launch, server rendering, printed codes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeContext } from '../../../src/core/launch/context.js';
import { buildLaunch } from '../../../src/core/launch/launch.js';
import { renderConsultButton } from '../../../src/core/launch/consult-markup.js';
import { describeRefusal } from '../../../src/core/i18n/refusals.js';
import { CodeInputErrors, resolveCode } from '../../../src/core/print/printed-code.js';
import { hasBrokenText } from '../../../src/core/text.js';

describe('damaged text', () => {
  it('is a lone surrogate or a U+FFFD; a whole pair (an emoji) is not', () => {
    for (const value of ['a\ud800b', 'a\udc00', '\ufffd', 'p=\ufffd\ufffd']) assert.ok(hasBrokenText(value), JSON.stringify(value));
    for (const value of ['poster', '똠방각하', 'a😀b']) assert.ok(!hasBrokenText(value), value);
  });

  it('is left out of extra with its own reason, named in both languages', () => {
    const result = encodeContext({ placement: 'a\ud800b', campaign: 'spring', source: '\ufffd' });
    assert.equal(result.extra, 'c=spring');
    assert.deepEqual(result.dropped, [
      { field: 'placement', reason: 'broken' },
      { field: 'source', reason: 'broken' },
    ]);
    assert.match(describeRefusal(result.dropped[0]!, 'en'), /^placement holds a character that did not decode/);
    assert.match(describeRefusal(result.dropped[0]!, 'ko'), /^placement: 읽지 못한 글자/);
  });

  it('does not break server rendering: the page renders without the damaged value', () => {
    const html = renderConsultButton({ channel: '@brand', placement: 'a\ud800b', campaign: 'spring' });
    assert.match(html, /href="https:\/\/bizmessage\.kakao\.com\/chat\/open\/@brand\?extra=c%3Dspring"/);
  });

  it('refuses a damaged event by name, before encodeURIComponent could throw', () => {
    assert.throws(() => buildLaunch({ channel: '@brand', bot: 'true', event: 'go\ud800' }), { field: 'event', message: /did not decode/ });
  });

  it('refuses a printed code whose caption or placement is damaged, naming each field', () => {
    try {
      resolveCode({ channel: '@brand', placement: 'a\ufffdb', template: 'card', caption: '\ud800', format: 'pdf' }, { locale: 'ko' });
      assert.fail('a damaged code was made');
    } catch (error) {
      assert.ok(error instanceof CodeInputErrors);
      assert.deepEqual(error.errors.map(({ field }) => field).sort(), ['caption', 'placement']);
      assert.ok(error.errors.every(({ message }) => message.includes('읽지 못한 글자')));
    }
  });
});
