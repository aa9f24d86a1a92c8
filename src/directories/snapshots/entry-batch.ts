import { type KeyWriter, tableKey, textKey, writeValue } from './entry-encoding.js';
import { messageQueue, withHasher } from './message-hasher.js';
import { type TargetWriter, writeTargetV3, writeTargetV4 } from './target-encoding.js';
import { prototypeListsKeys } from './target-shape.js';

/**
 * The `ssj-directory/3` and `/4` entry hashes of many entries at once (internal): each entry's encoding is written
 * straight into the hash core's memory (a target by the target writer, anything else by the general encoder),
 * padded there, and hashed with the others of its batch, so a million targets allocate nothing per entry.
 */

/** What a version encodes entries with: its target writer, and how its general encoder writes keys. */
export interface EntryEncoding {
  readonly target: TargetWriter;
  readonly key: KeyWriter;
}
/** `ssj-directory/3`: keys as text. */
export const ENCODING_V3: EntryEncoding = { target: writeTargetV3, key: textKey };
/** `ssj-directory/4`: keys of the key table as their index. */
export const ENCODING_V4: EntryEncoding = { target: writeTargetV4, key: tableKey };

/** Messages are written until this many bytes wait, then hashed. */
const BATCH_BYTES = 256 * 1024;

/**
 * Writes the entry hash of each of `entries` (32 bytes each, by `encoding`) into `out`: in order, or, when
 * `slots` is given, the hash of entry `i` as record `slots[i]` (so hashes land in id order where they are made).
 *
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` when an entry holds a value JSON cannot carry
 */
export function hashEntries(
  entries: readonly unknown[],
  out: Uint8Array,
  slots?: ArrayLike<number>,
  encoding: EntryEncoding = ENCODING_V3,
): void {
  const { key } = encoding;
  const target = prototypeListsKeys() ? undefined : encoding.target;
  withHasher((hasher) => {
    const w = hasher.writer;
    const queue = messageQueue(hasher, out, BATCH_BYTES);
    for (let i = 0; i < entries.length; i++) {
      const start = w.at;
      const entry = entries[i];
      if (target === undefined || !target(w, entry)) writeValue(w, entry, [], new Set(), key);
      queue.end(start, (slots === undefined ? i : (slots[i] as number)) * 32);
    }
    queue.flush();
  });
}
