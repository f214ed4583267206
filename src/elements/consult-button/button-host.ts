import type { ReactiveControllerHost } from 'lit';
import type { ButtonSettings } from './button-attributes.js';

export type { ButtonSettings } from './button-attributes.js';

/** An element a controller draws into and updates: a Lit host with its render root. */
export type RenderHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The element a button controller works for, with the settings it reads (`Pick` the few a
 * part needs). The controllers take this, never the element class, so no module imports the
 * element back.
 */
export type ButtonHost<Read extends keyof ButtonSettings = keyof ButtonSettings> = RenderHost & Readonly<Pick<ButtonSettings, Read>>;
