/** A chunk imported on first need and shared; a failed import is forgotten, so the next need tries again. */
export interface LazyChunk<T> {
  /** The chunk's exports once they have loaded. */
  readonly code: T | undefined;
  /** Imports the chunk, once (again after a failure). */
  load(): Promise<T>;
}

/** `bundled`: the chunk's exports when the page's script carries them already (never imported then). */
export function lazyChunk<T>(importChunk: () => Promise<T>, bundled?: T): LazyChunk<T> {
  let loading: Promise<T> | undefined = bundled && Promise.resolve(bundled);
  const chunk: { code: T | undefined; load(): Promise<T> } = {
    code: bundled,
    load: () =>
      (loading ??= importChunk().then(
        (code) => (chunk.code = code),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return chunk;
}
