import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/index.js';
import { sha256TextInto } from '../../../src/core/internal.js';
import { createCanonicalWriter } from '../../../src/directories/snapshots/canonical.js';
import { targetJson } from '../../../src/directories/snapshots/target-json.js';
import { generateTargets } from '../../../src/testing/index.js';
import { shapedTarget } from './shaped-targets.js';

const targets = generateTargets({ seed: 'target-json', count: 300 });
const shaped = shapedTarget;

describe('the target-shaped canonical JSON writer', () => {
  it('writes exactly the canonical JSON of every generated target', () => {
    for (const t of targets) expect(targetJson(t)).toBe(canonicalJson(t));
  });

  it('writes the canonical JSON of any target-shaped entry, whatever its text and key order', () => {
    fc.assert(
      fc.property(shaped, fc.boolean(), (entry, reverse) => {
        const input = reverse ? Object.fromEntries(Object.entries(entry).reverse()) : entry;
        expect(targetJson(input)).toBe(canonicalJson(entry));
      }),
      { numRuns: 300 },
    );
  });

  it('declines anything that is not exactly the shape, so the general writer serialises it', () => {
    const t = targets[0] as unknown as Record<string, unknown>;
    const declined = [
      { ...t, extra: 1 },
      { ...t, scale: undefined },
      { ...t, abnormal: 'false' },
      { ...t, tags: ['a', 1] },
      { ...t, tags: Object.assign(new Array<string>(2), { 1: 'a' }) },
      { ...t, history: [{ date: '2024-01-01' }] },
      { ...t, id: 7 },
      Object.assign(Object.create({ inherited: true }), t),
      (({ name: _n, ...rest }) => rest)(t),
      null,
      'text',
      [t],
    ];
    for (const value of declined) expect(targetJson(value)).toBeUndefined();
    const write = createCanonicalWriter();
    expect(write({ ...t, extra: 1 })).toBe(canonicalJson({ ...t, extra: 1 }));
    expect(write({ ...t, scale: undefined })).toBe(canonicalJson(t));
  });
});

describe('the canonical writer under a polluted Object.prototype', () => {
  it('writes own keys only, as canonicalJson does, for targets and other entries', () => {
    const { scale: _, ...unscaled } = targets[0] as unknown as Record<string, unknown>;
    const other = { id: 'o', note: 'n' };
    const proto = Object.prototype as Record<string, unknown>;
    proto.scale = 'inherited';
    let got: string[];
    let want: string[];
    try {
      const write = createCanonicalWriter();
      // the second entry lists `scale`, which a key list would then read from the others' prototype
      got = [unscaled, { ...other, scale: 's' }, other].map(write);
      want = [unscaled, { ...other, scale: 's' }, other].map((e) => canonicalJson(e));
    } finally {
      delete proto.scale;
    }
    expect(got).toEqual(want);
    expect(want[2]).toBe('{"id":"o","note":"n"}');
  });
});

describe('hashing many texts through the core memory', () => {
  it('gives the SHA-256 of the UTF-8 of every text, of every length around the block boundaries', () => {
    const out = new Uint8Array(32);
    const check = (s: string) => {
      sha256TextInto(s, out, 0);
      expect(Buffer.from(out).toString('hex')).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    };
    for (let n = 0; n < 200; n++) check('x'.repeat(n));
    for (let n = 0; n < 70; n++) check('达'.repeat(n));
    check('長'.repeat(6000));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => check(s)));
  });

  it('writes at the offset asked and leaves the rest alone', () => {
    const out = new Uint8Array(96).fill(7);
    sha256TextInto('abc', out, 32);
    expect(Buffer.from(out.subarray(32, 64)).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect([...out.subarray(0, 32), ...out.subarray(64)].every((b) => b === 7)).toBe(true);
  });
});
