import { type IsoDate, isIsoDate } from '../../core/index.js';
import { booleanCell, dateCell, listCell } from './cells.js';

/**
 * Cell checks of the good-row paths (internal), with their answers remembered per distinct cell text. A column of
 * a million rows holds a handful of labels, dates, flags and tag lists, and each check is a pure function of the
 * text: the answer is worked out once, and every row with that text shares it (a remembered list is frozen, as
 * the schema's is). `undefined` means the cell is not plainly good: the row then goes to the schema.
 */

/** The most texts remembered per check before it starts afresh. */
const LIMIT = 4096;
/** Longer texts are checked every time, never remembered. */
const LONGEST = 256;

/** `check` with its answers remembered per distinct text. */
export function remember<R>(check: (text: string) => R): (text: string) => R {
  let known = new Map<string, R>();
  return (text) => {
    const answer = known.get(text);
    if (answer !== undefined || known.has(text)) return answer as R;
    const fresh = check(text);
    if (text.length <= LONGEST) {
      if (known.size >= LIMIT) known = new Map();
      known.set(text, fresh);
    }
    return fresh;
  };
}

/** A label column read through `lookup` (as `labelCell`), good when the result is one of `ids`. */
export function rememberLabel<I extends string>(
  lookup: (label: string) => string | undefined,
  ids: readonly I[],
): (value: unknown) => I | undefined {
  const known: ReadonlySet<string> = new Set(ids);
  const check = remember((text) => {
    const id = lookup(text) ?? text;
    return known.has(id) ? (id as I) : undefined;
  });
  return (value) => (typeof value === 'string' ? check(value) : undefined);
}

const dateText = remember((text) => {
  const date = dateCell(text);
  return typeof date === 'string' && isIsoDate(date) ? date : undefined;
});

/** A date cell (`YYYY-MM-DD`, `YYYY/M/D`, `YYYY.M.D`) that is a real date, as `YYYY-MM-DD`. */
export const dateOf = (value: unknown): IsoDate | undefined =>
  typeof value === 'string' ? dateText(value) : undefined;

const flagText = remember((text) => {
  const b = booleanCell(text);
  return typeof b === 'boolean' ? b : undefined;
});

/** A 是/否 cell as a boolean, `absent` when there is none. */
export function flagOf(value: unknown, absent: boolean): boolean | undefined {
  if (value === undefined) return absent;
  if (typeof value === 'string') return flagText(value);
  const b = booleanCell(value);
  return typeof b === 'boolean' ? b : undefined;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * A list cell read as `listCell` does, whose every item `good` accepts (and gives, e.g. trimmed), frozen; the
 * empty list when there is none.
 */
export function rememberList(
  good: (item: string) => string | undefined,
): (value: unknown) => readonly string[] | undefined {
  const check = remember((text) => {
    const items: string[] = [];
    for (const item of listCell(text) as string[]) {
      const checked = good(item);
      if (checked === undefined) return undefined;
      items.push(checked);
    }
    return Object.freeze(items);
  });
  return (value) => (value === undefined ? NONE : typeof value === 'string' ? check(value) : undefined);
}

/** Trimmed text of 1 to `max` characters, as the schemas' text fields check it. */
export function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t.length >= 1 && t.length <= max ? t : undefined;
}

/** A code column (trimmed text matching `re`), remembered: a sheet holds a few hundred regions or industries. */
export function rememberCode(re: RegExp): (value: unknown) => string | undefined {
  const check = remember((t) => {
    const code = t.trim();
    return re.test(code) ? code : undefined;
  });
  return (value) => (typeof value === 'string' ? check(value) : undefined);
}
