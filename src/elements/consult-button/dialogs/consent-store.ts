import { consentCovers, consentKey, parseConsentRecord, type ConsentMemory, type ConsentRecord } from '../../../core/launch/consent.js';

/**
 * Keeps consent in localStorage or sessionStorage. Storage can be missing or throw (private
 * modes, blocked cookies, sandboxed frames): then consent simply is not remembered and the
 * user is asked each time, which is the safe side.
 */
function storageFor(memory: ConsentMemory): Storage | null {
  try {
    if (memory === 'local') return window.localStorage;
    if (memory === 'session') return window.sessionStorage;
  } catch {
    // Reading the property itself throws where storage is blocked.
  }
  return null;
}

/** Whether the stored consent covers this notice version. */
export function hasStoredConsent(channel: string, version: string, memory: ConsentMemory): boolean {
  try {
    return consentCovers(parseConsentRecord(storageFor(memory)?.getItem(consentKey(channel)) ?? null), version);
  } catch {
    return false;
  }
}

/** Remembers consent as the site asked; silently keeps nothing where storage fails. */
export function storeConsent(channel: string, record: ConsentRecord, memory: ConsentMemory): void {
  try {
    storageFor(memory)?.setItem(consentKey(channel), JSON.stringify(record));
  } catch {
    // Quota or blocked storage: the user will be asked again next time.
  }
}
