import { SsjError } from '../../core/index.js';
import {
  type ByteWriter,
  createByteWriter,
  ulebInto,
  writeByte,
  writeFloat64,
  writeHead,
  writeText,
} from './byte-writer.js';
import { KEY_TABLE } from './target-shape.js';

/**
 * The canonical binary encoding of a JSON value that `ssj-directory/3` hashes for each entry (internal; the
 * specification is in `docs/directories.md`). One tag byte, then:
 *
 * ```
 * null 0x00 · false 0x01 · true 0x02
 * number 0x03 ‖ IEEE 754 binary64, big-endian (−0 as +0)
 * string 0x04 ‖ uleb128(UTF-8 length) ‖ UTF-8
 * array  0x05 ‖ uleb128(count) ‖ each item
 * object 0x06 ‖ uleb128(count) ‖ each member in key order (UTF-16 code units): uleb128(key length) ‖ key ‖ value
 * ```
 *
 * Object members whose value is `undefined` are left out, as JSON leaves them out. Everything JSON cannot carry
 * is refused as `canonicalJson` refuses it, so an entry has an encoding exactly when it has canonical JSON.
 *
 * `ssj-directory/4` writes the same bytes but for object keys: a key of {@link KEY_TABLE} is `uleb128(its
 * index)`, any other key `uleb128(table size + key length) ‖ key`.
 */

/** How an encoding writes an object key. */
export type KeyWriter = (w: ByteWriter, key: string) => void;

/** `ssj-directory/3`: every key as its text. */
export const textKey: KeyWriter = (w, key) => writeText(w, key);

const KEY_INDEX: ReadonlyMap<string, number> = new Map(KEY_TABLE.map((k, i) => [k, i]));

/** `ssj-directory/4`: a key of the table as its index, any other as its text after the table's indexes. */
export const tableKey: KeyWriter = (w, key) => {
  const index = KEY_INDEX.get(key);
  if (index === undefined) writeText(w, key, KEY_TABLE.length);
  else {
    w.room(5);
    w.at = ulebInto(w.bytes, w.at, index);
  }
};

export const TAG = {
  null: 0x00,
  false: 0x01,
  true: 0x02,
  number: 0x03,
  string: 0x04,
  array: 0x05,
  object: 0x06,
};

function fail(path: readonly (string | number)[], what: string): never {
  const where = path.length === 0 ? 'the root' : path.join('.');
  const message = `Cannot encode ${what} at ${where} as directory entry data`;
  throw new SsjError('CANONICAL_JSON_UNSUPPORTED', message, {
    issues: [{ path, message, expected: 'JSON data (object, array, string, finite number, boolean, null)' }],
  });
}

/**
 * Writes the encoding of `value`, its keys by `key`; `path` and `open` (the objects being written) name cycles and
 * their place.
 */
export function writeValue(
  w: ByteWriter,
  value: unknown,
  path: (string | number)[],
  open: Set<object>,
  key: KeyWriter = textKey,
): void {
  switch (typeof value) {
    case 'string':
      writeByte(w, TAG.string);
      writeText(w, value);
      return;
    case 'boolean':
      writeByte(w, value ? TAG.true : TAG.false);
      return;
    case 'number':
      if (!Number.isFinite(value)) fail(path, String(value));
      writeByte(w, TAG.number);
      writeFloat64(w, value);
      return;
    case 'object':
      if (value === null) writeByte(w, TAG.null);
      else writeComposite(w, value, path, open, key);
      return;
    default:
      fail(path, typeof value);
  }
}

function writeComposite(
  w: ByteWriter,
  value: object,
  path: (string | number)[],
  open: Set<object>,
  key: KeyWriter,
): void {
  if (open.has(value)) fail(path, 'a cycle');
  open.add(value);
  if (Array.isArray(value)) {
    writeHead(w, TAG.array, value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) fail([...path, i], 'undefined');
      writeValue(w, item, [...path, i], open, key);
    }
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      fail(path, `an instance of ${value.constructor?.name ?? 'a class'}`);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    writeHead(w, TAG.object, keys.length);
    for (const k of keys) {
      key(w, k);
      writeValue(w, record[k], [...path, k], open, key);
    }
  }
  open.delete(value);
}

/**
 * The encoding of one value, in a buffer of its own.
 *
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` for a value JSON cannot carry
 */
export function encodeValue(value: unknown, key: KeyWriter = textKey): Uint8Array {
  const w = createByteWriter();
  writeValue(w, value, [], new Set(), key);
  return w.bytes.slice(0, w.at);
}
