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

/**
 * The hex SHA-256 of the canonical JSON of `body`, as `canonicalDigest(body)`. `built` says the selection was
 * just built by the record's assembly (plain `{ id, stratum, key, rank }` targets), so it need not be checked.
 */
export function recordDigest(body: RecordBody, built = false): string {
  const text = canonicalJson({ ...body, selected: MARK });
  const at = text.indexOf(MARK_JSON);
  if (at < 0 || text.indexOf(MARK_JSON, at + 1) >= 0) return canonicalDigest(body);
  if (!built && !isPlainSelection(body.selected)) return canonicalDigest(body);
  const sink = byteSink(body.selected.length * 128);
  writeSelected(sink, body.selected);
  return createSha256()
    .update(text.slice(0, at))
    .update(sink.bytes.subarray(0, sink.length))
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
const OPEN_FIRST = ascii('{"id":');
const OPEN_NEXT = ascii(',{"id":');
const KEY_NAME = ascii(',"key":');
const RANK_NAME = ascii(',"rank":');
const STRATUM_NAME = ascii(',"stratum":');

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
