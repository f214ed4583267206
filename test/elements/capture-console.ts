/** Collects console output of one kind while a test runs, instead of printing it; `restore()` puts the console back. */
export function captureConsole(kind: 'error' | 'warn') {
  const original = console[kind];
  const lines: string[] = [];
  console[kind] = (...args: unknown[]) => lines.push(args.join(' '));
  return { lines, restore: () => (console[kind] = original) };
}
