import * as z from 'zod/mini';
import { expectDenseArray, expectOptions, isPlainObject, parseWith } from '../../core/internal.js';

/**
 * The boundary checks of the imports: the rows must be an array without holes (a hole would be a row silently
 * skipped: valid data is never dropped), and an options object names only keys the import reads, each of its
 * type (a `null` row number or a misspelt kind must not fall back to the default). Bad rows themselves are
 * reported per row, never thrown.
 */

/** The options every import shares. */
const commonOptions = {
  headerMap: z.optional(
    z.pipe(
      z.custom<object>(isPlainObject, 'Expected an object of header → field name'),
      z.record(z.string(), z.string()),
    ),
  ),
  existingIds: z.optional(z.custom<ReadonlySet<string>>((v) => v instanceof Set, 'Expected a Set of ids')),
  firstRow: z.optional(z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER))),
};

/** Refuses rows that are not an array without holes. */
export function checkRows(rows: unknown): asserts rows is readonly unknown[] {
  expectDenseArray(rows, 'rows', 'IMPORT_ROWS_INVALID');
}

/**
 * Refuses options that are not an object, name a key the import does not read, or give a field of the wrong
 * type: the shared `headerMap`, `existingIds` and `firstRow`, and the import's own fields in `own`.
 */
export function checkImportOptions(
  options: unknown,
  own: Readonly<Record<string, z.core.$ZodType>>,
  what: string,
): void {
  const known = [...Object.keys(commonOptions), ...Object.keys(own)];
  expectOptions(options, known, what, 'IMPORT_OPTIONS_INVALID');
  parseWith(
    z.strictObject({ ...commonOptions, ...own }),
    options ?? {},
    `${what} options`,
    'IMPORT_OPTIONS_INVALID',
  );
}
