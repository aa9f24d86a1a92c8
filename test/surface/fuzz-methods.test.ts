import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/calendar/index.js';
import { createSha256, ERROR_CODES, SsjError } from '../../src/core/index.js';
import { indexChecklists } from '../../src/directories/index.js';
import { samrChecklist } from '../directories/checklists/fixtures.js';
import { BAD_INPUTS } from './fuzz-battery.js';

/**
 * The methods of the objects the library hands out (a work calendar, a checklist index, a hasher) are public
 * surface too: each meets every bad input in each of its first two argument positions (the first valid where
 * one is given) and must throw an `SsjError` with a known code, or answer a predicate (`is*`) with a boolean.
 */

type AnyFunction = (...args: unknown[]) => unknown;

const OBJECTS: readonly {
  readonly name: string;
  readonly make: () => object;
  readonly valid?: Readonly<Record<string, () => unknown>>;
}[] = [
  {
    name: 'work calendar',
    make: () => defaultCalendar(),
    valid: {
      addWorkdays: () => '2025-01-20',
      workdaysBetween: () => '2025-01-20',
      deadline: () => '2025-01-20',
      endOfMonthDeadline: () => 2025,
    },
  },
  { name: 'checklist index', make: () => indexChecklists([samrChecklist()]) },
  { name: 'SHA-256 hasher', make: () => createSha256() },
];

function methodsOf(object: object): [string, AnyFunction][] {
  const own = Object.entries(object).filter(([, v]) => typeof v === 'function') as [string, AnyFunction][];
  const proto = Object.getPrototypeOf(object) as object;
  const inherited =
    proto === Object.prototype || proto === null
      ? []
      : Object.getOwnPropertyNames(proto)
          .filter((n) => n !== 'constructor' && typeof (object as Record<string, unknown>)[n] === 'function')
          .map(
            (n) => [n, (object as Record<string, AnyFunction>)[n] as AnyFunction] as [string, AnyFunction],
          );
  return [...own, ...inherited];
}

function judge(name: string, run: () => unknown): string {
  try {
    const value = run();
    if (/^(is|has)[A-Z]/.test(name) && typeof value !== 'boolean') return 'predicate answered a non-boolean';
    return 'ok';
  } catch (error) {
    if (!(error instanceof SsjError))
      return `raw ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 80)}`;
    return error.code in ERROR_CODES ? 'ok' : `unknown code ${error.code}`;
  }
}

describe('the methods of returned objects meet bad input with an SsjError', () => {
  it.each(OBJECTS.map((o) => [o.name, o] as const))('%s', (_, spec) => {
    const failures: string[] = [];
    const probe = spec.make();
    for (const [method] of methodsOf(probe)) {
      for (let position = 0; position < 2; position++) {
        for (const [label, make] of BAD_INPUTS) {
          const first = spec.valid?.[method];
          if (position === 1 && first === undefined) continue;
          const object = spec.make() as Record<string, AnyFunction>;
          const args = position === 0 ? [make()] : [first?.(), make()];
          const outcome = judge(method, () => (object[method] as AnyFunction).apply(object, args));
          if (outcome !== 'ok') failures.push(`${method} arg ${position} = ${label}: ${outcome}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
