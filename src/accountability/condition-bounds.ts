import { type IssuePath, SsjError } from '../core/index.js';

/** Deeper than any rule of the regulation needs (they nest three or four levels); deeper is refused, not recursed. */
const MAX_DEPTH = 32;
/** Parts a condition may have in all, counting a part shared by several branches once per branch. */
const MAX_PARTS = 10_000;

/**
 * Refuses a condition too deep, too large or cyclic before a schema recurses into it (which would overflow the
 * stack with a raw `RangeError`): a walk of `of` links only, with an explicit stack, bounded work.
 *
 * @param condition - what a caller gave as a condition
 * @param path - where it sits in the caller's input
 * @throws {SsjError} `ACCOUNTABILITY_RULE_INVALID` naming the first part past a bound
 */
export function expectBoundedCondition(condition: unknown, path: IssuePath = []): void {
  const stack: [unknown, number, IssuePath][] = [[condition, 0, path]];
  let parts = 0;
  while (stack.length > 0) {
    const [node, depth, at] = stack.pop() as [unknown, number, IssuePath];
    if (typeof node !== 'object' || node === null) continue;
    parts += 1;
    if (depth > MAX_DEPTH || parts > MAX_PARTS) {
      const message =
        depth > MAX_DEPTH
          ? `A rule condition nests deeper than ${MAX_DEPTH} levels (or refers back to itself)`
          : `A rule condition has more than ${MAX_PARTS} parts`;
      throw new SsjError('ACCOUNTABILITY_RULE_INVALID', message, {
        issues: [
          {
            path: at,
            message,
            expected: `a condition of at most ${MAX_DEPTH} levels and ${MAX_PARTS} parts`,
          },
        ],
      });
    }
    const of = (node as { of?: unknown }).of;
    if (Array.isArray(of)) {
      for (let i = of.length - 1; i >= 0; i -= 1) stack.push([of[i], depth + 1, [...at, 'of', i]]);
    } else stack.push([of, depth + 1, [...at, 'of']]);
  }
}
