// A plain React server-rendering example: `renderToString` of the React wrapper, next to the
// framework-free `renderConsultButton`. The demo server serves it as /server-rendered.html;
// the buttons paint and work (as links to the GET launch) before, and without, JavaScript.
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { KakaoConsultButton } from '../dist/react/index.js';
import { renderConsultButton } from '../dist/ssr.js';

/** The page as the server sends it. */
export function serverRenderedPage() {
  const app = renderToString(
    h(
      'main',
      null,
      h('h1', null, 'Server-rendered · 서버 렌더링'),
      h('p', null, h(KakaoConsultButton, { channel: '@mybrand', placement: 'ssr_react', 'data-demo': 'react' })),
    ),
  );
  const plain = renderConsultButton({ channel: '@mybrand', placement: 'ssr_plain', label: 'long', size: 'large', 'data-demo': 'plain' });
  return `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>kakao-consult-button · server-rendered</title>
    <link rel="stylesheet" href="/dist/kakao-consult-button.css" />
    <link rel="stylesheet" href="demo.css" />
    <script type="module" src="/dist/kakao-consult-button.min.js"></script>
  </head>
  <body>
    <div id="app">${app}</div>
    <p>${plain}</p>
  </body>
</html>
`;
}
