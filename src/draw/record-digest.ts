import { canonicalDigest, canonicalJson, createSha256 } from '../core/index.js';
import type { SelectedTarget } from './types.js';
import { type ByteSink, byteSink, ensureRoom, writeByte, writeBytes, writeUtf8 } from './utf8-writer.js';

/**
 * The digest of a draw record (记录摘要) without building its whole canonical JSON as one string: the same
 * bytes as `canonicalDigest(body)` (RFC 8785), with the selection, which is most of a large record, written
 * straight into bytes. Everything else goes through {@link canonicalJson} around a marker that stands for the
 * selection; should the marker's text occur twice (a host's string holding it), the general path is taken.
 */

const MARK = '\u0000ssj:selected\u0000';
const MARK_JSON = JSON.stringify(MARK);

/** A record body: JSON data with its selection. */
export type RecordBody = { readonly selected: readonly SelectedTarget[] } & {
  readonly [key: string]: unknown;
};

/** The canonical bytes of selections built by {@link selectionWriter}, by the selection they were written for. */
const written = new WeakMap<readonly SelectedTarget[], Uint8Array>();

/** The hex SHA-256 of the canonical JSON of `body`, as `canonicalDigest(body)`. */
export function recordDigest(body: RecordBody): string {
  const text = canonicalJson({ ...body, selected: MARK });
  const at = text.indexOf(MARK_JSON);
  if (at < 0 || text.indexOf(MARK_JSON, at + 1) >= 0) return canonicalDigest(body);
  let bytes = written.get(body.selected);
  if (bytes === undefined) {
    if (!isPlainSelection(body.selected)) return canonicalDigest(body);
    const sink = byteSink(body.selected.length * 128);
    writeSelected(sink, body.selected);
    bytes = sink.bytes.subarray(0, sink.length);
  }
  return createSha256()
    .update(text.slice(0, at))
    .update(bytes)
    .update(text.slice(at + MARK_JSON.length))
    .digestHex();
}

/**
 * Whether every selected target is exactly `{ id, key, rank, stratum }` with a string, string, number and string
 * (as a record read from JSON holds): only then are the bytes {@link writeSelected} writes its canonical JSON. A
 * tampered record with another field or type takes the general path, so its digest changes as it must.
 */
function isPlainSelection(selected: unknown): selected is readonly SelectedTarget[] {
  if (!Array.isArray(selected)) return false;
  for (const t of selected as unknown[]) {
    if (typeof t !== 'object' || t === null || Object.getPrototypeOf(t) !== Object.prototype) return false;
    const { id, key, rank, stratum } = t as Record<string, unknown>;
    if (typeof id !== 'string' || typeof key !== 'string' || typeof stratum !== 'string') return false;
    if (typeof rank !== 'number' || Object.keys(t).length !== 4) return false;
  }
  return true;
}

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const HEX = ascii('0123456789abcdef');
const OPEN_FIRST = ascii('{"id":');
const OPEN_NEXT = ascii(',{"id":');
const KEY_FIELD = ascii(',"key":"');
const RANK_FIELD = ascii('","rank":');
const KEY_NAME = ascii(',"key":');
const RANK_NAME = ascii(',"rank":');
const STRATUM_NAME = ascii(',"stratum":');
const decoder = new TextDecoder();

/** The columns a stratum's selection is written from: ids and key words in key order (a drained heap). */
export interface RankedColumns {
  readonly ids: readonly string[];
  readonly keys: Int32Array;
}

/**
 * Builds a selection and its canonical bytes together (internal to the record's assembly). `addStratum` writes
 * a stratum's entries straight into one byte buffer: each id, its key's hex from the key words, its rank and the
 * stratum; `finish` decodes that buffer once and takes every key string as a slice of it (no per-key hex
 * formatting or decoding), then returns the list, whose bytes {@link recordDigest} uses.
 */
export function selectionWriter(count: number): {
  /**
   * Appends entries `[0, listed)` of `ranked` as stratum `stratum`, rank `i + 1`, skipping the ids in `skip`.
   * Returns how many were appended.
   */
  addStratum(stratum: string, ranked: RankedColumns, listed: number, skip: ReadonlySet<string>): number;
  finish(): SelectedTarget[];
} {
  const w: WriterState = {
    sink: byteSink(count * 128 + 2),
    ids: new Array<string>(count),
    strata: [],
    ranks: new Int32Array(count),
    keyAt: new Int32Array(count),
    size: 0,
    ascii: true,
  };
  writeByte(w.sink, 0x5b);
  return {
    addStratum: (stratum, ranked, listed, skip) => appendStratum(w, stratum, ranked, listed, skip),
    finish: () => finishSelection(w),
  };
}

/** What a selection writer holds while it writes. */
interface WriterState {
  readonly sink: ByteSink;
  /** Room for `count` entries: ids, ranks and the byte offset of each key's hex; `size` of them written. */
  readonly ids: string[];
  readonly ranks: Int32Array;
  readonly keyAt: Int32Array;
  size: number;
  /** Each stratum written, with the entry count at which it ends. */
  readonly strata: { readonly name: string; readonly end: number }[];
  /** Whether every byte written so far is ASCII (then byte offsets are string offsets). */
  ascii: boolean;
}

