import type { DropReason } from '../launch/context.js';

/**
 * Where the refused value would have gone: a launch from a page (`link`: the button, a
 * link, an intent) or a printed code (`print`: the CLI, the studio), whose URL ends up in
 * photos as well as logs.
 */
export type RefusalMedium = 'link' | 'print';

export interface RefusalOptions {
  /** The name to show for the field, e.g. the attribute `member-id` for `memberId`. */
  name?: string;
  /** The value as the user typed it, quoted in the message so they can find it. */
  value?: string;
  medium?: RefusalMedium;
}

/** What a message is about: the subject (name and value as shown), the field and the medium. */
export interface RefusalSubject {
  subject: string;
  field: string;
  medium: RefusalMedium;
}

/**
 * One language's words for every {@link DropReason}: a new reason does not compile until
 * each language describes it. Each message starts with the subject, so a reader knows what
 * to change.
 */
export type RefusalWords = { readonly [R in DropReason]: (about: RefusalSubject) => string };
