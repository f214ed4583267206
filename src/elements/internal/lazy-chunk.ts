/** A chunk imported on first need and shared; a failed import is forgotten, so the next need tries again. */
export interface LazyChunk<T> {
  /** The chunk's exports once they have loaded. */
  readonly code: T | undefined;
  /** Imports the chunk, once (again after a failure: then `retry`, a click's, may prepare for it). */
  load(retry?: boolean): Promise<T>;
}

export function lazyChunk<T>(importChunk: (retry?: boolean) => Promise<T>): LazyChunk<T> {
  let loading: Promise<T> | undefined;
  const chunk: { code: T | undefined; load(retry?: boolean): Promise<T> } = {
    code: undefined,
    load: (retry) =>
      (loading ??= importChunk(retry).then(
        (code) => (chunk.code = code),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
  return chunk;
}
