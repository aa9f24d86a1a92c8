import { describe, expect, it } from 'vitest';
import { ERROR_CODES, SsjError } from '../../src/core/index.js';
import { BAD_INPUTS } from './fuzz-battery.js';
import { FIELD_DOMAINS } from './fuzz-fields.js';

/**
 * The field-by-field half of the fuzz: where a function's domain is known (`FIELD_DOMAINS`), each field of its
 * options or spec object gets every bad input the field does not accept, the rest of the call left valid. The
 * call must throw an `SsjError` with a known code: an answer is a garbage answer (the wrong-typed field was
 * ignored or misread). The valid call itself must answer, so a broken fixture cannot pass as a refusal.
 */

type AnyFunction = (...args: unknown[]) => unknown;

async function outcome(fn: AnyFunction, args: unknown[]): Promise<string> {
  try {
    const value = fn(...args);
    if (value instanceof Promise) await value;
    return 'answered';
  } catch (error) {
    if (!(error instanceof SsjError))
      return `raw ${(error as Error)?.name}: ${String((error as Error)?.message).slice(0, 80)}`;
    return error.code in ERROR_CODES ? 'refused' : `unknown code ${error.code}`;
  }
}

describe('a field of the wrong type is refused, not answered', () => {
  it.each(FIELD_DOMAINS.map((d) => [d.name, d] as const))('%s', async (_, domain) => {
    const ns = (await import(`../../src/${domain.module}/index.ts`)) as Record<string, AnyFunction>;
    const fn = ns[domain.name];
    expect(typeof fn).toBe('function');
    expect(await outcome(fn as AnyFunction, domain.args())).toBe('answered');
    const wrong: string[] = [];
    for (const [field, accepted] of Object.entries(domain.fields)) {
      for (const [label, make] of BAD_INPUTS) {
        if (accepted.includes(label)) continue;
        const args = domain.args();
        args[domain.position] = { ...(args[domain.position] as object), [field]: make() };
        const result = await outcome(fn as AnyFunction, args);
        if (result !== 'refused') wrong.push(`${field} = ${label}: ${result}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
