import fc from 'fast-check';
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
