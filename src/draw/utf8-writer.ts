/**
 * Writes UTF-8 into a growing byte buffer, with an ASCII fast path that avoids `TextEncoder` (internal).
 */

const encoder = new TextEncoder();

/** A growable byte buffer (mutable, private to the draw engine). */
export interface ByteSink {
  bytes: Uint8Array;
  length: number;
}

/** A new sink with the given initial capacity. */
export function byteSink(capacity = 1024): ByteSink {
  return { bytes: new Uint8Array(Math.max(capacity, 64)), length: 0 };
}

function ensure(sink: ByteSink, extra: number): void {
  const need = sink.length + extra;
  if (need <= sink.bytes.length) return;
  let size = sink.bytes.length * 2;
  while (size < need) size *= 2;
  const next = new Uint8Array(size);
  next.set(sink.bytes.subarray(0, sink.length));
  sink.bytes = next;
}

/** Makes room for `extra` more bytes and returns the (possibly new) buffer. */
export function ensureRoom(sink: ByteSink, extra: number): Uint8Array {
  ensure(sink, extra);
  return sink.bytes;
}

/** Appends the UTF-8 bytes of `text`; returns the number of bytes written. */
export function writeUtf8(sink: ByteSink, text: string): number {
  const n = text.length;
  ensure(sink, 3 * n);
  const bytes = sink.bytes;
  const start = sink.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) break;
    bytes[start + i] = c;
  }
  if (i === n) {
    sink.length = start + n;
    return n;
  }
  const { written } = encoder.encodeInto(text.slice(i), sink.bytes.subarray(start + i));
  sink.length = start + i + written;
  return i + written;
}

/** Appends the 4-byte big-endian length `value`. */
export function writeUint32(sink: ByteSink, value: number): void {
  ensure(sink, 4);
  const b = sink.bytes;
  const o = sink.length;
  b[o] = value >>> 24;
  b[o + 1] = value >>> 16;
  b[o + 2] = value >>> 8;
  b[o + 3] = value;
  sink.length = o + 4;
}

/** Appends raw bytes. */
export function writeBytes(sink: ByteSink, data: Uint8Array): void {
  ensure(sink, data.length);
  const n = data.length;
  if (n > 32) sink.bytes.set(data, sink.length);
  else {
    // a call to `set` costs more than copying a few bytes
    const bytes = sink.bytes;
    const o = sink.length;
    for (let i = 0; i < n; i++) bytes[o + i] = data[i] as number;
  }
  sink.length += n;
}
