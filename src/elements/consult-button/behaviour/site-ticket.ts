import type { ContextFields } from '../../../core/launch/context.js';
import { ConsultInputError } from '../../../core/errors.js';
import { clip } from '../../../core/text.js';
import { siteOptions } from '../configure.js';

/**
 * The button's ticket from `configure({ ticket })`: asked when the button connects (and after
 * each `configure()`), so a click finds it ready and keeps its user gesture.
 */
export class SiteTicket {
  private value: string | undefined;
  private asking: Promise<void> = Promise.resolve();
  private waiting = false;

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
      this.waiting = false;
      return;
    }
    this.waiting = true;
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
        this.waiting = false;
        this.onAnswer();
      });
    this.asking = asking;
  }

  private fail(what: string): void {
    this.onProblem(new ConsultInputError('ticket', `configure({ ticket }) ${what}; launching without a ticket.`));
  }

  /** The ticket, `pending` while the source has not answered, or undefined. */
  current(): string | 'pending' | undefined {
    return this.waiting ? 'pending' : this.value;
  }

  settled(): Promise<void> {
    return this.asking;
  }
}
