import { SsjError, type SsjIssue } from '../core/index.js';

const isFactValue = (v: unknown): boolean => v === true || v === false || v === 'unknown' || v === undefined;

/**
 * Refuses facts that are not an object of `true`, `false`, `'unknown'` (or `undefined`, read as unknown), before a
 * reader looks a fact up: a string or an array is not a set of facts, and `'yes'` is not a value the rules know.
 *
 * @param facts - untrusted facts
 * @throws {SsjError} `ACCOUNTABILITY_FACTS_INVALID` naming each fact with another value (the first five)
 */
export function expectFacts(facts: unknown): asserts facts is Readonly<Record<string, unknown>> {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    const shown = facts === null ? 'null' : Array.isArray(facts) ? 'an array' : typeof facts;
    const message = `Expected the facts to be an object, received ${shown}`;
    throw new SsjError('ACCOUNTABILITY_FACTS_INVALID', message, {
      issues: [{ path: [], message, expected: 'object' }],
    });
  }
  const issues: SsjIssue[] = [];
  for (const [name, value] of Object.entries(facts)) {
    if (isFactValue(value)) continue;
    issues.push({ path: [name], message: 'Expected true, false or "unknown"', expected: 'FactValue' });
    if (issues.length === 5) break;
  }
  if (issues.length === 0) return;
  const message = `Invalid accountability facts: ${issues.map((i) => i.path[0]).join(', ')}: expected true, false or "unknown"`;
  throw new SsjError('ACCOUNTABILITY_FACTS_INVALID', message, { issues });
}
