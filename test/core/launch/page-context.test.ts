import { expect } from '@open-wc/testing';
import { pageContext } from '../../../src/core/launch/page-context.js';

describe('pageContext', () => {
  const cases: [string, string, string, ReturnType<typeof pageContext>][] = [
    [
      'utm values win over the referrer',
      'https://shop.example/p/1?utm_source=naver&utm_campaign=spring26',
      'https://www.google.com/',
      { page: '/p/1', source: 'naver', campaign: 'spring26' },
    ],
    [
      'referrer host without www. or m.',
      'https://shop.example/',
      'https://m.search.naver.com/search.naver?query=x',
      { page: '/', source: 'search.naver.com' },
    ],
    ['www. is dropped', 'https://shop.example/a', 'https://www.instagram.com/', { page: '/a', source: 'instagram.com' }],
    ['own site is no source', 'https://shop.example/cart', 'https://shop.example/product/9', { page: '/cart' }],
    ['no referrer', 'https://shop.example/cart', '', { page: '/cart' }],
    ['non-web referrer ignored', 'https://shop.example/', 'android-app://com.kakao.talk/', { page: '/' }],
    ['Korean campaign decoded', 'https://shop.example/?utm_campaign=%EB%B4%84%EC%84%B8%EC%9D%BC', '', { page: '/', campaign: '봄세일' }],
    [
      'blank utm values ignored',
      'https://shop.example/?utm_source=%20&utm_campaign=',
      'https://daum.net/',
      { page: '/', source: 'daum.net' },
    ],
    ['garbage page URL', 'not a url', 'https://naver.com/', {}],
  ];
  for (const [name, page, referrer, expected] of cases) {
    it(name, () => {
      expect(pageContext(page, referrer)).to.deep.equal(expected);
    });
  }
});
