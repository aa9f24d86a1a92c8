import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSha256,
  createSha256Batch,
  isSsjError,
  type Sha256CoreKind,
  sha256,
  sha256Cores,
  sha256Midstate,
  toHex,
} from '../../src/core/index.js';
import { sha256Using } from '../../src/core/sha256.js';
import { typescriptBlocks, wasmBlocks } from '../../src/core/sha256-blocks.js';

const nodeHex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const [simd, wasm] = [wasmBlocks(), wasmBlocks(false)];
const blockCores = [typescriptBlocks, ...[wasm, simd].filter((c) => c !== undefined)];

describe('SHA-256 cores', () => {
  it('has WebAssembly with SIMD in Node 20, the TypeScript core always', () => {
    expect(sha256Cores()).toEqual(['wasm-simd', 'wasm', 'typescript']);
    expect([wasm?.kind, simd?.kind]).toEqual(['wasm', 'wasm-simd']);
  });

  it.each(blockCores.map((c) => [c.kind, c] as const))(
    '%s agrees with node:crypto at every length 0..300',
    (_, core) => {
      for (let n = 0; n <= 300; n++) {
        const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n * 7) & 0xff);
        expect(toHex(sha256Using(core, bytes)), `length ${n}`).toBe(nodeHex(bytes));
      }
    },
  );

  it.each(blockCores.map((c) => [c.kind, c] as const))(
    '%s agrees with node:crypto on random inputs',
    (_, core) => {
      fc.assert(
        fc.property(
          fc.uint8Array({ maxLength: 300 }),
          (bytes) => toHex(sha256Using(core, bytes)) === nodeHex(bytes),
        ),
        { numRuns: 300 },
      );
    },
  );

  it.each(blockCores.map((c) => [c.kind, c] as const))(
    '%s agrees with node:crypto on 3 MiB (several windows)',
    (_, core) => {
      const bytes = Uint8Array.from({ length: 3 * 2 ** 20 + 17 }, (_, i) => Math.imul(i, 2654435761) >>> 24);
      expect(toHex(sha256Using(core, bytes))).toBe(nodeHex(bytes));
    },
  );

  it.each([wasm, simd].filter((c) => c !== undefined).map((c) => [c.kind, c] as const))(
    '%s compresses every count of blocks as the TypeScript core does: groups of four, remainders, windows',
    (_, core) => {
      const bytes = Uint8Array.from({ length: 2100 * 64 }, (_, i) => Math.imul(i + 7, 2654435761) >>> 24);
      const counts = [
        ...Array.from({ length: 13 }, (_, n) => n),
        1023,
        1024,
        1025,
        1026,
        1027,
        1028,
        1029,
        2051,
      ];
      for (const count of counts)
        for (const offset of [0, 64, 5]) {
          const start = Int32Array.from({ length: 8 }, (_, i) => Math.imul(count + 1, i + 0x9e3779b9));
          const expected = Int32Array.from(start);
          typescriptBlocks.compress(expected, bytes, offset, count);
          const state = Int32Array.from(start);
          core.compress(state, bytes, offset, count);
          expect([...state], `${count} blocks from ${offset}`).toEqual([...expected]);
        }
    },
  );

  it('feeds long updates through the chosen core without changing the digest', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i & 0xff);
    const hasher = createSha256().update(bytes.subarray(0, 33)).update(bytes.subarray(33));
    expect(hasher.digestHex()).toBe(nodeHex(bytes));
    expect(toHex(sha256(bytes))).toBe(nodeHex(bytes));
  });
});

/** One block of `prefix ‖ suffix` after a 64-byte prefix: the suffix, the padding bit and the length. */
function blockOf(suffix: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(suffix);
  block[suffix.length] = 0x80;
  new DataView(block.buffer).setUint32(60, (64 + suffix.length) * 8);
  return block;
}

const wordsHex = (out: Int32Array, i: number) =>
  Array.from(out.subarray(i * 8, i * 8 + 8), (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');

describe.each(sha256Cores().map((c) => [c] as const))('a SHA-256 batch on %s', (core: Sha256CoreKind) => {
  it('hashes each message after its own midstate, for every suffix length and any count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 64, maxLength: 64 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.record({ lane: fc.nat(), suffix: fc.uint8Array({ maxLength: 55 }) }), { maxLength: 23 }),
        (prefixes, messages) => {
          const batch = createSha256Batch({ capacity: 23, states: prefixes.length, core });
          prefixes.forEach((p, k) => {
            batch.states.set(sha256Midstate(p).state, k * 8);
          });
          messages.forEach((m, i) => {
            batch.lanes[i] = m.lane % prefixes.length;
            batch.blocks.set(blockOf(m.suffix), i * 64);
          });
          batch.run(messages.length);
          return messages.every((m, i) => {
            const prefix = prefixes[m.lane % prefixes.length] as Uint8Array;
            return wordsHex(batch.out, i) === nodeHex(new Uint8Array([...prefix, ...m.suffix]));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('hashes 10,001 messages in one run (all lanes of every quad, then a remainder)', () => {
    const prefix = Uint8Array.from({ length: 64 }, (_, i) => i * 3);
    const batch = createSha256Batch({ capacity: 10_001, states: 1, core });
    batch.states.set(sha256Midstate(prefix).state);
    const ids = Array.from({ length: 10_001 }, (_, i) => new TextEncoder().encode(`91150621MA${i}`));
    ids.forEach((id, i) => {
      batch.blocks.set(blockOf(id), i * 64);
    });
    batch.run(ids.length);
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 4711, 9999, 10_000])
      expect(wordsHex(batch.out, i)).toBe(nodeHex(new Uint8Array([...prefix, ...(ids[i] as Uint8Array)])));
  });
});

describe('createSha256Batch refuses what it cannot run', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return isSsjError(e) ? `${e.code} ${e.issues[0]?.path.join('.')}` : String(e);
    }
    return 'no error';
  };
  it.each([
    [null, 'INVALID_INPUT options'],
    [{ capacity: 0, states: 1 }, 'INVALID_INPUT capacity'],
    [{ capacity: 1.5, states: 1 }, 'INVALID_INPUT capacity'],
    [{ capacity: 2 ** 21, states: 1 }, 'INVALID_INPUT capacity'],
    [{ capacity: 4, states: 0 }, 'INVALID_INPUT states'],
    [{ capacity: 4, states: 1, core: 'gpu' }, 'INVALID_INPUT core'],
  ])('%j', (options, expected) => {
    expect(code(() => createSha256Batch(options as never))).toBe(expected);
  });

  it.each(sha256Cores().map((c) => [c] as const))(
    'on %s: a count beyond capacity or a lane beyond the states',
    (core) => {
      const batch = createSha256Batch({ capacity: 4, states: 2, core });
      expect(code(() => batch.run(5))).toBe('INVALID_INPUT count');
      expect(code(() => batch.run(-1))).toBe('INVALID_INPUT count');
      batch.lanes[1] = 2;
      expect(code(() => batch.run(2))).toBe('INVALID_INPUT lanes');
      expect(code(() => batch.run(1))).toBe('no error');
    },
  );
});
