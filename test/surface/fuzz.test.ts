import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, SsjError } from '../../src/core/index.js';
import { EXPORTED_NAMES } from './exported-names.js';
import { BAD_INPUTS } from './fuzz-battery.js';
import { KNOWN_GAPS, VALID_ARGUMENTS } from './fuzz-fixtures.js';

/**
 * Every export of every entry point, called with every bad input in every argument position (the earlier
 * positions filled with valid arguments where `VALID_ARGUMENTS` gives them). A call must throw an `SsjError` with a
 * known code and issue paths, or give a documented answer: `safe*` functions `{ success }` (with an `SsjError` when
 * false), `is*`/`has*`
 * predicates `false`. No call may take over a second (the slowest are printed; speed is the benchmarks' job), and
 * `Object.prototype` is unchanged at the end.
 */

type Outcome = 'ok' | string;
type AnyFunction = (...args: unknown[]) => unknown;
const MODULES = Object.keys(EXPORTED_NAMES) as (keyof typeof EXPORTED_NAMES)[];
const SLOW_MS = 1000;
const timings: { call: string; ms: number }[] = [];
let calls = 0;

const isClass = (fn: AnyFunction) => /^class[\s{]/.test(Function.prototype.toString.call(fn));

function judgeError(error: unknown): Outcome {
  if (!(error instanceof SsjError)) {
    const e = error as { name?: unknown; message?: unknown };
    return `raw ${String(e?.name)}: ${String(e?.message).slice(0, 80)}`;
  }
  if (!(error.code in ERROR_CODES)) return `SsjError with unknown code ${error.code}`;
  if (!Array.isArray(error.issues) || error.issues.some((i) => !Array.isArray(i.path)))
    return 'issues without paths';
  return 'ok';
}

function judgeAnswer(name: string, value: unknown): Outcome {
  if (/^safe[A-Z]/.test(name)) {
    // A bad input may still be a valid one (`{}` is an empty filter): then `{ success: true }` is the answer.
    const r = value as { success?: unknown; error?: unknown };
    if (typeof r?.success !== 'boolean') return 'safe answer without a boolean success';
    return r.success ? 'ok' : judgeError(r.error);
  }
  if (/^(is|has)[A-Z]/.test(name) && typeof value !== 'boolean') return 'predicate answered a non-boolean';
  return 'ok';
}

async function call(name: string, fn: AnyFunction, args: () => unknown[], retry = true): Promise<Outcome> {
  calls++;
  const t0 = performance.now();
  let outcome: Outcome;
  // The arguments are built outside the judged call: a valid leading argument that fails to build is a broken
  // fixture, not an answer of the export under test.
  const list = args();
  try {
    let value = fn(...list);
    if (value instanceof Promise) value = await value;
    outcome = judgeAnswer(name, value);
  } catch (error) {
    outcome = judgeError(error);
  }
  const ms = performance.now() - t0;
  timings.push({ call: name, ms });
  // A slow call is timed once more, so that a busy machine alone does not fail the test.
  if (ms > SLOW_MS && retry) return call(name, fn, args, false);
  return ms > SLOW_MS ? `took ${Math.round(ms)} ms` : outcome;
}

const load = async (m: string) => [m, await import(`../../src/${m}/index.ts`)] as const;

describe('every export meets bad input with an SsjError or a documented answer', () => {
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const failures = new Map<string, string[]>();

  afterAll(() => {
    const worst = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const report = process.env.SSJ_FUZZ_REPORT;
    if (report) writeFileSync(report, JSON.stringify(Object.fromEntries(failures), null, 1));
    console.log(
      `fuzz: ${calls} calls; slowest: ${worst.map((w) => `${w.call} ${w.ms.toFixed(1)} ms`).join(', ')}`,
    );
  });

  it.each(MODULES)('shuangsuiji/%s', async (m) => {
    const [, ns] = await load(m);
    for (const [name, value] of Object.entries(ns as Record<string, unknown>)) {
      if (typeof value !== 'function' || isClass(value as AnyFunction)) continue;
      const fn = value as AnyFunction;
      const valid = VALID_ARGUMENTS[name] ?? [];
      const arity = Math.min(Math.max(fn.length, valid.length + 1, 1), 4);
      for (let position = 0; position < arity; position++) {
        for (const [label, make] of BAD_INPUTS) {
          const args = () => {
            const list = [...valid.slice(0, position).map((v) => v()), make()];
            while (list.length < position + 1) list.unshift(undefined);
            return list;
          };
          const outcome = await call(name, fn, args);
          if (outcome !== 'ok') {
            const list = failures.get(name) ?? [];
            list.push(`arg ${position} = ${label}: ${outcome}`);
            failures.set(name, list);
          }
        }
      }
    }
    const unexpected = [...failures].filter(
      ([n]) => !KNOWN_GAPS.includes(n) && (ns as object)[n as never] !== undefined,
    );
    expect(Object.fromEntries(unexpected.map(([n, l]) => [n, l.slice(0, 3)]))).toEqual({});
  });

  it('leaves Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists as known gaps only exports that still fail', () => {
    expect(KNOWN_GAPS.filter((n) => !failures.has(n))).toEqual([]);
  });
});
