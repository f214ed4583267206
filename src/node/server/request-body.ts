/** Why a body was not read: too large (413) or too slow (408). */
export class BodyRefused extends Error {
  constructor(
    readonly status: 413 | 408,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request's body up to `maxBytes`, giving up after `timeoutMs`: a declared or actual
 * size over the limit stops the read at once, so a hostile client cannot make the server
 * buffer more, and a trickling one cannot hold it open.
 *
 * @throws BodyRefused
 */
export async function readLimitedBody(request: Request, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new BodyRefused(413, `body of ${declared} bytes, over ${maxBytes}`);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyRefused(408, `body not received within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new BodyRefused(413, `body over ${maxBytes} bytes`);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
