import { canonicalJson, type Sha256 } from '../core/index.js';
import type { SelectedTarget } from './types.js';

/**
 * The canonical JSON of a record's selection, `[{"id":…,"key":…,"rank":…,"stratum":…},…]` (RFC 8785, keys in
 * canonical order), written straight into a hash (internal). The bytes go through a fixed window that is handed
 * to the hash each time it fills, so a selection of any size takes no more memory than the window.
 */

/** A stratum's run of a selection as the record's assembly built it: its keys' hex digits are at hand. */
export interface BuiltRun {
  /** The run is `selected[start, end)`, all of one stratum. */
  readonly end: number;
  /** The hex digits of the stratum's ranked keys, 64 a key: the target of rank `r` has `[64(r - 1), 64r)`. */
  readonly digits: Uint8Array;
  /** `,"stratum":…}`, the bytes that close each target of the run. */
  readonly tail: Uint8Array;
}

const WINDOW = 64 * 1024;

interface Window {
  bytes: Uint8Array;
  length: number;
  readonly hash: Sha256;
}

const encoder = new TextEncoder();
const ascii = (text: string): Uint8Array => encoder.encode(text);
const FIRST = ascii('[{"id":');
const NEXT = ascii(',{"id":');
const KEY = ascii(',"key":');
const RANK = ascii(',"rank":');

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
  const w: Window = { bytes: new Uint8Array(WINDOW), length: 0, hash };
  if (built === undefined) {
    let stratum: string | undefined;
    let tail: Uint8Array = new Uint8Array(0);
    for (let i = 0; i < selected.length; i++) {
      const t = selected[i] as SelectedTarget;
      if (t.stratum !== stratum) {
        stratum = t.stratum;
        tail = stratumTail(stratum);
      }
      string(w, i === 0 ? FIRST : NEXT, t.id);
      string(w, KEY, t.key);
      rank(w, t.rank, tail);
    }
  } else {
    let start = 0;
    for (const run of built) {
      for (let i = start; i < run.end; i++) {
        const t = selected[i] as SelectedTarget;
        string(w, i === 0 ? FIRST : NEXT, t.id);
        digits(w, run.digits, (t.rank - 1) * 64);
        rank(w, t.rank, run.tail);
      }
      start = run.end;
    }
  }
  room(w, 2);
  if (selected.length === 0) w.bytes[w.length++] = 0x5b;
  w.bytes[w.length++] = 0x5d;
  w.hash.update(w.bytes.subarray(0, w.length));
}

/** Makes room for `n` more bytes, handing what the window holds to the hash if they do not fit. */
function room(w: Window, n: number): void {
  if (w.length + n <= w.bytes.length) return;
  w.hash.update(w.bytes.subarray(0, w.length));
  w.length = 0;
  if (n > w.bytes.length) w.bytes = new Uint8Array(n);
}

function piece(w: Window, bytes: Uint8Array): void {
  room(w, bytes.length);
  const out = w.bytes;
  const o = w.length;
  for (let i = 0; i < bytes.length; i++) out[o + i] = bytes[i] as number;
  w.length = o + bytes.length;
}

/**
 * `name` then `text` as a JSON string: printable ASCII without `"` or `\` as it is, anything else as
 * `JSON.stringify` writes it (the string form of RFC 8785).
 */
function string(w: Window, name: Uint8Array, text: string): void {
  piece(w, name);
  room(w, text.length + 2);
  const out = w.bytes;
  let o = w.length;
  out[o++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f) {
      piece(w, encoder.encode(JSON.stringify(text)));
      return;
    }
    out[o++] = c;
  }
  out[o++] = 0x22;
  w.length = o;
}

/** `,"key":"…"` from 64 hex digits at `digits[at]`. */
function digits(w: Window, from: Uint8Array, at: number): void {
  piece(w, KEY);
  room(w, 66);
  const out = w.bytes;
  const o = w.length;
  out[o] = 0x22;
  for (let i = 0; i < 64; i++) out[o + 1 + i] = from[at + i] as number;
  out[o + 65] = 0x22;
  w.length = o + 66;
}

/** `,"rank":…` then the stratum's `tail`. */
function rank(w: Window, value: number, tail: Uint8Array): void {
  piece(w, RANK);
  if (Number.isSafeInteger(value) && value >= 0) {
    room(w, 16);
    let n = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) n++;
    let v = value;
    for (let i = w.length + n - 1; i >= w.length; i--) {
      w.bytes[i] = 0x30 + (v % 10);
      v = Math.floor(v / 10);
    }
    w.length += n;
  } else {
    piece(w, encoder.encode(canonicalJson(value)));
  }
  piece(w, tail);
}
