/**
 * The check a documented result becomes: `f(x); // 'a'` in a guide asserts that `f(x)` is `'a'`. Objects are
 * compared by the fields the comment shows; everything else exactly.
 */
import { isDeepStrictEqual } from 'node:util';

function shown(actual: unknown, claimed: unknown): boolean {
  if (typeof claimed !== 'object' || claimed === null || Array.isArray(claimed))
    return isDeepStrictEqual(actual, claimed);
  if (typeof actual !== 'object' || actual === null) return false;
  return Object.entries(claimed).every(([key, value]) =>
    shown((actual as Record<string, unknown>)[key], value),
  );
}

/** Throws when the value is not the one the guide claims. */
export function __docCheck(actual: unknown, claimed: unknown, where: string): void {
  if (!shown(actual, claimed))
    throw new Error(
      `${where}: the guide says ${JSON.stringify(claimed)}, the code gives ${JSON.stringify(actual)}`,
    );
}
