/**
 * The button's box per size, shared by its shadow styles and by the pre-upgrade stylesheet
 * (`dist/kakao-consult-button.css`), so a page that loads the script late reserves exactly
 * the box the element will take: no layout shift on upgrade. Plain data and strings, no Lit,
 * so the build can evaluate it in Node.
 */
export const SIZES = ['small', 'medium', 'large'] as const;
export type ButtonSize = (typeof SIZES)[number];

/** Each size's lengths in px, named as the custom properties they become (`height` → `--_height`). */
interface SizeMetrics {
  /** Button height; Kakao's standard button is 45 px high with a 12 px radius. */
  height: number;
  radius: number;
  font: number;
  symbol: number;
  padding: number;
  gap: number;
  /**
   * Minimum widths, wide enough for either locale's label in common fonts, so the box the
   * page reserves is the box the button takes; an unusually wide font can still grow it.
   */
  short: number;
  long: number;
  /** Diameter of the round floating launcher. */
  round: number;
}

export const METRICS: Record<ButtonSize, SizeMetrics> = {
  small: { height: 36, radius: 10, font: 13, symbol: 16, padding: 12, gap: 6, short: 108, long: 216, round: 48 },
  medium: { height: 45, radius: 12, font: 15, symbol: 18, padding: 16, gap: 8, short: 128, long: 240, round: 56 },
  large: { height: 54, radius: 14, font: 17, symbol: 22, padding: 20, gap: 10, short: 152, long: 272, round: 64 },
};

/**
 * The look's attributes and the values each takes, its default first: the element's attribute
 * table has the same lists (test/core/launch/button-metrics.node.test.ts holds them equal), and
 * `kakao-consult url --html` checks its look options against these.
 */
export const LOOK_CHOICES = {
  label: ['short', 'long'],
  color: ['yellow', 'mono'],
  size: ['medium', 'small', 'large'],
  shape: ['rect', 'full', 'round'],
} as const;

/** The label's font stack. */
const FONT_STACK = "-apple-system,BlinkMacSystemFont,'Apple SD Gothic Neo','Malgun Gothic','Noto Sans KR','Noto Sans CJK KR',sans-serif";

/** An attribute and one of its values, e.g. `['size', 'small']`. */
export type HostCondition = readonly [name: string, value: string];

/**
 * The host's geometry as CSS. `host(condition)` turns an attribute value into the selector of
 * the context: a custom state `:host(:state(size-small))` in the shadow root (so properties
 * set from script style the element without reflecting to attributes), and
 * `kakao-consult-button:not(:defined)[size=small]` in the page. Medium is the default, so a
 * missing or unknown `size` falls back to it in both.
 */
export function hostGeometryCss(host: (condition?: HostCondition) => string): string {
  const perSize = (size: ButtonSize) =>
    Object.entries(METRICS[size])
      .map(([name, px]) => `--_${name}:${px}px;`)
      .join('');
  return [
    // The label's font is the host's: the shadow button (`all: unset`) and the server-drawn link inherit it.
    `${host()}{${perSize('medium')}display:inline-block;vertical-align:middle;box-sizing:border-box;min-width:var(--_short);height:var(--_height);` +
      `font-family:var(--kakao-consult-font-family,${FONT_STACK});}`,
    `${host(['size', 'small'])}{${perSize('small')}}`,
    `${host(['size', 'large'])}{${perSize('large')}}`,
    `${host(['label', 'long'])}{min-width:var(--_long);}`,
    `${host(['shape', 'full'])}{display:block;min-width:0;}`,
    `${host(['shape', 'round'])}{position:fixed;right:var(--kakao-consult-launcher-right,24px);bottom:var(--kakao-consult-launcher-bottom,24px);` +
      `z-index:var(--kakao-consult-launcher-z-index,1000);min-width:0;width:var(--_round);height:var(--_round);}`,
  ].join('\n');
}

/** What a host condition becomes when a look rules it out: its rule is left out. */
const UNUSED = '\0';

/**
 * The page-level stylesheet: it reserves each button's box until the script has loaded, and
 * paints the server-drawn (or hand-written) link inside it as the guide's button, so that
 * markup looks and works the same with JavaScript off. The element's shadow root has no slot
 * for the link: once defined, its own button takes the same box.
 *
 * With `look` (a button's attributes), only the rules a button with those attributes uses:
 * about 1.2 KB for the default look, which a page inlines in a `<style>` ahead of its drawn
 * link so that the link paints in the page's first paint, with no stylesheet to wait for
 * (`consultSnippet`). Attribute values only pick rules; none is written into the CSS.
 */
export function preUpgradeCss(tag = 'kakao-consult-button', look?: Readonly<Record<string, unknown>>): string {
  const host = (condition?: HostCondition) =>
    !condition
      ? `${tag}:not(:defined)`
      : look && String(look[condition[0]]) !== condition[1]
        ? UNUSED
        : `${tag}:not(:defined)[${condition[0]}=${condition[1]}]`;
  const link = `${host()}>a`;
  const round = `${host(['shape', 'round'])}>a`;
  const css =
    `${hostGeometryCss(host)}\n${host()}{border-radius:var(--_radius);background:#fee500;}\n` +
    `${host(['color', 'mono'])}{background:#fff;box-shadow:inset 0 0 0 1px rgba(0,0,0,.15);}\n` +
    `${host(['shape', 'round'])}{border-radius:50%;box-shadow:0 4px 12px rgba(0,0,0,.2);}\n` +
    `${link}{box-sizing:border-box;display:flex;align-items:center;justify-content:center;gap:var(--_gap);width:100%;height:100%;` +
    `padding:0 var(--_padding);border-radius:inherit;color:rgba(0,0,0,.85);font-size:var(--_font);font-weight:600;line-height:1;` +
    `white-space:nowrap;text-decoration:none;-webkit-tap-highlight-color:transparent;}\n` +
    `${link}:focus-visible{outline:3px solid var(--kakao-consult-focus-color,#1a56db);outline-offset:2px;}\n` +
    `${link}>svg{flex:none;width:var(--_symbol);height:var(--_symbol);fill:#000;}\n` +
    `${link}>span{overflow:hidden;text-overflow:ellipsis;}\n` +
    `${round}{padding:0;}\n` +
    `${round}>svg{width:calc(var(--_symbol)*1.5);height:calc(var(--_symbol)*1.5);}\n` +
    `${round}>span{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);}\n`;
  // One rule per line: the lines of rules the look ruled out go.
  return css
    .split('\n')
    .filter((rule) => !rule.includes(UNUSED))
    .join('\n');
}
