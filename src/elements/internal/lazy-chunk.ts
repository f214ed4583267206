/** A chunk imported on first need and shared; a failed import is forgotten, so the next need tries again. */
export interface LazyChunk<T> {
  /** The chunk's exports once they have loaded, or once a script that carries them has set them. */
  code: T | undefined;
  /** Imports the chunk, once (again after a failure). */
  load(): Promise<T>;
}

export function lazyChunk<T>(importChunk: () => Promise<T>): LazyChunk<T> {
  let loading: Promise<T> | undefined;
  const chunk: LazyChunk<T> = {
    code: undefined,
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
