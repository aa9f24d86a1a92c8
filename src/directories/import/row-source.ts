import { SsjError } from '../../core/index.js';
import type { RowImporter } from './row-importer.js';
import type { ImportResult } from './types.js';

/**
 * Rows a host reads a piece at a time (按行流式导入): an async iterable such as a CSV parser's stream, or any
 * iterable such as a generator. Each row is one object, header → cell, as in an array import.
 */
export type RowSource = AsyncIterable<unknown> | Iterable<unknown>;

const isFunction = (v: unknown): boolean => typeof v === 'function';

/**
 * Refuses what is not a row source: neither async-iterable nor iterable, or a string (whose characters would
 * be taken for rows).
 */
export function expectRowSource(rows: unknown): asserts rows is RowSource {
  const ok =
    typeof rows === 'object' &&
    rows !== null &&
    (isFunction((rows as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator]) ||
      isFunction((rows as Partial<Iterable<unknown>>)[Symbol.iterator]));
  if (ok) return;
  const shown = rows === null ? 'null' : typeof rows;
  const message = `Expected the rows as an iterable or async iterable of row objects, received ${shown}`;
  throw new SsjError('INVALID_INPUT', message, {
    issues: [{ path: ['rows'], message, expected: 'AsyncIterable<row> | Iterable<row>' }],
  });
}

/** Feeds every row of an array to `importer`, keeping the index of each (holes are not rows). */
export function importArray<T>(rows: readonly unknown[], importer: RowImporter<T>): ImportResult<T> {
  rows.forEach((raw, index) => {
    importer.add(raw, index);
  });
  return importer.finish();
}

/** Feeds the rows of a source to `importer` as they come, holding none of them after its turn. */
export async function importSource<T>(rows: RowSource, importer: RowImporter<T>): Promise<ImportResult<T>> {
  let index = 0;
  for await (const raw of rows) importer.add(raw, index++);
  return importer.finish();
}
