import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The module map: each module and the modules it may import (imports point down only). `testing` sits beside the
 * domain modules and builds on the lower ones.
 */
const ALLOWED = {
  core: [],
  calendar: ['core'],
  directories: ['core', 'calendar'],
  draw: ['core'],
  beacon: ['core'],
  assign: ['core', 'draw'],
  sampling: ['core', 'calendar', 'directories', 'draw', 'assign'],
  workflow: ['core', 'calendar', 'directories', 'draw', 'assign', 'sampling'],
  accountability: ['core', 'calendar', 'directories', 'draw', 'assign', 'sampling', 'workflow'],
  testing: ['core', 'calendar', 'directories', 'draw', 'assign', 'sampling'],
} as const satisfies Record<string, readonly string[]>;

/** The one file besides an index that other modules may import: what core shares with them but not with hosts. */
const INTERNAL_FACES = ['core/internal.ts'];

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../src');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const SPECIFIER =
  /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of a file, resolved to a path under `src/` (`a/b.ts`), type-only imports included. */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(SRC, normalize(join(dirname(file), s.replace(/\.js$/, '.ts')))));

const graph = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f), importsOf(f)]));
const moduleOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '(root)');

/** Each import that crosses into another module other than through its `index.ts`, or upwards. */
const boundaryViolations = (g: ReadonlyMap<string, readonly string[]>): string[] => {
  const bad: string[] = [];
  for (const [from, targets] of g) {
    const m = moduleOf(from);
    if (m === '(root)') continue;
    const allowed: readonly string[] = ALLOWED[m as keyof typeof ALLOWED] ?? [];
    for (const to of targets) {
      const n = moduleOf(to);
      if (n === m) continue;
      if (to !== `${n}/index.ts` && !INTERNAL_FACES.includes(to))
        bad.push(`${from} -> ${to}: not through ${n}/index.ts`);
      if (!allowed.includes(n)) bad.push(`${from} -> ${to}: ${m} may not import ${n}`);
    }
  }
  return bad;
};

/** Every cycle a depth-first walk meets, as `a -> b -> a`. */
const findCycles = (g: ReadonlyMap<string, readonly string[]>): string[] => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of g.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of g.keys()) if (!state.has(file)) visit(file);
  return cycles;
};

describe('the import graph of src/', () => {
  it('knows every module folder', () => {
    const modules = new Set([...graph.keys()].map(moduleOf));
    modules.delete('(root)');
    expect([...modules].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([from, to]) =>
      to.filter((t) => !graph.has(t)).map((t) => `${from} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('crosses a module boundary only through the other module’s index.ts, and only downwards', () => {
    expect(boundaryViolations(graph)).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('reports a cycle, a deep import and an upward import in a graph that has them', () => {
    const bad = new Map([
      ['workflow/pre-check.ts', ['workflow/step-inputs.ts', 'draw/seed.ts']],
      ['workflow/step-inputs.ts', ['workflow/pre-check.ts']],
      ['core/bytes.ts', ['draw/index.ts']],
      ['draw/seed.ts', []],
      ['draw/index.ts', []],
    ]);
    expect(findCycles(bad)).toEqual([
      'workflow/pre-check.ts -> workflow/step-inputs.ts -> workflow/pre-check.ts',
    ]);
    expect(boundaryViolations(bad)).toEqual([
      'workflow/pre-check.ts -> draw/seed.ts: not through draw/index.ts',
      'core/bytes.ts -> draw/index.ts: core may not import draw',
    ]);
    expect(graph.get('workflow/pre-check.ts')).toContain('workflow/draw-replacement.ts');
  });
});
