/**
 * Cell conversions shared by the target and inspector imports: spreadsheet text to typed values. A cell that
 * cannot be converted is passed on unchanged, so the schema reports it with what was expected.
 */

/**
 * Splits a list cell on `;`, `；`, `,`, `，` or `、` (empty parts dropped); other values pass through.
 *
 * @example
 * ```ts
 * listCell('食品；餐饮、流通'); // ['食品', '餐饮', '流通']
 * ```
 */
export function listCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/[;；,，、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '在岗', '有效', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '离岗', '无效', '×']);

/**
 * Reads 是/否, yes/no, true/false, 1/0 as a boolean; other values pass through.
 *
 * @example
 * ```ts
 * booleanCell('是'); // true
 * ```
 */
export function booleanCell(value: unknown): unknown {
  if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
  if (typeof value !== 'string') return value;
  const t = value.trim().toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : value;
}

/**
 * Reads `YYYY-MM-DD`, `YYYY/M/D` or `YYYY.M.D` as `YYYY-MM-DD`; other values pass through.
 *
 * @example
 * ```ts
 * dateCell('2024/3/1'); // '2024-03-01'
 * ```
 */
export function dateCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(value);
  if (m === null) return value;
  return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
}

/**
 * Reads a number cell as text (ids and codes typed as numbers by a spreadsheet); other values pass through.
 *
 * @example
 * ```ts
 * textCell(150621); // '150621'
 * ```
 */
export function textCell(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
}

/**
 * Replaces a label by its id when `lookup` knows it; other values pass through.
 *
 * @example
 * ```ts
 * labelCell('存续', targetStatusFromLabel); // 'operating'
 * ```
 */
export function labelCell(value: unknown, lookup: (label: string) => string | undefined): unknown {
  return typeof value === 'string' ? (lookup(value) ?? value) : value;
}
