/** Where a launch happens: phones and tablets open KakaoTalk directly, desktops go through PC flows. */
export type Platform = 'ios' | 'android' | 'desktop';

/**
 * Reads the platform from a user agent. `maxTouchPoints` tells iPadOS Safari in desktop mode
 * (it sends a Mac user agent) from a real Mac, which has no touch screen.
 */
export function platformOf(userAgent: string, maxTouchPoints = 0): Platform {
  const ua = typeof userAgent === 'string' ? userAgent : '';
  if (/Android/i.test(ua)) return 'android';
  if (/iPhone|iPad|iPod/i.test(ua)) return 'ios';
  if (/Macintosh/i.test(ua) && maxTouchPoints > 1) return 'ios';
  return 'desktop';
}
