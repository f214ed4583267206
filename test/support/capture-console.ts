type Kind = 'error' | 'warn';

/** Collects console output of the given kinds while a test runs, instead of printing it; `restore()` puts the console back. */
export function captureConsole(...kinds: [Kind, ...Kind[]]) {
  const originals = kinds.map((kind) => [kind, console[kind]] as const);
  const lines: string[] = [];
  for (const kind of kinds) console[kind] = (...args: unknown[]) => lines.push(args.join(' '));
  return { lines, restore: () => originals.forEach(([kind, original]) => (console[kind] = original)) };
}
