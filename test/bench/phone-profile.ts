// Where a throttled first visit's main-thread time goes: a DevTools trace (self time per
// event: compile, evaluation, microtasks, style recalculation, layout, paint) and, at the same
// time, a sampled CPU profile (JavaScript self time per script and per function).
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading'];

/** What a trace event's name means, for the ones a reader of this table needs told. */
const MEANING: Record<string, string> = {
  'v8.compileModule': 'module compile',
  'v8.evaluateModule': 'module evaluation (top level)',
  'v8.compile': 'script compile',
  EvaluateScript: 'classic script',
  FunctionCall: 'JS callbacks (self)',
  RunMicrotasks: 'microtasks (Lit updates, promise chains)',
  'V8.RunMicrotasks': 'microtasks (Lit updates, promise chains)',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  ParseHTML: 'HTML parsing',
  ParseAuthorStyleSheet: 'stylesheet parsing',
  Paint: 'paint',
  PrePaint: 'pre-paint',
  HitTest: 'hit testing',
  RunTask: 'other work in tasks',
  'DocumentLoader::CommitNavigation': 'navigation commit (the page, not the button)',
  'v8.callFunction': 'JS called from the engine (self)',
  'V8.BytecodeBudgetInterrupt': 'V8 tiering (hot functions)',
  'V8.GC_SCAVENGER': 'GC',
  MinorGC: 'GC',
  MajorGC: 'GC',
};

/**
 * Self time of each event on the page's main thread (the one that parsed its HTML) until the
 * page's `working` mark, by name, and how often it ran.
 */
function selfTimes(events: TraceEvent[]): Map<string, { ms: number; count: number }> {
  const parse = events.find((event) => event.name === 'ParseHTML');
  const end = events.find((event) => event.name === 'working')?.ts ?? Infinity;
  const main = events.filter(
    (event) => event.ph === 'X' && event.dur !== undefined && event.pid === parse?.pid && event.tid === parse.tid && event.ts < end,
  );
  main.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const times = new Map<string, { ms: number; count: number }>();
  const stack: { event: TraceEvent; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= until) {
      const { event, self } = stack.pop()!;
      const entry = times.get(event.name) ?? { ms: 0, count: 0 };
      times.set(event.name, { ms: entry.ms + self / 1000, count: entry.count + 1 });
    }
  };
  for (const event of main) {
    close(event.ts);
    if (stack.length) stack.at(-1)!.self -= event.dur!;
    stack.push({ event, self: event.dur! });
  }
  close(Infinity);
  return times;
}

/** JavaScript self time per script file and per function, from a CPU profile. */
function jsTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)!;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const file = frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : `(${frame.functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    if (frame.url) {
      const name = `${frame.functionName || '(anonymous)'} ${file.split('/').at(-1)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    }
  });
  return { byFile, byFunction };
}

const top = (map: Map<string, number>, count: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);

const add = (into: Map<string, number>, key: string, ms: number) => into.set(key, (into.get(key) ?? 0) + ms);

/** One traced and profiled first visit of `path` in a fresh throttled tab from `open`, until the page says it works. */
async function traceLoad(open: () => Promise<Page>, url: string) {
  const tab = await open();
  try {
    const cdp = await tab.context().newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
    await tab.goto(url);
    const { ms } = (await tab.evaluate('window.working')) as { ms: number };
    await cdp.send('Tracing.end');
    await complete;
    const { profile } = await cdp.send('Profiler.stop');
    return { ms, events: selfTimes(events), ...jsTimes(profile as never) };
  } finally {
    await tab.context().close();
  }
}

/** Where the time of `loads` first visits of `path` goes, averaged, as printable lines. */
export async function profilePhoneLoad(open: () => Promise<Page>, origin: string, path: string, loads = 3): Promise<string[]> {
  const events = new Map<string, number>();
  const counts = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const working: number[] = [];
  for (let load = 0; load < loads; load += 1) {
    const trace = await traceLoad(open, origin + path);
    working.push(trace.ms);
    for (const [name, { ms, count }] of trace.events) {
      add(events, name, ms / loads);
      add(counts, name, count / loads);
    }
    for (const [file, ms] of trace.byFile) add(byFile, file, ms / loads);
    for (const [name, ms] of trace.byFunction) add(byFunction, name, ms / loads);
  }
  const row = ([name, ms]: [string, number]) => `  ${ms.toFixed(1).padStart(6)} ms  ${name}`;
  return [
    `\nprofile of ${path}, mean of ${loads} throttled first visits (working at ${working.map((ms) => ms.toFixed(0)).join(', ')} ms; the profiler slows them)`,
    'main-thread self time by trace event (×: times per visit)',
    ...top(events, 14).map(
      ([name, ms]) => `${row([name, ms])}  ×${counts.get(name)!.toFixed(0)}${MEANING[name] ? `  ${MEANING[name]}` : ''}`,
    ),
    `JavaScript self time by script, sampled (${path} is the page's own probe, which forces a layout)`,
    ...top(byFile, 6).map(row),
    'JavaScript self time by function, sampled',
    ...top(byFunction, 12).map(row),
  ];
}
