import { HISTORY_KEYS, HISTORY_SET, hasKeys, isPlain, TARGET_KEYS, TARGET_SET } from './target-shape.js';

/**
 * The canonical JSON of an entry shaped exactly like a `Target` (internal to the directory digest), written
 * field by field in the sorted key order instead of walking the object: the same text as core's
 * `canonicalJson`, about three times faster on a million entries. Anything else (an extra or missing key, a
 * value of another type, an object that is not plain) gives `undefined`, and the caller serialises it the
 * general way, so the text never depends on which path ran.
 */

/** A string that `JSON.stringify` would escape: quote, backslash, control characters, surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal, or `undefined` when `value` is not a string. */
function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
}

function bool(value: unknown): string | undefined {
  return value === true ? 'true' : value === false ? 'false' : undefined;
}

/** A JSON array of strings, or `undefined` when `value` is not a plain dense array of strings. */
function strings(value: unknown): string | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return undefined;
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    const s = str(value[i]);
    if (s === undefined) return undefined;
    out += i === 0 ? s : `,${s}`;
  }
  return `${out}]`;
}

function historyEntry(value: unknown): string | undefined {
  if (!isPlain(value) || !hasKeys(value, HISTORY_SET, HISTORY_KEYS.length)) return undefined;
  const date = str(value.date);
  const department = str(value.department);
  const items = strings(value.items);
  const result = str(value.result);
  const taskId = str(value.taskId);
  if (date === undefined || department === undefined || items === undefined) return undefined;
  if (result === undefined || taskId === undefined) return undefined;
  return `{"date":${date},"department":${department},"items":${items},"result":${result},"taskId":${taskId}}`;
}

function history(value: unknown): string | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return undefined;
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    const e = historyEntry(value[i]);
    if (e === undefined) return undefined;
    out += i === 0 ? e : `,${e}`;
  }
  return `${out}]`;
}

/** The canonical JSON of a target-shaped plain entry, or `undefined` for any other value. */
export function targetJson(entry: unknown): string | undefined {
  if (!isPlain(entry)) return undefined;
  const scale = entry.scale;
  if (!hasKeys(entry, TARGET_SET, scale === undefined ? TARGET_KEYS.length - 1 : TARGET_KEYS.length))
    return undefined;
  const parts = [
    bool(entry.abnormal),
    bool(entry.active),
    str(entry.creditAsOf),
    str(entry.creditClass),
    history(entry.history),
    str(entry.id),
    str(entry.industry),
    str(entry.kind),
    str(entry.name),
    str(entry.region),
    scale === undefined ? '' : str(scale),
    str(entry.status),
    strings(entry.tags),
  ];
  if (parts.includes(undefined)) return undefined;
  const [abnormal, active, asOf, credit, past, id, industry, kind, name, region, scaled, status, tags] =
    parts as string[];
  return `{"abnormal":${abnormal},"active":${active},"creditAsOf":${asOf},"creditClass":${credit},"history":${past},"id":${id},"industry":${industry},"kind":${kind},"name":${name},"region":${region},${scaled === '' ? '' : `"scale":${scaled},`}"status":${status},"tags":${tags}}`;
}
