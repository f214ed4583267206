// The house rules on imports, checked on the source: core imports neither elements nor node,
// elements and node never import each other, and no module imports itself back through others.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

// Static and dynamic imports and re-exports of relative modules; `import type` is erased and
// cannot make a cycle at run time, but a type-only circle still couples files, so it counts too.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g;

/** Each source file (relative to src/) and the source files it imports. */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((match) => {
      const specifier = (match[1] ?? match[2] ?? match[3])!;
      return relative(SRC, resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    });
    edges.set(relative(SRC, file), targets);
  }
  return edges;
}

/** One import circle, as a path that returns to its start, or undefined. */
export function findCycle(edges: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

it('finds an import circle when there is one (the check can fail)', () => {
  const edges = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
  ]);
  assert.deepEqual(findCycle(edges), ['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  assert.equal(
    findCycle(
      new Map([
        ['a.ts', ['b.ts']],
        ['b.ts', []],
      ]),
    ),
    undefined,
  );
});

it('has no import circle anywhere in src/', () => {
  const edges = graph();
  assert.ok(edges.size > 50, `read ${edges.size} files`);
  assert.equal(findCycle(edges)?.join(' → '), undefined);
});

it('keeps core free of elements and node, and elements and node apart', () => {
  const crossings: string[] = [];
  for (const [file, targets] of graph()) {
    const layer = file.split('/')[0];
    for (const target of targets) {
      const to = target.split('/')[0];
      const forbidden =
        (layer === 'core' && to !== 'core') || (layer === 'elements' && to === 'node') || (layer === 'node' && to === 'elements');
      if (forbidden) crossings.push(`${file} → ${target}`);
    }
  }
  assert.deepEqual(crossings, []);
});
