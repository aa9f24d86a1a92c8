import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Cores } from '../../../src/core/index.js';
import {
  createMessageHasher,
  messageQueue,
  padMessage,
} from '../../../src/directories/snapshots/message-hasher.js';

/** Hashes `messages` as one batch on `core` and returns the hex digests. */
function hashBatch(core: 'wasm-simd' | 'wasm' | 'typescript', messages: readonly Uint8Array[]): string[] {
  const hasher = createMessageHasher(core);
  const w = hasher.writer;
  const starts = new Int32Array(messages.length);
  const lengths = new Int32Array(messages.length);
  w.at = hasher.base;
  messages.forEach((m, k) => {
    const start = w.at;
    w.room(m.length);
    w.bytes.set(m, start);
    w.at += m.length;
    starts[k] = start;
    lengths[k] = m.length;
    if (hasher.padded) padMessage(w, start);
  });
  const out = new Uint8Array(messages.length * 32);
  const places = Int32Array.from(messages, (_, k) => k * 32);
  hasher.hashAll(starts, lengths, messages.length, out, places);
  return messages.map((_, k) => Buffer.from(out.subarray(k * 32, k * 32 + 32)).toString('hex'));
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('hashing a batch of messages side by side', () => {
  it.each(sha256Cores())('gives node:crypto digests on the %s core, for every length and mix', (core) => {
    const lengths = Array.from({ length: 260 }, (_, n) => n);
    const messages = [...lengths, 1000, 70_000, 0, 55, 56, 64].map((n) =>
      Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff),
    );
    expect(hashBatch(core, messages)).toEqual(messages.map(sha));
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 600 }), { maxLength: 60 }), (batch) => {
        expect(hashBatch(core, batch)).toEqual(batch.map(sha));
      }),
      { numRuns: 50 },
    );
  });

  it.each(sha256Cores())(
    'queues more messages than a batch holds, by count and by bytes, on the %s core',
    (core) => {
      const messages = Array.from({ length: 9_000 }, (_, k) =>
        Uint8Array.from({ length: (k * 37) % 150 }, (_, i) => (i * 13 + k) & 0xff),
      );
      for (const batchBytes of [1 << 30, 10_000]) {
        const hasher = createMessageHasher(core);
        const w = hasher.writer;
        const out = new Uint8Array(messages.length * 32);
        const queue = messageQueue(hasher, out, batchBytes);
        messages.forEach((m, k) => {
          const start = w.at;
          w.room(m.length);
          w.bytes.set(m, start);
          w.at += m.length;
          // the hashes land in reverse order, where the places say
          queue.end(start, (messages.length - 1 - k) * 32);
        });
        queue.flush();
        const got = messages.map((_, k) => Buffer.from(out.subarray(k * 32, k * 32 + 32)).toString('hex'));
        expect(got).toEqual([...messages].reverse().map(sha));
      }
    },
  );
});
