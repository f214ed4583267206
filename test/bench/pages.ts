// What the page benchmarks share: the image a Kakao-style image link shows, the script that
// waits until every kit button is painted and then working, and the median they report.
import { PNG } from 'pngjs';

// The medium short button's box, so the kit and its peers lay out the same area.
export const WIDTH = 128;
export const HEIGHT = 45;
const RADIUS = 12;

/** A PNG like Kakao's consult button image: a yellow rounded box with a dark speech bubble. */
export function buttonImage(): Buffer {
  const png = new PNG({ width: WIDTH, height: HEIGHT });
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const bubble = ((x - 30) / 9) ** 2 + ((y - 22) / 8) ** 2 <= 1;
      const outside =
        Math.hypot(Math.max(RADIUS - x, x - (WIDTH - 1 - RADIUS), 0), Math.max(RADIUS - y, y - (HEIGHT - 1 - RADIUS), 0)) > RADIUS;
      png.data.set(bubble ? [0, 0, 0, 255] : [0xfe, 0xe5, 0, outside ? 0 : 255], (y * WIDTH + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

/** The image link the Kakao SDK's chat button renders, for an image at `src`. */
export const imageLink = (src: string) =>
  `<a href="https://bizmessage.kakao.com/chat/open/@brand"><img src="${src}" alt="상담하기" width="${WIDTH}" height="${HEIGHT}"></a>`;

/**
 * Page script (the body of an async function) that waits until every kit button is painted,
 * noting `window.painted`, then working (`updateComplete`), and evaluates to how many have a
 * <button>. A plain string, not a function: tsx would wrap named functions in a helper the
 * page does not have.
 */
export const KIT_SETTLE = `await customElements.whenDefined('kakao-consult-button');
    const buttons = [...document.querySelectorAll('kakao-consult-button')];
    // First renders run as microtasks, so yielding to them ends once every label is drawn.
    while (!buttons.every((button) => button.hasUpdated)) await Promise.resolve();
    document.body.offsetHeight;
    window.painted = performance.now();
    // updateComplete resolves false when another update was queued meanwhile.
    await Promise.all(buttons.map(async (button) => { while (!(await button.updateComplete)); }));
    return buttons.filter((button) => button.shadowRoot?.querySelector('button')).length;`;

/** Page script like KIT_SETTLE for image links: every image loaded and decoded. */
export const IMAGE_SETTLE = `const images = [...document.images];
    await Promise.all(images.map((image) => image.decode()));
    return images.filter((image) => image.complete && image.naturalWidth > 0).length;`;

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * How far `median(a) / median(b)` can be trusted: the middle 90 % of a bootstrap over runs.
 * `a[i]` and `b[i]` were taken side by side in run `i`, so each draw keeps them together and
 * the machine's drift between runs cancels out; the seed is fixed, so the same samples print
 * the same interval.
 */
export function ratioInterval(a: number[], b: number[], draws = 2000): [low: number, high: number] {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
  const ratios = Array.from({ length: draws }, () => {
    const runs = a.map(() => Math.floor(random() * a.length));
    return median(runs.map((run) => a[run]!)) / median(runs.map((run) => b[run]!));
  }).sort((x, y) => x - y);
  return [ratios[Math.round(0.05 * (draws - 1))]!, ratios[Math.round(0.95 * (draws - 1))]!];
}

/** A plain link with the kit's Korean label, styled inline as the medium button: the least a page can paint. */
export const staticLink = () =>
  `<a href="https://bizmessage.kakao.com/chat/open/@brand" style="display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;width:${WIDTH}px;height:${HEIGHT}px;border-radius:${RADIUS}px;background:#fee500;color:rgba(0,0,0,.85);font:600 15px/1 sans-serif;text-decoration:none">상담하기</a>`;
