import { tellProblem, type Problem, type Severity } from './tell-problem.js';

/**
 * Tells each source's problem once, however often the element re-renders: a source is an
 * attribute or a check (`launch`, `popup-size`, `context:memberId`). A fix re-arms it.
 */
export class ProblemLog {
  private readonly told = new Map<string, string>();

  constructor(
    private readonly element: HTMLElement,
    /** Also hears every problem told (analytics). */
    private readonly heard?: (severity: Severity, problem: Problem) => void,
  ) {}

  /** Tells `problem` unless this source last told the same; undefined clears the source. */
  report(source: string, severity: Severity, problem: Problem | undefined, logged = false): void {
    if (!problem) {
      this.told.delete(source);
      return;
    }
    if (this.told.get(source) === problem.message) return;
    this.told.set(source, problem.message);
    tellProblem(this.element, severity, problem, logged);
    this.heard?.(severity, problem);
  }
}