function appendStratum(
  w: WriterState,
  stratum: string,
  ranked: RankedColumns,
  listed: number,
  skip: ReadonlySet<string>,
): number {
  const field = stratumField(stratum);
  if (!isAsciiBytes(field)) w.ascii = false;
  const { sink, keyAt, ids, ranks } = w;
  const keys = ranked.keys;
  const rankedIds = ranked.ids;
  const before = w.size;
  let size = before;
  for (let i = 0; i < listed; i++) {
    const id = rankedIds[i] as string;
    if (skip.size > 0 && skip.has(id)) continue;
    const open = size === 0 ? OPEN_FIRST : OPEN_NEXT;
    let bytes = ensureRoom(sink, open.length + id.length + 128 + field.length);
    let o = sink.length;
    for (let k = 0; k < open.length; k++) bytes[o++] = open[k] as number;
    const plain = writePlainString(bytes, o, id);
    if (plain > 0) o = plain;
    else {
      sink.length = o;
      if (!writeString(sink, id)) w.ascii = false;
      bytes = ensureRoom(sink, 128 + field.length);
      o = sink.length;
    }
    for (let k = 0; k < KEY_FIELD.length; k++) bytes[o++] = KEY_FIELD[k] as number;
    keyAt[size] = o;
    const at = i * 8;
    for (let k = 0; k < 8; k++) {
      const word = keys[at + k] as number;
      for (let b = 28; b >= 0; b -= 4) bytes[o++] = HEX[(word >>> b) & 15] as number;
    }
    for (let k = 0; k < RANK_FIELD.length; k++) bytes[o++] = RANK_FIELD[k] as number;
    o = writeDigits(bytes, o, i + 1);
    for (let k = 0; k < field.length; k++) bytes[o++] = field[k] as number;
    sink.length = o;
    ids[size] = id;
    ranks[size] = i + 1;
    size++;
  }
  w.size = size;
  w.strata.push({ name: stratum, end: size });
  return size - before;
}

/** Closes the list, decodes it once and builds the selected targets, their keys sliced from that text. */
function finishSelection(w: WriterState): SelectedTarget[] {
  writeByte(w.sink, 0x5d);
  const bytes = w.sink.bytes.subarray(0, w.sink.length);
  const text = w.ascii ? decoder.decode(bytes) : undefined;
  const { ids, ranks, keyAt } = w;
  const selected = new Array<SelectedTarget>(w.size);
  let i = 0;
  for (const { name, end } of w.strata)
    for (; i < end; i++) {
      const at = keyAt[i] as number;
      const key = text === undefined ? decoder.decode(bytes.subarray(at, at + 64)) : text.slice(at, at + 64);
      selected[i] = { id: ids[i] as string, stratum: name, key, rank: ranks[i] as number };
    }
  written.set(selected, bytes);
  return selected;
}

/**
 * Writes `"text"` at `o` when `text` is printable ASCII without `"` or `\\` (room already made), returning the
 * offset after it; 0 when it is not, and nothing counts as written.
 */
function writePlainString(bytes: Uint8Array, o: number, text: string): number {
  let at = o;
  bytes[at++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f) return 0;
    bytes[at++] = c;
  }
  bytes[at++] = 0x22;
  return at;
}

/** Writes the decimal digits of a whole number `1 <= value < 2^31` at `o`; returns the offset after them. */
function writeDigits(bytes: Uint8Array, o: number, value: number): number {
  let digits = 1;
  for (let v = value; v >= 10; v = (v / 10) | 0) digits++;
  let v = value;
  for (let k = o + digits - 1; k >= o; k--) {
    bytes[k] = 0x30 + (v % 10);
    v = (v / 10) | 0;
  }
  return o + digits;
}

/** The bytes `,"stratum":"…"}` that end every selected target of `stratum`. */
function stratumField(stratum: string): Uint8Array {
  const s = byteSink(stratum.length * 6 + 16);
  writeAscii(s, ',"stratum":');
  writeString(s, stratum);
  writeByte(s, 0x7d);
  return s.bytes.slice(0, s.length);
}

function isAsciiBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

/** Writes `[{"id":…,"key":…,"rank":…,"stratum":…},…]`, keys in canonical order. */
function writeSelected(sink: ByteSink, selected: readonly SelectedTarget[]): void {
  writeAscii(sink, '[');
  for (let i = 0; i < selected.length; i++) {
    const t = selected[i] as SelectedTarget;
    writeBytes(sink, i === 0 ? OPEN_FIRST : OPEN_NEXT);
    writeString(sink, t.id);
    writeBytes(sink, KEY_NAME);
    writeString(sink, t.key);
    writeBytes(sink, RANK_NAME);
    writeNumber(sink, t.rank);
    writeBytes(sink, STRATUM_NAME);
    writeString(sink, t.stratum);
    writeByte(sink, 0x7d);
  }
  writeAscii(sink, ']');
}

function writeAscii(sink: ByteSink, text: string): void {
  writeUtf8(sink, text);
}

/**
 * A JSON string: printable ASCII without `"` or `\` as it is, anything else as `JSON.stringify` writes it.
 * Returns `false` when the bytes written may hold a byte above 0x7f.
 */
function writeString(sink: ByteSink, text: string): boolean {
  const bytes = ensureRoom(sink, text.length + 2);
  const end = writePlainString(bytes, sink.length, text);
  if (end > 0) {
    sink.length = end;
    return true;
  }
  writeUtf8(sink, JSON.stringify(text));
  return false;
}

const DIGITS = new Uint8Array(16);

/** A number as canonical JSON: the digits of a safe whole number written directly. */
function writeNumber(sink: ByteSink, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    writeUtf8(sink, canonicalJson(value));
    return;
  }
  let v = value;
  let n = 0;
  do {
    DIGITS[n++] = 0x30 + (v % 10);
    v = Math.floor(v / 10);
  } while (v > 0);
  const bytes = ensureRoom(sink, n);
  let o = sink.length;
  for (let i = n - 1; i >= 0; i--) bytes[o++] = DIGITS[i] as number;
  sink.length = o;
}
