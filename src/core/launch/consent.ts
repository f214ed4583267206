/** Where a granted consent is kept: across visits, for this tab's session, or not at all. */
export type ConsentMemory = 'local' | 'session' | 'none';

/** What the site can log as its proof of consent. */
export interface ConsentRecord {
  /** The notice version the user agreed to (`consent-version`). */
  version: string;
  /** When, as an ISO 8601 instant. */
  at: string;
}

/** The notice a site shows before the consult. Plain text; the kit never renders it as HTML. */
export interface ConsentNotice {
  /** Why member data is collected, e.g. "상담 문의 처리". */
  purpose?: string;
  /** What is collected, e.g. "회원번호, 회원등급, 상담 내용". */
  items?: string;
  /** How long it is kept, e.g. "상담 종료 후 3년". */
  retention?: string;
  /** Who processes it, e.g. "카카오, (주)상담딜러". */
  processors?: string;
  /** A link to the full privacy policy (https, or a path on the site). */
  href?: string;
  /** The notice's version; a new version asks everyone again. */
  version?: string;
}

/** The storage key for one channel's consent; the storage itself is per site. */
export function consentKey(channel: string): string {
  return `kakao-consult-button:consent:${channel}`;
}

/** Reads a stored record; anything malformed counts as no consent. */
export function parseConsentRecord(raw: string | null): ConsentRecord | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    const record = value as Partial<ConsentRecord>;
    return typeof record?.version === 'string' && typeof record.at === 'string' ? { version: record.version, at: record.at } : null;
  } catch {
    return null;
  }
}

/** A record covers a notice only when it was given for that very version. */
export function consentCovers(record: ConsentRecord | null, version: string): boolean {
  return record !== null && record.version === version;
}
