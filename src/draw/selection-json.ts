import { canonicalJson, type Sha256 } from '../core/index.js';
import type { SelectedTarget } from './types.js';

/**
 * The canonical JSON of a record's selection, `[{"id":…,"key":…,"rank":…,"stratum":…},…]` (RFC 8785, keys in
 * canonical order), written straight into a hash (internal). The bytes go through a fixed window that is handed
 * to the hash each time it fills, so a selection of any size takes no more memory than the window.
 */

/** A stratum's run of a selection as the record's assembly built it: its keys' hex digits are at hand. */
export interface BuiltRun {
  /** The run ends before `selected[end]` and starts where the run before it ended (or at 0): one stratum. */
  readonly end: number;
  /** The hex digits of the stratum's ranked keys, 64 a key: the target of rank `r` has `[64(r - 1), 64r)`. */
  readonly digits: Uint8Array;
  /** `,"stratum":…}`, the bytes that close each target of the run. */
  readonly tail: Uint8Array;
}

const WINDOW = 64 * 1024;

interface Window {
  bytes: Uint8Array;
  /** A view of `bytes`, for writing four bytes at once. */
  view: DataView;
  length: number;
  readonly hash: Sha256;
}

const encoder = new TextEncoder();
const ascii = (text: string): Uint8Array => encoder.encode(text);

/** Fixed bytes, written four at a time: their little-endian words, the last one padded with zeros. */
interface Piece {
  readonly length: number;
  readonly words: Uint32Array;
}

/** `bytes` as a {@link Piece}. */
function piece(bytes: Uint8Array): Piece {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  const words = new Uint32Array(padded.length >> 2);
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(4 * i, true);
  return { length: bytes.length, words };
}

const FIRST = piece(ascii('[{"id":'));
const NEXT = piece(ascii(',{"id":'));
const KEY = piece(ascii(',"key":'));
const RANK = piece(ascii(',"rank":'));

/** The bytes `,"stratum":…}` that close every target of `stratum`. */
export function stratumTail(stratum: string): Uint8Array {
  return ascii(`,"stratum":${canonicalJson(stratum)}}`);
}

/**
 * Hashes the canonical JSON of `selected` into `hash`. With `built`, the keys' digits are taken from the runs;
 * without, every target must be a plain `{ id, key, rank, stratum }` of strings and a number (as the caller
 * checked), and its strings are written as they are.
 */
export function hashSelection(
  hash: Sha256,
  selected: readonly SelectedTarget[],
  built?: readonly BuiltRun[],
): void {
  const bytes = new Uint8Array(WINDOW);
  const w: Window = { bytes, view: new DataView(bytes.buffer), length: 0, hash };
  let start = 0;
  if (built === undefined) {
    while (start < selected.length) {
      const { stratum } = selected[start] as SelectedTarget;
      let end = start + 1;
      while (end < selected.length && (selected[end] as SelectedTarget).stratum === stratum) end++;
      writeRun(w, selected, start, end, undefined, stratumTail(stratum));
      start = end;
    }
  } else {
    for (const run of built) {
      writeRun(w, selected, start, run.end, run.digits, run.tail);
      start = run.end;
    }
  }
  room(w, 2);
  if (selected.length === 0) w.bytes[w.length++] = 0x5b;
  w.bytes[w.length++] = 0x5d;
  w.hash.update(w.bytes.subarray(0, w.length));
}

/** Targets read ahead at a time: see {@link touch}. */
const AHEAD = 256;
/** What {@link touch} read, kept so that its reads are not optimised away. */
// biome-ignore lint/correctness/noUnusedVariables: written only, as the sink of the reads ahead
let touched = 0;

/**
 * Writes `selected[start, end)`, all of one stratum whose targets close with `tail`; each key from `digits` (64
 * hex digits a rank) when given, else from its string.
 */
