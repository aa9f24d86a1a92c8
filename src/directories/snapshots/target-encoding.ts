/**
 * The `ssj-directory/3` encoding of an entry shaped exactly like a `Target` (internal), built as one string whose
 * UTF-8 is the encoding, and written into the hash core's memory by one `encodeInto`: the fields in the sorted
 * key order, keys as constants, tags and lengths as characters below U+0080 (which UTF-8 keeps as one byte
 * each). That holds while every length and count is below 128; the caller also refuses a string with a lone
 * surrogate (which `encodeInto` would replace). Anything else (an extra or missing key, a value of another
 * type, an object or array that is not plain, a long text) gives `undefined`, and the caller encodes the entry
 * the general way, so the bytes never depend on which path ran.
 */

/** Target keys in code-unit order; `scale` may be absent. */
const TARGET_KEYS = [
  'abnormal',
  'active',
  'creditAsOf',
  'creditClass',
  'history',
  'id',
  'industry',
  'kind',
  'name',
  'region',
  'scale',
  'status',
  'tags',
] as const;
const HISTORY_KEYS = ['date', 'department', 'items', 'result', 'taskId'] as const;
const TARGET_SET = new Set<string>(TARGET_KEYS);
const HISTORY_SET = new Set<string>(HISTORY_KEYS);

/** One-byte characters: the tags and the lengths below 128. */
const BYTE = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
const [FALSE, TRUE, STRING, ARRAY, OBJECT] = ['\x01', '\x02', '\x04', '\x05', '\x06'];

/** A key as the encoding writes it: its length, then the text (all these keys are ASCII). */
const key = (k: string) => `${BYTE[k.length]}${k}`;

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isPlainArray = (value: unknown): value is readonly unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length < 128;

/** Whether the own keys of `value` are all in `known` and there are `count` of them. */
function hasKeys(value: object, known: ReadonlySet<string>, count: number): boolean {
  const keys = Object.keys(value);
  if (keys.length !== count) return false;
  for (const k of keys) if (!known.has(k)) return false;
  return true;
}

/** A string value (tag, length, text), or `undefined` when `value` is not a string below 128 code units. */
function str(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length >= 128) return undefined;
  return `${STRING}${BYTE[value.length]}${value}`;
}

const bool = (value: unknown): string | undefined =>
  value === true ? TRUE : value === false ? FALSE : undefined;

function strings(value: unknown): string | undefined {
  if (!isPlainArray(value)) return undefined;
  let out = `${ARRAY}${BYTE[value.length]}`;
  for (let i = 0; i < value.length; i++) {
    const s = str(value[i]);
    if (s === undefined) return undefined;
    out += s;
  }
  return out;
}

const [DATE, DEPARTMENT, ITEMS, RESULT, TASK_ID] = HISTORY_KEYS.map(key);

function historyEntry(e: unknown): string | undefined {
  if (!isPlain(e) || !hasKeys(e, HISTORY_SET, HISTORY_KEYS.length)) return undefined;
  const date = str(e.date);
  const department = str(e.department);
  const items = strings(e.items);
  const result = str(e.result);
  const taskId = str(e.taskId);
  if (date === undefined || department === undefined || items === undefined) return undefined;
  if (result === undefined || taskId === undefined) return undefined;
  return `${OBJECT}${BYTE[5]}${DATE}${date}${DEPARTMENT}${department}${ITEMS}${items}${RESULT}${result}${TASK_ID}${taskId}`;
}

function history(value: unknown): string | undefined {
  if (!isPlainArray(value)) return undefined;
  let out = `${ARRAY}${BYTE[value.length]}`;
  for (let i = 0; i < value.length; i++) {
    const e = historyEntry(value[i]);
    if (e === undefined) return undefined;
    out += e;
  }
  return out;
}

const K = Object.fromEntries(TARGET_KEYS.map((k) => [k, key(k)])) as Record<
  (typeof TARGET_KEYS)[number],
  string
>;

/**
 * The encoding of a target-shaped plain entry as a string of the same UTF-8 bytes (it may still hold a lone
 * surrogate: the caller checks), or `undefined` for any other value.
 */
export function targetMessage(entry: unknown): string | undefined {
  if (!isPlain(entry)) return undefined;
  const scale = entry.scale;
  const count = scale === undefined ? TARGET_KEYS.length - 1 : TARGET_KEYS.length;
  if (!hasKeys(entry, TARGET_SET, count)) return undefined;
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
  return `${OBJECT}${BYTE[count]}${K.abnormal}${abnormal}${K.active}${active}${K.creditAsOf}${asOf}${K.creditClass}${credit}${K.history}${past}${K.id}${id}${K.industry}${industry}${K.kind}${kind}${K.name}${name}${K.region}${region}${scaled === '' ? '' : `${K.scale}${scaled}`}${K.status}${status}${K.tags}${tags}`;
}
