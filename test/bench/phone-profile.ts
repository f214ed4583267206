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

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'loading'];

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
  'V8.GC_SCAVENGER': 'GC',
  MinorGC: 'GC',
  MajorGC: 'GC',
};

/** Self time of each event on the busiest renderer main thread, by name, and how often it ran. */
function selfTimes(events: TraceEvent[]): Map<string, { ms: number; count: number }> {
  const mains = new Set(events.filter((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.dur === undefined || !mains.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), event]);
  }
  const total = (list: TraceEvent[]) => list.reduce((sum, event) => sum + event.dur!, 0);
  const main = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
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

/** Loads `path` in a fresh throttled tab from `open`, traced and profiled until the page says it works; returns printable lines. */
export async function profilePhoneLoad(open: () => Promise<Page>, origin: string, path: string): Promise<string[]> {
  const tab = await open();
  try {
    const cdp = await tab.context().newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
    await tab.goto(origin + path);
    const { ms } = (await tab.evaluate('window.working')) as { ms: number };
    await cdp.send('Tracing.end');
    await complete;
    const { profile } = await cdp.send('Profiler.stop');
    const times = [...selfTimes(events)].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
    const { byFile, byFunction } = jsTimes(profile as never);
    const pad = (text: string, width: number) => text.padEnd(width);
    return [
      `\nprofile of ${path} (one throttled first visit, working at ${ms.toFixed(0)} ms): main-thread self time by trace event`,
      ...times.map(([name, { ms: self, count }]) => `  ${self.toFixed(1).padStart(6)} ms  ${pad(name, 26)} ×${pad(String(count), 4)} ${MEANING[name] ?? ''}`),
      'JavaScript self time by script (sampled)',
      ...top(byFile, 6).map(([file, self]) => `  ${self.toFixed(1).padStart(6)} ms  ${file}`),
      'JavaScript self time by function (sampled)',
      ...top(byFunction, 10).map(([name, self]) => `  ${self.toFixed(1).padStart(6)} ms  ${name}`),
    ];
  } finally {
    await tab.context().close();
  }
}
