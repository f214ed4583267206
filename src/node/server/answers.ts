/** Small responses every handler gives the same way: plain text, never cached, never sniffed. */
const COMMON = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** A plain-text answer, for 4xx and the like. */
export function textAnswer(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, { status, headers: { ...COMMON, 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}

/** A JSON answer. */
export function jsonAnswer(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), { status, headers: { ...COMMON, 'Content-Type': 'application/json; charset=utf-8' } });
}

/** A redirect to `location`, never cached, so every scan reaches the server and is counted. */
export function redirectAnswer(location: string): Response {
  return new Response(null, { status: 302, headers: { ...COMMON, Location: location } });
}

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>찾을 수 없는 코드 · Code not found</title>
</head>
<body>
<h1>찾을 수 없는 코드예요</h1>
<p>이 QR 코드의 주소를 알 수 없어요. 인쇄물의 코드를 다시 찍어 보시거나, 가게에 문의해 주세요.</p>
<h1 lang="en">Code not found</h1>
<p lang="en">This QR code's address is not known here. Try scanning the printed code again, or ask the shop.</p>
</body>
</html>
`;

/**
 * The 404 page for an unknown or malformed scan path, in Korean and English. It never repeats
 * the path, so nothing a visitor sends comes back as markup.
 */
export function notFoundAnswer(method: string): Response {
  return new Response(method === 'HEAD' ? null : NOT_FOUND_PAGE, {
    status: 404,
    headers: { ...COMMON, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
  });
}
