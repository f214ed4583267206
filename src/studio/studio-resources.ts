// The batch's two resources, each from the file the demo site serves, or from inside the
// single-file studio, which carries them in inert <script> blocks: the worker's code and the
// artwork font.

/** The worker's file on the demo site (rollup.config.js builds it). */
export const WORKER_URL = '/dist/studio/studio-worker.js';
const FONT_URL = '/dist/fonts/Pretendard-SemiBold.subset.woff';
/** The ids of the single file's inlined worker source and base64 font (src/build/single-file-studio.mjs writes them). */
export const INLINE_WORKER_ID = 'studio-worker-source';
export const INLINE_FONT_ID = 'studio-font';

/** Trusted Types' script-URL policy, as far as the studio uses it (lib.dom lacks the API). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(value: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/**
 * A worker's URL through a Trusted Types policy (both the demo's and the single file's CSP
 * enforce them) that accepts only the studio's worker: its file, or a Blob URL made here.
 */
function trustedWorkerUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy ??= factory?.createPolicy('kakao-consult-studio', {
    createScriptURL: (value) => {
      if (value !== WORKER_URL && !value.startsWith('blob:')) throw new TypeError(`not the studio's worker: ${value}`);
      return value;
    },
  });
  return policy ? policy.createScriptURL(url) : url;
}

/** Starts the batch worker: inlined in the single-file studio, else the demo site's file. */
export function startWorker(): Worker {
  const inline = document.getElementById(INLINE_WORKER_ID);
  const url = inline ? URL.createObjectURL(new Blob([inline.textContent ?? ''], { type: 'text/javascript' })) : WORKER_URL;
  // A TrustedScriptURL is accepted wherever a URL string is.
  return new Worker(trustedWorkerUrl(url));
}

let fontBytes: ArrayBuffer | undefined;

/** The artwork font, fetched (or read from the single file) once; a fresh copy each time, for transfer. */
export async function artworkFont(): Promise<ArrayBuffer> {
  if (!fontBytes) {
    const inline = document.getElementById(INLINE_FONT_ID);
    if (inline) {
      const binary = atob((inline.textContent ?? '').trim());
      fontBytes = Uint8Array.from(binary, (character) => character.charCodeAt(0)).buffer;
    } else {
      fontBytes = await (await fetch(FONT_URL)).arrayBuffer();
    }
  }
  return fontBytes.slice(0);
}
