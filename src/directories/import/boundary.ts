import { SsjError } from '../../core/index.js';
import { expectDenseArray, expectOptions } from '../../core/internal.js';

/**
 * The boundary checks of the imports: the rows must be an array without holes (a hole would be a row silently
 * skipped: valid data is never dropped), and an options object names only keys the import reads, with a
 * `Set` of existing ids. Bad rows themselves are reported per row, never thrown.
 */

/** Refuses rows that are not an array without holes. */
export function checkRows(rows: unknown): asserts rows is readonly unknown[] {
  expectDenseArray(rows, 'rows', 'IMPORT_ROWS_INVALID');
}

/** Refuses options that are not an object, name an unknown key, or give `existingIds` that is not a `Set`. */
export function checkImportOptions(options: unknown, known: readonly string[], what: string): void {
  expectOptions(options, known, what, 'IMPORT_OPTIONS_INVALID');
  const ids = (options as { existingIds?: unknown } | undefined)?.existingIds;
  if (ids !== undefined && !(ids instanceof Set)) {
    const message = 'Expected existingIds to be a Set of ids';
    throw new SsjError('IMPORT_OPTIONS_INVALID', `Invalid import options: ${message}`, {
      issues: [{ path: ['existingIds'], message, expected: 'Set<string>' }],
    });
  }
}
