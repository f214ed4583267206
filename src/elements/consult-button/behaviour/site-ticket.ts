import type { ContextFields } from '../../../core/launch/context.js';
import { ConsultInputError } from '../../../core/errors.js';
import { clip } from '../../../core/text.js';
import { siteOptions } from '../configure.js';

/**
 * The button's ticket from `configure({ ticket })`: asked when the button connects (and after
 * each `configure()`), so a click finds it ready and keeps its user gesture.
 */
export class SiteTicket {
  /** The site's answer for this button, once it gave one. */
  value: string | undefined;
  /** True while the site's ticket source has not answered. */
  pending = false;
  private asking: Promise<void> = Promise.resolve();

  constructor(
    private readonly onProblem: (problem: ConsultInputError) => void,
    /** The answer arrived: the button checks it (a refused ticket is told before any click). */
    private readonly onAnswer: () => void,
  ) {}

  /** Asks the site's ticket source, if it has one, for this context (read only then: most sites have none). */
  ask(contextNow: () => ContextFields): void {
    const source = siteOptions().ticket;
    this.value = undefined;
    if (!source) {
      this.pending = false;
      return;
    }
    this.pending = true;
    // Only what is set: a ticket service should not have to tell "" from undefined.
    const given = Object.fromEntries(Object.entries(contextNow()).filter(([, value]) => value)) as ContextFields;
    const asking = Promise.resolve()
      .then(() => source(given))
      .then(
        (answer) => {
          if (answer == null || answer === '') return;
          if (typeof answer === 'string') this.value = answer;
          else this.fail(`gave ${typeof answer} "${clip(String(answer))}", not a string`);
        },
        (error: unknown) => this.fail(`failed (${String(error)})`),
      )
      .finally(() => {
        if (this.asking !== asking) return;
        this.pending = false;
        this.onAnswer();
      });
    this.asking = asking;
  }

  private fail(what: string): void {
    this.onProblem(new ConsultInputError('ticket', `configure({ ticket }) ${what}; launching without a ticket.`));
  }

  settled(): Promise<void> {
    return this.asking;
  }
}
