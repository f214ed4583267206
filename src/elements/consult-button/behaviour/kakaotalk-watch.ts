/** How long a phone launch may leave the page visible before the not-installed help shows. */
const NOT_OPENED_AFTER_MS = 1500;

/**
 * KakaoTalk taking over hides the page. If it is still visible 1.5 s after a phone launch,
 * KakaoTalk is most likely not installed (or too old): `notOpened` runs, and the button
 * offers the store and a retry. Returns the function that stops watching.
 */
export function watchForKakaoTalk(notOpened: () => void): () => void {
  const left = () => stop();
  const timer = setTimeout(() => {
    stop();
    if (document.visibilityState === 'visible') notOpened();
  }, NOT_OPENED_AFTER_MS);
  const stop = () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', left);
    window.removeEventListener('pagehide', left);
  };
  document.addEventListener('visibilitychange', left);
  window.addEventListener('pagehide', left);
  return stop;
}
