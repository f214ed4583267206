/**
 * The elements' tags typed in each framework's templates, from the main entry's types with no
 * extra step: React 19 (its `react` JSX namespace), Preact, Solid, Vue (`GlobalComponents`)
 * and Svelte (`svelte/elements`). Every typing is the attribute types of ./jsx.ts, so a new
 * attribute reaches them all.
 *
 * A project without one of these frameworks is not broken by its block: TypeScript leaves an
 * augmentation of a module it cannot find alone, and inside each block a name resolves to the
 * framework's own type first (React's `HTMLAttributes`, Vue's `DefineComponent`, …) and to the
 * stand-ins below only when that framework is missing.
 */
// Written as a declaration file and copied to dist/ as it is: TypeScript's declaration output
// would resolve these names to the installed frameworks' types and refuse them.
import type { ConsultButtonAttributes, ConsultQrAttributes } from './jsx.js';

/** Stand-in for a framework's own element attributes, where that framework is not installed. */
export type HTMLAttributes<Element> = { ref?: Element };
/** Stand-in for React's `DetailedHTMLProps`, where React is not installed. */
export type DetailedHTMLProps<Attributes, Element> = Attributes & { ref?: Element };
/**
 * A plain `HTMLElement` tag's attributes in a JSX whose names this file cannot reach (Preact
 * re-exports its `HTMLAttributes` with `export *`, which an augmentation does not see): those
 * of `<abbr>`, typed as a plain `HTMLElement` in every JSX; none where the framework is missing.
 */
export type PlainElementAttributes<Elements> = Elements extends { abbr: infer Attributes } ? Attributes : object;

/**
 * A tag as Vue's templates check it (vue-tsc): a component whose props are the attributes.
 * Structural, as Vue's own `DefineComponent` is re-exported with `export *`, which an
 * augmentation's names do not reach.
 */
export type VueElement<Attributes> = new () => { $props: Omit<Attributes, 'children' | 'className'> & CamelCased<Attributes> };

/** `page-key` → `pageKey`: Vue's templates check an attribute written in kebab case as the camel-cased prop. */
export type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : Name;

/** The attributes with dashes, camel-cased (`data-test` is checked as `dataTest`). */
export type CamelCased<Attributes> = {
  [Name in keyof Attributes as Name extends `${string}-${string}` ? Camel<Name & string> : never]: Attributes[Name];
} & {
  [data: `data${string}`]: unknown;
  [aria: `aria${string}`]: unknown;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // React's own attributes intersect with ours, so `color` narrows to the button's choices.
      'kakao-consult-button': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & ConsultButtonAttributes;
      'kakao-consult-qr': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & ConsultQrAttributes;
    }
  }
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'kakao-consult-button': PlainElementAttributes<IntrinsicElements> & ConsultButtonAttributes;
      'kakao-consult-qr': PlainElementAttributes<IntrinsicElements> & ConsultQrAttributes;
    }
  }
}

// Solid's `JSX` is declared in the module its JSX runtime names (`solid-js` re-exports it).
declare module 'solid-js/jsx-runtime' {
  namespace JSX {
    interface IntrinsicElements {
      'kakao-consult-button': HTMLAttributes<HTMLElement> & ConsultButtonAttributes;
      'kakao-consult-qr': HTMLAttributes<HTMLElement> & ConsultQrAttributes;
    }
  }
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'kakao-consult-button': HTMLAttributes<HTMLElement> & ConsultButtonAttributes;
    'kakao-consult-qr': HTMLAttributes<HTMLElement> & ConsultQrAttributes;
  }
}

declare module 'vue' {
  interface GlobalComponents {
    'kakao-consult-button': VueElement<ConsultButtonAttributes>;
    'kakao-consult-qr': VueElement<ConsultQrAttributes>;
  }
}
