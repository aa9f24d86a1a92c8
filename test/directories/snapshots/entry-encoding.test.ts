import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENCODING_V4, hashEntries } from '../../../src/directories/snapshots/entry-batch.js';
import { encodeValue, tableKey } from '../../../src/directories/snapshots/entry-encoding.js';
import { writeTargetV3, writeTargetV4 } from '../../../src/directories/snapshots/target-encoding.js';
import { generateTargets } from '../../../src/testing/index.js';
import { referenceEncode, referenceEncodeV4 } from './reference-v3.js';
import { anyText, fast, shapedTarget } from './shaped-targets.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** The library's entry hash of one entry, through the batch path. */
const entryHash = (entry: unknown) => {
  const out = new Uint8Array(32);
  hashEntries([entry], out);
  return hex(out);
};

const targets = generateTargets({ seed: 'entry-encoding', count: 300 });
const text = anyText;
const shaped = shapedTarget;
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    text,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(text, tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('the binary encoding of ssj-directory/3', () => {
  it('writes what the specification gives for any JSON value', () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(hex(encodeValue(v))).toBe(hex(referenceEncode(v)));
      }),
      { numRuns: 500 },
    );
    expect(hex(encodeValue(-0))).toBe(hex(encodeValue(0)));
    expect(hex(encodeValue({ a: undefined, b: 1 }))).toBe(hex(encodeValue({ b: 1 })));
    expect(hex(encodeValue('x'.repeat(300)))).toBe(`04ac02${'78'.repeat(300)}`);
  });

  it('gives a target-shaped entry the same bytes by the target writer and by the general encoder', () => {
    for (const t of targets) {
      expect(fast(writeTargetV3, t)).toBe(hex(encodeValue(t)));
      expect(entryHash(t)).toBe(sha(referenceEncode(t)));
    }
    fc.assert(
      fc.property(shaped, fc.boolean(), (entry, reverse) => {
        const input = reverse ? Object.fromEntries(Object.entries(entry).reverse()) : entry;
        const bytes = fast(writeTargetV3, input);
        if (bytes !== undefined) expect(bytes).toBe(hex(encodeValue(entry)));
        expect(entryHash(input)).toBe(sha(referenceEncode(entry)));
      }),
      { numRuns: 400 },
    );
  });

  it('hashes entries near the target shape by the general encoder, never to another digest', () => {
    const keys = Object.keys(targets[0] as object);
    const nearTarget = fc
      .record({
        t: fc.constantFrom(...targets.slice(0, 20)),
        key: fc.oneof(fc.constantFrom(...keys, 'history', 'tags'), text),
        value: fc.oneof(json, fc.constant(undefined)),
        drop: fc.boolean(),
      })
      .map(({ t, key, value, drop }) => {
        const e: Record<string, unknown> = { ...t };
        if (drop) delete e[key];
        else e[key] = value;
        return e;
      });
    fc.assert(
      fc.property(nearTarget, (e) => {
        expect(entryHash(e)).toBe(sha(referenceEncode(e)));
      }),
      { numRuns: 400 },
    );
    const t = targets[0] as unknown as Record<string, unknown>;
    const declined = [
      { ...t, extra: 1 },
      { ...t, scale: undefined },
      { ...t, abnormal: 'false' },
      { ...t, tags: ['a', 1] },
      { ...t, history: [{ date: '2024-01-01' }] },
      { ...t, id: 7 },
      { ...t, name: 'x'.repeat(128) },
      { ...t, tags: Array.from({ length: 128 }, () => 't') },
      (({ name: _n, ...rest }) => rest)(t),
      null,
      'text',
      [t],
    ];
    for (const value of declined) {
      expect(fast(writeTargetV3, value)).toBeUndefined();
      expect(entryHash(value)).toBe(sha(referenceEncode(value)));
    }
    expect(entryHash({ ...t, scale: undefined })).toBe(entryHash((({ scale: _s, ...rest }) => rest)(t)));
  });

  it('refuses what JSON cannot carry, with the code and the path', () => {
    const t = targets[0] as unknown as Record<string, unknown>;
    const cycle: Record<string, unknown> = { id: 'c' };
    cycle.self = { back: cycle };
    const refused: [unknown, (string | number)[]][] = [
      [{ ...t, n: Number.NaN }, ['n']],
      [{ ...t, n: Number.POSITIVE_INFINITY }, ['n']],
      [{ ...t, n: 1n }, ['n']],
      [{ ...t, f: () => 1 }, ['f']],
      [{ ...t, tags: ['a', undefined] }, ['tags', 1]],
      [{ ...t, tags: Object.assign(new Array<string>(2), { 1: 'a' }) }, ['tags', 0]],
      [{ ...t, history: [{ when: new Date(0) }] }, ['history', 0, 'when']],
      [Object.assign(Object.create({ inherited: true }), t), []],
      [cycle, ['self', 'back']],
    ];
    for (const [value, path] of refused) {
      expect(() => entryHash(value)).toThrow(
        expect.objectContaining({
          code: 'CANONICAL_JSON_UNSUPPORTED',
          issues: [expect.objectContaining({ path })],
        }),
      );
    }
  });

  it('hashes a long mixed list in batches, with entries far larger than a batch among them', () => {
    const tiny = Array.from({ length: 5000 }, (_, i) => ({ id: `t${i}` }));
    const huge = {
      id: 'huge',
      text: '长'.repeat(400_000),
      list: Array.from({ length: 40_000 }, (_, i) => i),
    };
    const entries: unknown[] = [...targets, ...tiny.slice(0, 2500), huge, ...tiny.slice(2500), targets[3]];
    const out = new Uint8Array(entries.length * 32);
    hashEntries(entries, out);
    entries.forEach((e, i) => {
      expect(hex(out.subarray(i * 32, i * 32 + 32))).toBe(sha(referenceEncode(e)));
    });
  });
});

describe('the binary encoding of ssj-directory/4', () => {
  const entryHashV4 = (entry: unknown) => {
    const out = new Uint8Array(32);
    hashEntries([entry], out, undefined, ENCODING_V4);
    return hex(out);
  };

  it('writes what the specification gives for any JSON value, keys of the table included', () => {
    const tableKeys = fc.constantFrom(
      'id',
      'tags',
      'taskId',
      'history',
      'Id',
      'k'.repeat(109),
      'k'.repeat(110),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        json,
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(text, tableKeys), tie('v'), { maxKeys: 5 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        expect(hex(encodeValue(v, tableKey))).toBe(hex(referenceEncodeV4(v)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a target-shaped entry the same bytes by the target writer and by the general encoder', () => {
    for (const t of targets.slice(0, 100)) {
      expect(fast(writeTargetV4, t)).toBe(hex(encodeValue(t, tableKey)));
      expect(entryHashV4(t)).toBe(sha(referenceEncodeV4(t)));
    }
    fc.assert(
      fc.property(shaped, (entry) => {
        expect(entryHashV4(entry)).toBe(sha(referenceEncodeV4(entry)));
      }),
      { numRuns: 300 },
    );
    const t = targets[0] as unknown as Record<string, unknown>;
    for (const near of [
      { ...t, extra: 1 },
      { ...t, tags: ['a', 1] },
      { ...t, name: 'x'.repeat(128) },
    ])
      expect(entryHashV4(near)).toBe(sha(referenceEncodeV4(near)));
  });
});
