/**
 * The `ssj-directory/3` and `/4` encodings of an entry shaped exactly like a `Target` (internal), built as one
 * string whose UTF-8 is the encoding, and written into the hash core's memory by one `encodeInto`: the fields in
 * the sorted key order, keys as constants (version 3: their length and text; version 4: their index in the key
 * table), tags and lengths as characters below U+0080 (which UTF-8 keeps as one byte each). That holds while
 * every length and count is below 128; the caller also refuses a string with a lone surrogate (which
 * `encodeInto` would replace). Anything else (an extra or missing key, a value of another type, an object or
 * array that is not plain, a long text) gives `undefined`, and the caller encodes the entry the general way, so
 * the bytes never depend on which path ran.
 */
import {
  HISTORY_KEYS,
  HISTORY_SET,
  hasKeys,
  isPlain,
  KEY_TABLE,
  TARGET_KEYS,
  TARGET_SET,
} from './target-shape.js';

/** One-byte characters: the tags and the lengths below 128. */
const BYTE = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
const [FALSE, TRUE, STRING, ARRAY, OBJECT] = ['\x01', '\x02', '\x04', '\x05', '\x06'];

/** A key as `ssj-directory/3` writes it: its length, then the text (all these keys are ASCII). */
const textKey = (k: string) => `${BYTE[k.length]}${k}`;
/** A key as `ssj-directory/4` writes it: its index in the key table (all these keys are in it, below 128). */
const tableKey = (k: string) => BYTE[KEY_TABLE.indexOf(k)] as string;

/** A plain array short enough for a one-byte count. */
const isShortArray = (value: unknown): value is readonly unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length < 128;

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length < 128;

function isTexts(value: unknown): value is readonly string[] {
  if (!isShortArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isShortText(value[i])) return false;
  return true;
}

type Past = { date: string; department: string; items: string[]; result: string; taskId: string };

function isHistory(value: unknown): value is readonly Past[] {
  if (!isShortArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const e = value[i];
    if (!isPlain(e) || !hasKeys(e, HISTORY_SET, HISTORY_KEYS.length)) return false;
    if (!isShortText(e.date) || !isShortText(e.department) || !isTexts(e.items)) return false;
    if (!isShortText(e.result) || !isShortText(e.taskId)) return false;
  }
  return true;
}

type Shaped = {
  [K in Exclude<(typeof TARGET_KEYS)[number], 'abnormal' | 'active' | 'history' | 'tags'>]: string;
} & {
  abnormal: boolean;
  active: boolean;
  history: readonly Past[];
  tags: readonly string[];
};

/** Whether `e` has the target's keys (with or without `scale`) and values the one-string writer takes. */
function isShaped(e: Record<string, unknown>, withScale: boolean): e is Shaped {
  return (
    hasKeys(e, TARGET_SET, withScale ? TARGET_KEYS.length : TARGET_KEYS.length - 1) &&
    typeof e.abnormal === 'boolean' &&
    typeof e.active === 'boolean' &&
    isShortText(e.creditAsOf) &&
    isShortText(e.creditClass) &&
    isHistory(e.history) &&
    isShortText(e.id) &&
    isShortText(e.industry) &&
    isShortText(e.kind) &&
    isShortText(e.name) &&
    isShortText(e.region) &&
    (!withScale || isShortText(e.scale)) &&
    isShortText(e.status) &&
    isTexts(e.tags)
  );
}

/** The target writer of an encoding, given how it writes a key. */
function targetWriter(key: (k: string) => string): (entry: unknown) => string | undefined {
  /** By length below 128: the string tag and the length, written before a string's text. */
  const S = BYTE.map((n) => `${STRING}${n}`);
  /** By length: a key, the string tag and the length, written before a string field's text. */
  const P = Object.fromEntries(TARGET_KEYS.map((k) => [k, S.map((sl) => `${key(k)}${sl}`)])) as Record<
    (typeof TARGET_KEYS)[number],
    string[]
  >;
  const [DATE, DEPARTMENT, RESULT, TASK_ID] = ['date', 'department', 'result', 'taskId'].map(key);
  /** The object's head and its two booleans, by member count and (abnormal, active). */
  const HEAD = [12, 13].map((n) =>
    [0, 1, 2, 3].map(
      (b) =>
        `${OBJECT}${BYTE[n]}${key('abnormal')}${b & 1 ? TRUE : FALSE}${key('active')}${b & 2 ? TRUE : FALSE}`,
    ),
  );

  /** By count below 128: a key, then the array tag and the count (`history`, `items`, `tags`). */
  const arrayOf = (k: string) => BYTE.map((n) => `${key(k)}${ARRAY}${n}`);
  const [HISTORY, ITEMS, TAGS] = ['history', 'items', 'tags'].map(arrayOf) as [string[], string[], string[]];

  /** A key and its array of strings. */
  function texts(head: readonly string[], a: readonly string[]): string {
    let out = head[a.length] as string;
    for (const s of a) out += `${S[s.length]}${s}`;
    return out;
  }

  function history(h: readonly Past[]): string {
    let out = HISTORY[h.length] as string;
    for (const x of h)
      out += `${OBJECT}${BYTE[5]}${DATE}${S[x.date.length]}${x.date}${DEPARTMENT}${S[x.department.length]}${x.department}${texts(ITEMS, x.items)}${RESULT}${S[x.result.length]}${x.result}${TASK_ID}${S[x.taskId.length]}${x.taskId}`;
    return out;
  }

  /**
   * The encoding of a target-shaped plain entry as a string of the same UTF-8 bytes (it may still hold a lone
   * surrogate: the caller checks), or `undefined` for any other value. The shape is checked first, then the
   * string is written in one expression, so that no piece is made that is not part of it.
   */
  function targetMessage(entry: unknown): string | undefined {
    if (!isPlain(entry)) return undefined;
    const withScale = entry.scale !== undefined;
    if (!isShaped(entry, withScale)) return undefined;
    const e = entry;
    const head = (HEAD[withScale ? 1 : 0] as string[])[(e.abnormal ? 1 : 0) | (e.active ? 2 : 0)];
    const scale = withScale ? `${P.scale[e.scale.length]}${e.scale}` : '';
    return `${head}${P.creditAsOf[e.creditAsOf.length]}${e.creditAsOf}${P.creditClass[e.creditClass.length]}${e.creditClass}${history(e.history)}${P.id[e.id.length]}${e.id}${P.industry[e.industry.length]}${e.industry}${P.kind[e.kind.length]}${e.kind}${P.name[e.name.length]}${e.name}${P.region[e.region.length]}${e.region}${scale}${P.status[e.status.length]}${e.status}${texts(TAGS, e.tags)}`;
  }
  return targetMessage;
}

/** The target writer of `ssj-directory/3`. */
export const targetMessage = targetWriter(textKey);
/** The target writer of `ssj-directory/4`. */
export const targetMessageV4 = targetWriter(tableKey);
