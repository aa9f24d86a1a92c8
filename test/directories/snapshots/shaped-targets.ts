import fc from 'fast-check';
import { createByteWriter } from '../../../src/directories/snapshots/byte-writer.js';
import type { TargetWriter } from '../../../src/directories/snapshots/target-encoding.js';
import { TARGET_KEYS } from '../../../src/directories/snapshots/target-shape.js';

/** Any text: lone surrogates, control characters, astral characters, and lengths past 128 code units. */
export const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ minLength: 120, maxLength: 300 }),
);

const historyEntry = fc.record({
  date: anyText,
  department: anyText,
  items: fc.array(anyText, { maxLength: 3 }),
  result: anyText,
  taskId: anyText,
});

/** Target-shaped entries (with or without `scale`) with any text in every field. */
export const shapedTarget = fc.record(
  {
    abnormal: fc.boolean(),
    active: fc.boolean(),
    creditAsOf: anyText,
    creditClass: anyText,
    history: fc.array(historyEntry, { maxLength: 3 }),
    id: anyText,
    industry: anyText,
    kind: anyText,
    name: anyText,
    region: anyText,
    scale: anyText,
    status: anyText,
    tags: fc.array(anyText, { maxLength: 4 }),
  },
  { requiredKeys: TARGET_KEYS.filter((k) => k !== 'scale') },
);

/**
 * What a target writer writes for `entry` (hex), or `undefined` when it hands the entry on. The buffer starts
 * small, so the writer gets exactly the room it asks for: a byte written past that room would be lost.
 */
export function fast(write: TargetWriter, entry: unknown): string | undefined {
  const w = createByteWriter(16);
  w.at = 3;
  return write(w, entry) ? Buffer.from(w.bytes.subarray(3, w.at)).toString('hex') : undefined;
}
