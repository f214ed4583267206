import type { PropertyDeclaration } from 'lit';
import type { ConsentMemory, ConsentNotice } from '../../core/launch/consent.js';
import type { MemberInfo } from './configure.js';

/** One attribute of the button: Lit's declaration, and the values it takes when they are a closed list. */
export interface ButtonAttribute extends PropertyDeclaration {
  /** The values it takes; anything else acts as the first, and is told (a `consult-warning`). */
  readonly choices?: readonly string[];
}

/** Written back to the attribute when set as a property; a default is not written out. */
const REFLECTED = { reflect: true, useDefault: true } as const;

/**
 * The button's attributes, the one table: Lit's `static properties` is this object (Lit reads
 * `attribute` and `reflect` and ignores `choices`), and from it come `ButtonSettings`, the
 * JSX/Vue/Svelte attribute types (`ConsultButtonAttributes`), the React wrapper's property
 * names and the choices the button checks. Descriptions sit on the element's class fields,
 * where the custom-elements manifest reads them; test/elements/consult-button/attribute-table
 * fails naming any place that lacks an attribute of this table.
 *
 * The look reflects (`kakao-consult-button[size=large]` matches however it was set; React 19
 * and Vue set properties); `useDefault` keeps a default from being written out as an
 * attribute, and a removed attribute brings the default back.
 */
export const BUTTON_ATTRIBUTES = {
  channel: REFLECTED,
  label: { ...REFLECTED, choices: ['short', 'long'] },
  color: { ...REFLECTED, choices: ['yellow', 'mono'] },
  size: { ...REFLECTED, choices: ['medium', 'small', 'large'] },
  shape: { ...REFLECTED, choices: ['rect', 'full', 'round'] },
  extra: {},
  placement: {},
  campaign: {},
  pageKey: { attribute: 'page-key' },
  memberId: { attribute: 'member-id' },
  memberGrade: { attribute: 'member-grade' },
  member: { attribute: false },
  ticket: {},
  configSrc: { attribute: 'config-src' },
  offlineMode: { attribute: 'offline-mode', choices: ['launch', 'disabled'] },
  analytics: {},
  kakaotalkVersion: { attribute: 'kakaotalk-version' },
  bridge: {},
  pcMode: { attribute: 'pc-mode', choices: ['choice', 'qr', 'popup'] },
  popupSize: { attribute: 'popup-size' },
  bot: {},
  event: {},
  endpoint: {},
  consent: {},
  consentText: { attribute: 'consent-text' },
  consentHref: { attribute: 'consent-href' },
  consentVersion: { attribute: 'consent-version' },
  // Storage the kit does not know keeps nothing: consent is asked every time.
  consentRemember: { attribute: 'consent-remember', choices: ['none', 'local', 'session'] },
} as const satisfies Record<string, ButtonAttribute>;

type Table = typeof BUTTON_ATTRIBUTES;
export type ButtonProperty = keyof Table;

/** Properties whose value is not a string or one of its choices. */
interface NotStrings {
  member: MemberInfo | null;
  consent: '' | 'required' | ConsentNotice;
  analytics: '' | 'datalayer';
}

/** The value type of an enumerated property: its choices (`consentRemember` is core's own type). */
type Choice<P extends ButtonProperty> = Table[P] extends { choices: readonly (infer C)[] } ? C : string;

/**
 * What the button's controllers read of it: its settings as properties hold them (attributes
 * are untrusted, so any of them may hold anything at run time). Derived from the table.
 */
export type ButtonSettings = { [P in ButtonProperty]: P extends keyof NotStrings ? NotStrings[P] : Choice<P> };

// consentRemember's choices are core's ConsentMemory: the two must not drift apart.
const _memory: ConsentMemory extends Choice<'consentRemember'> ? (Choice<'consentRemember'> extends ConsentMemory ? true : never) : never =
  true;
void _memory;

/** The attribute of a property (`pageKey` → `page-key`), or never for a property-only one (`member`). */
type AttributeOf<P extends ButtonProperty> = Table[P] extends { attribute: false }
  ? never
  : Table[P] extends { attribute: infer A extends string }
    ? A
    : P;

/** Attribute values JSX may write where the property's type says less than the attribute takes. */
interface AttributeTypes {
  consent: 'required';
  analytics: 'datalayer';
  popupSize: `${number}x${number}`;
  bot: 'true' | 'false' | 'auto';
}

/** The button's attributes by attribute name, as markup writes them: every one optional. */
export type ButtonAttributeValues = {
  [P in ButtonProperty as AttributeOf<P>]?: P extends keyof AttributeTypes ? AttributeTypes[P] : Choice<P>;
};

/**
 * The enumerated attributes that change the look, through custom states such as
 * `:state(size-small)`: all the painted button needs. They are the ones that reflect, each
 * under its property's name.
 */
export const LOOK = Object.entries(BUTTON_ATTRIBUTES).flatMap(([property, spec]) =>
  'reflect' in spec && 'choices' in spec ? [[property, spec.choices]] : [],
) as readonly (readonly [property: 'label' | 'color' | 'size' | 'shape', choices: readonly string[]])[];
