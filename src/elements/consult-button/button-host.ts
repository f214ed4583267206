import type { ReactiveControllerHost } from 'lit';
import type { ConsentMemory, ConsentNotice } from '../../core/launch/consent.js';
import type { PcMode } from '../../core/launch/launch-plan.js';
import type { MemberInfo } from './configure.js';

/**
 * What the button's controllers read of it: its settings as properties hold them (attributes
 * are untrusted, so any of them may hold anything at run time). The controllers take this,
 * never the element class, so no module imports the element back.
 */
export interface ButtonSettings {
  channel: string;
  label: string;
  color: string;
  size: string;
  shape: string;
  extra: string;
  placement: string;
  campaign: string;
  pageKey: string;
  memberId: string;
  memberGrade: string;
  member: MemberInfo | null;
  ticket: string;
  configSrc: string;
  offlineMode: 'launch' | 'disabled';
  analytics: '' | 'datalayer';
  kakaotalkVersion: string;
  bridge: string;
  pcMode: PcMode;
  popupSize: string;
  bot: string;
  event: string;
  endpoint: string;
  consent: '' | 'required' | ConsentNotice;
  consentText: string;
  consentHref: string;
  consentVersion: string;
  consentRemember: ConsentMemory;
}

/** The element a button controller works for: a Lit host with a shadow root and the settings. */
export type ButtonHost = ReactiveControllerHost & HTMLElement & ButtonSettings & { readonly renderRoot: HTMLElement | DocumentFragment };
