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

/**
 * Builds a selection and its canonical bytes together (internal to the record's assembly): `add` appends the
 * target and writes its JSON, the key's hex straight from its words; `finish` returns the list, whose bytes
 * {@link recordDigest} then uses.
 */
export function selectionWriter(count: number): {
  add(id: string, stratum: string, words: Int32Array, at: number, key: string, rank: number): void;
  finish(): SelectedTarget[];
} {
  const selected: SelectedTarget[] = [];
  const sink = byteSink(count * 128 + 2);
  const strata = new Map<string, Uint8Array>();
  writeByte(sink, 0x5b);
  return {
    add(id, stratum, words, at, key, rank) {
      selected.push({ id, stratum, key, rank });
      writeBytes(sink, selected.length === 1 ? OPEN_FIRST : OPEN_NEXT);
      writeString(sink, id);
      const bytes = ensureRoom(sink, 96);
      let o = sink.length;
      for (let i = 0; i < KEY_FIELD.length; i++) bytes[o++] = KEY_FIELD[i] as number;
      for (let i = 0; i < 8; i++) {
        const w = words[at + i] as number;
        for (let k = 28; k >= 0; k -= 4) bytes[o++] = HEX[(w >>> k) & 15] as number;
      }
      for (let i = 0; i < RANK_FIELD.length; i++) bytes[o++] = RANK_FIELD[i] as number;
      sink.length = o;
      writeNumber(sink, rank);
      let field = strata.get(stratum);
      if (field === undefined) {
        const s = byteSink(stratum.length * 6 + 16);
        writeAscii(s, ',"stratum":');
        writeString(s, stratum);
        writeByte(s, 0x7d);
        field = s.bytes.slice(0, s.length);
        strata.set(stratum, field);
      }
      writeBytes(sink, field);
    },
    finish() {
      writeByte(sink, 0x5d);
      written.set(selected, sink.bytes.subarray(0, sink.length));
      return selected;
    },
  };
}

/** Writes `[{"id":…,"key":…,"rank":…,"stratum":…},…]`, keys in canonical order. */
function writeSelected(sink: ByteSink, selected: readonly SelectedTarget[]): void {
  writeAscii(sink, '[');
  for (let i = 0; i < selected.length; i++) {
    const t = selected[i] as SelectedTarget;
    writeAscii(sink, i === 0 ? '{"id":' : ',{"id":');
    writeString(sink, t.id);
    writeAscii(sink, ',"key":');
    writeString(sink, t.key);
    writeAscii(sink, ',"rank":');
    writeNumber(sink, t.rank);
    writeAscii(sink, ',"stratum":');
    writeString(sink, t.stratum);
    writeAscii(sink, '}');
  }
  writeAscii(sink, ']');
}

function writeAscii(sink: ByteSink, text: string): void {
  writeUtf8(sink, text);
}

/** A JSON string: printable ASCII without `"` or `\` as it is, anything else as `JSON.stringify` writes it. */
function writeString(sink: ByteSink, text: string): void {
  const n = text.length;
  const start = sink.length;
  writeByte(sink, 0x22);
  const bytes = ensureRoom(sink, n + 1);
  let o = sink.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f) {
      sink.length = start;
      writeUtf8(sink, JSON.stringify(text));
      return;
    }
    bytes[o++] = c;
  }
  bytes[o++] = 0x22;
  sink.length = o;
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
