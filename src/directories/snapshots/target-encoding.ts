/**
 * The `ssj-directory/3` and `/4` encodings of an entry shaped exactly like a `Target` (internal), written a byte
 * at a time straight where the hash core reads them: the fields in the sorted key order, keys as constant bytes
 * (version 3: their length and text; version 4: their index in the key table), tags, lengths and counts as one
 * byte each, which holds while every length and count is below 128. A text is copied a code unit at a time while
 * it is ASCII, and from its first other code unit on as the general encoder writes it (UTF-8, a lone surrogate as
 * the three bytes of its code point). Each field is read once, checked and written. Anything else (an extra or
 * missing key, a value of another type, an object or array that is not plain, a long text or list, a target
 * larger than {@link ROOM}) makes the writer give up, and the caller encodes the entry the general way from
 * where it started, so the bytes never depend on which path ran.
 */
import { type ByteWriter, utf8Into } from './byte-writer.js';
import {
  HISTORY_KEYS,
  HISTORY_SET,
  hasKeys,
  isPlain,
  KEY_TABLE,
  TARGET_KEYS,
  TARGET_SET,
} from './target-shape.js';

/**
 * Writes the encoding of `entry` at `w.at` and moves past it, or returns `false` for an entry it does not take
 * (`w.at` is then where it was, and the bytes after it are to be written over).
 */
export type TargetWriter = (w: ByteWriter, entry: unknown) => boolean;

const [FALSE, TRUE, STRING, ARRAY, OBJECT] = [0x01, 0x02, 0x04, 0x05, 0x06];
/** Lengths and counts below this are one byte of LEB128. */
const SHORT = 128;
/** Bytes made room for before a target is written; a target that needs more goes the general way. */
const ROOM = 16384;
/**
 * Bytes kept free after the check against the room that each text makes: the text (at most 2 + 3 × 127 bytes),
 * and the keys, heads and booleans written before the next text's check.
 */
const SLACK = 512;
/** Returned, and passed on, once the entry is found not to have the target's shape. */
const FAIL = -1;
/** Called as `charCodeAt.call(s, i)`, for the reason `byte-writer.ts` gives. */
const charCodeAt = String.prototype.charCodeAt;

/** A plain array short enough for a one-byte count. */
const isShortArray = (value: unknown): value is readonly unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.length < SHORT;

/** Writes `bytes` at `p`; returns the position after. */
function put(b: Uint8Array, p: number, bytes: Uint8Array): number {
  for (let j = 0; j < bytes.length; j++) b[p + j] = bytes[j] as number;
  return p + bytes.length;
}

/** Writes a short text `s` (tag, length, UTF-8) at `p`, or gives {@link FAIL}. */
function text(b: Uint8Array, p: number, s: unknown, limit: number): number {
  if (p < 0 || p > limit || typeof s !== 'string') return FAIL;
  // `'' + s` is `s`, but the compiler then knows it for a string and reads its length directly: `s.length` of a
  // value of unknown type, at a site that meets texts of many representations, is a slow generic lookup (a
  // template literal measured slower than the addition)
  // biome-ignore lint/style/useTemplate: see above
  const str = '' + s;
  const n = str.length;
  if (n >= SHORT) return FAIL;
  b[p] = STRING;
  b[p + 1] = n;
  let at = p + 2;
  for (let i = 0; i < n; i++) {
    const c = charCodeAt.call(str, i);
    if (c >= 0x80) return utf8Into(b, at, str, i);
    b[at++] = c;
  }
  return at;
}

/** Writes `key`, then the short text `s`, or gives {@link FAIL}. */
function field(b: Uint8Array, p: number, key: Uint8Array, s: unknown, limit: number): number {
  return p < 0 ? FAIL : text(b, put(b, p, key), s, limit);
}

/** Writes `key`, then a short array of short texts, or gives {@link FAIL}. */
function texts(b: Uint8Array, p: number, key: Uint8Array, a: unknown, limit: number): number {
  if (p < 0 || !isShortArray(a)) return FAIL;
  let at = put(b, p, key);
  b[at] = ARRAY;
  b[at + 1] = a.length;
  at += 2;
  for (let i = 0; i < a.length && at >= 0; i++) at = text(b, at, a[i], limit);
  return at;
}

/** The target writer of an encoding, given the bytes it writes for a key. */
function targetWriter(keyBytes: (k: string) => readonly number[]): TargetWriter {
  const K = Object.fromEntries(
    [...TARGET_KEYS, ...HISTORY_KEYS].map((k) => [k, Uint8Array.from(keyBytes(k))]),
  ) as Record<(typeof TARGET_KEYS)[number] | (typeof HISTORY_KEYS)[number], Uint8Array>;

  /** Writes the `history` key and its entries, or gives {@link FAIL}. */
  function history(b: Uint8Array, p: number, h: unknown, limit: number): number {
    if (p < 0 || !isShortArray(h)) return FAIL;
    let at = put(b, p, K.history);
    b[at] = ARRAY;
    b[at + 1] = h.length;
    at += 2;
    for (let i = 0; i < h.length; i++) {
      const e = h[i];
      if (at < 0 || !isPlain(e) || !hasKeys(e, HISTORY_SET, HISTORY_KEYS.length)) return FAIL;
      b[at] = OBJECT;
      b[at + 1] = HISTORY_KEYS.length;
      at = field(b, at + 2, K.date, e.date, limit);
      at = field(b, at, K.department, e.department, limit);
      at = texts(b, at, K.items, e.items, limit);
      at = field(b, at, K.result, e.result, limit);
      at = field(b, at, K.taskId, e.taskId, limit);
    }
    return at;
  }

  return (w, entry) => {
    if (!isPlain(entry)) return false;
    const scale = entry.scale;
    const members = scale === undefined ? TARGET_KEYS.length - 1 : TARGET_KEYS.length;
    if (!hasKeys(entry, TARGET_SET, members)) return false;
    const abnormal = entry.abnormal;
    const active = entry.active;
    if (typeof abnormal !== 'boolean' || typeof active !== 'boolean') return false;
    w.room(ROOM);
    const b = w.bytes;
    const limit = w.at + ROOM - SLACK;
    let p = w.at;
    b[p++] = OBJECT;
    b[p++] = members;
    p = put(b, p, K.abnormal);
    b[p++] = abnormal ? TRUE : FALSE;
    p = put(b, p, K.active);
    b[p++] = active ? TRUE : FALSE;
    p = field(b, p, K.creditAsOf, entry.creditAsOf, limit);
    p = field(b, p, K.creditClass, entry.creditClass, limit);
    p = history(b, p, entry.history, limit);
    p = field(b, p, K.id, entry.id, limit);
    p = field(b, p, K.industry, entry.industry, limit);
    p = field(b, p, K.kind, entry.kind, limit);
    p = field(b, p, K.name, entry.name, limit);
    p = field(b, p, K.region, entry.region, limit);
    if (scale !== undefined) p = field(b, p, K.scale, scale, limit);
    p = field(b, p, K.status, entry.status, limit);
    p = texts(b, p, K.tags, entry.tags, limit);
    if (p < 0) return false;
    w.at = p;
    return true;
  };
}

/** The target writer of `ssj-directory/3`: a key is its length, then its text (all these keys are ASCII). */
export const writeTargetV3 = targetWriter((k) => [k.length, ...Array.from(k, (c) => c.charCodeAt(0))]);
/** The target writer of `ssj-directory/4`: a key is its index in the key table (all these are in it, below 128). */
export const writeTargetV4 = targetWriter((k) => [KEY_TABLE.indexOf(k)]);
