import type * as z from 'zod/mini';
import type { SsjIssue } from '../../core/index.js';

/** One problem with one imported row: the column (header) and what was wrong. */
export type ImportProblem = SsjIssue;

/** A row that was not imported (被拒绝的行), with every problem found in it. */
export interface RejectedRow {
  /** The row number (1-based, counted from `firstRow`). */
  readonly row: number;
  /** The row's id, when it could be read. */
  readonly id?: string;
  /** Every problem found. */
  readonly problems: readonly ImportProblem[];
}

/** What an import gives back: the good rows, and each bad row with why. */
export interface ImportResult<T> {
  /** The rows that passed, in input order. */
  readonly accepted: readonly T[];
  /** The rows that did not, in input order. */
  readonly rejected: readonly RejectedRow[];
  /** Column headers that the header map does not know (their cells were ignored). */
  readonly unmappedHeaders: readonly string[];
}

/** How to read rows: which header is which field, how to validate, and how to find a row's id. */
export interface ImportOptions<T> {
  /** Column header → field name (e.g. `统一社会信用代码` → `id`). Headers equal to a field name pass through. */
  readonly headerMap: Readonly<Record<string, string>>;
  /** Validates the mapped fields of a row (cells already mapped; empty cells left out): a `zod/mini` or `zod` schema. */
  readonly schema: z.core.$ZodType<T, unknown>;
  /** The id of an accepted entry, for duplicate detection. */
  readonly idOf: (entry: T) => string;
  /** Ids already in the directory: rows with these ids are rejected (use a change to update instead). */
  readonly existingIds?: ReadonlySet<string>;
  /** The number of the first row (default 1; use 2 when the sheet's header is row 1). */
  readonly firstRow?: number;
  /** The field whose raw cell names a rejected row (default `id`). */
  readonly idField?: string;
}