function writeRun(
  w: Window,
  selected: readonly SelectedTarget[],
  start: number,
  end: number,
  digits: Uint8Array | undefined,
  tail: Uint8Array,
): void {
  const words = digits === undefined ? undefined : digitWords(digits);
  const close = piece(tail);
  for (let from = start; from < end; from += AHEAD) {
    const to = Math.min(end, from + AHEAD);
    touched = touch(selected, from, to, digits === undefined);
    for (let i = from; i < to; i++) {
      const t = selected[i] as SelectedTarget;
      // each field read once, so that the room made is for the very strings written
      const { id, rank: value } = t;
      const key = words === undefined ? t.key : undefined;
      // a JSON string takes at most 6 bytes a UTF-16 unit (`\uXXXX`), plus its quotes
      room(w, 6 * (id.length + (key?.length ?? 64)) + tail.length + 64);
      const out = w.bytes;
      const view = w.view;
      let o = put(view, w.length, i === 0 ? FIRST : NEXT);
      o = string(out, o, id);
      o = put(view, o, KEY);
      if (key === undefined) {
        out[o] = 0x22;
        // the digits four at a time, read as words and written back in the same byte order
        const at = (value - 1) * 16;
        for (let d = 0; d < 16; d++)
          view.setUint32(o + 1 + 4 * d, (words as Uint32Array)[at + d] as number, LITTLE);
        out[o + 65] = 0x22;
        o += 66;
      } else o = string(out, o, key);
      o = put(view, o, RANK);
      o = rank(out, o, value);
      w.length = put(view, o, close);
    }
  }
}

/** Whether typed arrays are little-endian here, so that words read from one are written back unchanged. */
const LITTLE = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `digits` as 32-bit words, in the platform's byte order. */
function digitWords(digits: Uint8Array): Uint32Array {
  const aligned = digits.byteOffset % 4 === 0 ? digits : digits.slice();
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
}

/**
 * Reads the last character of each id (and key) of `selected[from, to)` before any is copied. The strings lie
 * wherever the host made them; these independent reads bring them into the cache together, where reading them
 * one by one while writing would wait for each in turn (about half the time of writing ids here).
 */
function touch(selected: readonly SelectedTarget[], from: number, to: number, keys: boolean): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const t = selected[i] as SelectedTarget;
    sum += t.id.charCodeAt(t.id.length - 1);
    if (keys) sum += t.key.charCodeAt(t.key.length - 1);
  }
  return sum;
}

/** Makes room for `n` more bytes, handing what the window holds to the hash if they do not fit. */
function room(w: Window, n: number): void {
  if (w.length + n <= w.bytes.length) return;
  w.hash.update(w.bytes.subarray(0, w.length));
  w.length = 0;
  if (n > w.bytes.length) {
    w.bytes = new Uint8Array(n);
    w.view = new DataView(w.bytes.buffer);
  }
}

/**
 * Writes `p` at byte `o` of `view`, four bytes at a time, and returns its end: up to three bytes past it are
 * overwritten too (the room made for a target leaves more than that spare).
 */
function put(view: DataView, o: number, p: Piece): number {
  const words = p.words;
  for (let i = 0; i < words.length; i++) view.setUint32(o + 4 * i, words[i] as number, true);
  return o + p.length;
}

/**
 * `text` as a JSON string at `out[o]`: printable ASCII without `"` or `\` as it is, anything else as
 * `JSON.stringify` writes it (the string form of RFC 8785). Returns the end.
 */
function string(out: Uint8Array, o: number, text: string): number {
  out[o] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f)
      return o + encoder.encodeInto(JSON.stringify(text), out.subarray(o)).written;
    out[o + 1 + i] = c;
  }
  out[o + 1 + text.length] = 0x22;
  return o + text.length + 2;
}

/** The rank `value` as canonical JSON at `out[o]`; returns the end. */
function rank(out: Uint8Array, o: number, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0)
    return o + encoder.encodeInto(canonicalJson(value), out.subarray(o)).written;
  let n = 1;
  for (let v = value; v >= 10; v = Math.floor(v / 10)) n++;
  let v = value;
  for (let i = o + n - 1; i >= o; i--) {
    out[i] = 0x30 + (v % 10);
    v = Math.floor(v / 10);
  }
  return o + n;
}
