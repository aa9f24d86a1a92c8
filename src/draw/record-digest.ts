import { canonicalDigest, canonicalJson, createSha256 } from '../core/index.js';
import type { SelectedTarget } from './types.js';
import { type ByteSink, byteSink, writeByte, writeUtf8 } from './utf8-writer.js';

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

/** The hex SHA-256 of the canonical JSON of `body`, as `canonicalDigest(body)`. */
export function recordDigest(body: RecordBody): string {
  const text = canonicalJson({ ...body, selected: MARK });
  const at = text.indexOf(MARK_JSON);
  if (at < 0 || text.indexOf(MARK_JSON, at + 1) >= 0) return canonicalDigest(body);
  const sink = byteSink(body.selected.length * 128);
  writeSelected(sink, body.selected);
  return createSha256()
    .update(text.slice(0, at))
    .update(sink.bytes.subarray(0, sink.length))
    .update(text.slice(at + MARK_JSON.length))
    .digestHex();
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
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f) {
      writeUtf8(sink, JSON.stringify(text));
      return;
    }
  }
  writeByte(sink, 0x22);
  writeUtf8(sink, text);
  writeByte(sink, 0x22);
}

const DIGITS: number[] = [];

/** A number as canonical JSON: the digits of a safe whole number written directly. */
function writeNumber(sink: ByteSink, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    writeUtf8(sink, canonicalJson(value));
    return;
  }
  let v = value;
  DIGITS.length = 0;
  do {
    DIGITS.push(0x30 + (v % 10));
    v = Math.floor(v / 10);
  } while (v > 0);
  for (let i = DIGITS.length - 1; i >= 0; i--) writeByte(sink, DIGITS[i] as number);
}
