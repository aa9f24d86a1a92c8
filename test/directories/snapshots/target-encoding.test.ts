import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ENCODING_V3, ENCODING_V4, hashEntries } from '../../../src/directories/snapshots/entry-batch.js';
import { writeTargetV3, writeTargetV4 } from '../../../src/directories/snapshots/target-encoding.js';
import { generateTargets } from '../../../src/testing/index.js';
import { referenceEncode, referenceEncodeV4 } from './reference-v3.js';
import { fast } from './shaped-targets.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const hashes = (entries: readonly unknown[], encoding: typeof ENCODING_V3) => {
  const out = new Uint8Array(entries.length * 32);
  hashEntries(entries, out, undefined, encoding);
  return entries.map((_, i) => Buffer.from(out.subarray(i * 32, i * 32 + 32)).toString('hex'));
};

const t = generateTargets({ seed: 'target-encoding', count: 1 })[0] as unknown as Record<string, unknown>;
const past = (s: string) => ({ date: s, department: 'samr', items: [s, 'SAMR-001'], result: s, taskId: s });

/** Texts of every length in UTF-8 (1 to 4 bytes a character, a lone surrogate as 3), ASCII before and after. */
const TEXTS = [
  '',
  'a',
  'x'.repeat(127),
  '长'.repeat(127),
  `${'x'.repeat(126)}é`,
  'é',
  '\u007f\u0080',
  '\u07ff\u0800',
  '\uffff',
  '\u0000\u0001\u001f"\\',
  '😀',
  'a😀b',
  '\ud83d',
  '\ude00',
  'a\ud83d',
  '\ude00a',
  '\ud83d\ud83d\ude00',
  '\ude00\ud83d',
  '\ud83d😀',
  '\ue000',
  '\ud800\udbff\udc00\udfff',
  '\udbff\udc00',
  '\udc00\udfff',
  '\ud7ff\ue000',
  'abc长',
  '长abc',
  '达拉特旗达泰快餐店',
];

/** A target with `s` in every kind of place a text takes. */
const withText = (s: string) => [
  { ...t, name: s },
  { ...t, id: s, scale: s },
  { ...t, tags: [s, 'x', s] },
  { ...t, history: [past(s), past('a')] },
];

describe.each([
  ['ssj-directory/3', writeTargetV3, ENCODING_V3, referenceEncode],
  ['ssj-directory/4', writeTargetV4, ENCODING_V4, referenceEncodeV4],
] as const)('the %s target writer', (_, write, encoding, reference) => {
  it('writes every kind of text as the specification does, lone surrogates and control characters too', () => {
    const entries = TEXTS.flatMap(withText);
    for (const e of entries) expect(fast(write, e)).toBe(reference(e).toString('hex'));
    expect(hashes(entries, encoding)).toEqual(entries.map((e) => sha(reference(e))));
  });

  it('writes lists of up to 127 items and hands longer texts and lists to the general encoder', () => {
    const taken = [
      { ...t, tags: Array.from({ length: 127 }, (_, i) => `t${i}`) },
      { ...t, history: Array.from({ length: 127 }, (_, i) => past(`${i}`)) },
      { ...t, tags: [] },
      { ...t, history: [] },
      { ...t, history: [Object.assign(Object.create(null), past('a'))] },
      Object.assign(Object.create(null), t),
    ];
    for (const e of taken) expect(fast(write, e)).toBe(reference(e).toString('hex'));
    const handed = [
      ...['x', '长', '\ud83d'].flatMap((c) => withText(c.repeat(128))),
      { ...t, tags: Array.from({ length: 128 }, () => 't') },
      { ...t, history: Array.from({ length: 128 }, () => past('a')) },
      { ...t, history: [{ ...past('a'), items: Array.from({ length: 128 }, () => 'i') }] },
      { ...t, tags: ['a', 1] },
      { ...t, name: 7 },
      { ...t, name: 7.5 },
      { ...t, name: -0 },
      { ...t, name: null },
      { ...t, name: ['a'] },
      { ...t, name: { a: 1 } },
      { ...t, tags: 'a' },
      { ...t, history: [{ ...past('a'), extra: 1 }] },
      { ...t, history: [{ ...past('a'), items: 'i' }] },
      { ...t, abnormal: 1 },
    ];
    for (const e of handed) expect(fast(write, e)).toBeUndefined();
    const all = [...taken, ...handed];
    expect(hashes(all, encoding)).toEqual(all.map((e) => sha(reference(e))));
  });

  it('hands a target larger than its room to the general encoder, whatever its size', () => {
    // a long text takes 383 bytes and a history entry of them about 1.9 kB: the room is passed in each series
    const long = '长'.repeat(127);
    const sized = [
      ...Array.from({ length: 12 }, (_, k) => ({
        ...t,
        history: Array.from({ length: k }, () => past(long)),
      })),
      ...Array.from({ length: 50 }, (_, k) => ({ ...t, tags: Array.from({ length: k }, () => long) })),
    ];
    const written = sized.map((e) => fast(write, e));
    expect(written.filter((w) => w === undefined).length).toBeGreaterThan(5);
    expect(written.some((w) => w !== undefined && w.length > 2 * 14_000)).toBe(true);
    sized.forEach((e, k) => {
      if (written[k] !== undefined) expect(written[k]).toBe(reference(e).toString('hex'));
    });
    expect(hashes(sized, encoding)).toEqual(sized.map((e) => sha(reference(e))));
  });

  it('leaves an entry to the general encoder while Object.prototype has an enumerable key', () => {
    const { scale: _, ...unscaled } = t;
    const { date: _d, ...undated } = past('a');
    const proto = Object.prototype as Record<string, unknown>;
    const inherited = (key: string, entry: unknown) => {
      proto[key] = 'inherited';
      try {
        return hashes([entry], encoding)[0];
      } finally {
        delete proto[key];
      }
    };
    expect(inherited('scale', unscaled)).toBe(sha(reference(unscaled)));
    const entry = { ...t, history: [undated] };
    expect(inherited('date', entry)).toBe(sha(reference(entry)));
  });

  it('checks every key: an unknown key in the place of one the prototype supplies goes the general way', () => {
    const { name: _, ...nameless } = t;
    const renamed = [
      t,
      { ...nameless, nane: 'x' },
      { ...nameless, nane: 'y' },
      { nane: 'z', ...nameless },
      t,
    ];
    Object.defineProperty(Object.prototype, 'name', {
      value: 'inherited',
      configurable: true,
      writable: true,
    });
    let got: string[];
    try {
      got = hashes(renamed, encoding);
    } finally {
      delete (Object.prototype as Record<string, unknown>).name;
    }
    expect(got).toEqual(renamed.map((e) => sha(reference(e))));
  });
});
