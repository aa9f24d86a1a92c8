import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAND_NETWORKS, isSsjError } from '../../src/core/index.js';
import {
  ceremonySeed,
  commitDraw,
  type DrawRecord,
  type DrawRequest,
  drawTargets,
  extendDraw,
  type RandomnessDescriptor,
  replaceInDraw,
  revealDraw,
  verifyDraw,
} from '../../src/draw/index.js';
import { beaconOf } from './fixture-beacons.js';
import { makePool } from './helpers.js';

const pool = makePool(200);
const quicknet123: RandomnessDescriptor = { kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 123 };
const fc3d: RandomnessDescriptor = {
  kind: 'lottery',
  game: '福彩3D',
  issue: '2026335',
  count: 3,
  min: 0,
  max: 9,
  order: 'drawn',
};
const request: DrawRequest = {
  pool,
  sample: { strata: { A: { count: 5 }, B: { ratio: 0.1 }, C: { count: 3 }, D: { count: 2 } } },
  exclude: [{ id: 'T000004', reason: '本年度已抽查', code: 'exclusion-window' }],
  randomness: [quicknet123, fc3d],
  label: 'DLT-2026-12',
};
const beacon = beaconOf('quicknet', 123);
const commitment = commitDraw(request);
const record = revealDraw(commitment, pool, [beacon, '4 7 2']);
const codes = (r: DrawRecord, options = {}) => verifyDraw(r, pool, options).problems.map((p) => p.code);

describe('an ssj-draw/2 ceremony', () => {
  it('commits to descriptors, reveals canonical values, and verifies against the published digest', () => {
    expect(commitment.algorithm).toBe('ssj-draw/2');
    expect(record).toMatchObject({ algorithm: 'ssj-draw/2', form: 'ceremony' });
    expect(record.randomness).toEqual([beacon.signature, '4 7 2']);
    const check = verifyDraw(record, pool, { commitment: commitment.digest });
    expect(check).toMatchObject({ valid: true, anchor: 'matched', commitmentDigest: commitment.digest });
    expect(check.randomness.map((r) => [r.kind, r.status, r.time])).toEqual([
      ['drand', 'not-checked', beacon.time_utc],
      ['lottery', 'not-checked', undefined],
    ]);
  });

  it('takes SHA-256 of the drand signature, the beacon randomness, into the seed', () => {
    expect(ceremonySeed(commitment, [beacon, [4, 7, 2]]).values.map((v) => v.seedInput)).toEqual([
      beacon.randomness,
      '4 7 2',
    ]);
  });

  it('without a published digest says so: the anchor is not-given and the digest is shown to compare', () => {
    expect(verifyDraw(record, pool)).toMatchObject({
      valid: true,
      anchor: 'not-given',
      commitmentDigest: commitment.digest,
    });
  });

  it('fails against any other published digest, or a published commitment file that was altered', () => {
    expect(codes(record, { commitment: 'ab'.repeat(32) })).toEqual(['commitment-anchor']);
    expect(codes(record, { commitment: { ...commitment, label: 'x' } })).toContain('commitment-anchor');
    expect(codes(record, { commitment })).toEqual([]);
  });
});

describe('re-forged draws all fail against the original commitment', () => {
  const reforge = (
    changes: Partial<DrawRequest>,
    revealed: Parameters<typeof revealDraw>[2] = [beacon, '472'],
  ) => revealDraw(commitDraw({ ...request, ...changes }), pool, revealed);

  it('a label changed by one space, re-committed after the randomness', () => {
    const forged = reforge({ label: 'DLT-2026-12 ' });
    expect(verifyDraw(forged, pool).valid).toBe(true);
    expect(codes(forged, { commitment: commitment.digest })).toEqual(['commitment-anchor']);
  });

  it('an exclusion added, re-committed after the randomness', () => {
    const forged = reforge({ exclude: [...(request.exclude ?? []), { id: 'T000008', reason: '迁出' }] });
    expect(codes(forged, { commitment: commitment.digest })).toEqual(['commitment-anchor']);
  });

  it('the randomness respelled: every spelling gives the one seed, and a respelled record fails', () => {
    expect(revealDraw(commitment, pool, [beacon, '472']).digest).toBe(record.digest);
    expect(revealDraw(commitment, pool, [beacon.signature.toUpperCase(), '4,7,2']).digest).toBe(
      record.digest,
    );
    const respelled = { ...record, randomness: [beacon.signature, '472'] };
    expect(codes(respelled, { commitment: commitment.digest })).toEqual(['record-digest', 'randomness']);
  });

  it('a different result of the committed lottery is not a spelling: it changes the seed', () => {
    expect(revealDraw(commitment, pool, [beacon, '2 7 4']).seed).not.toBe(record.seed);
  });
});

describe('revealed values that do not fit their descriptor are refused with a code', () => {
  const refused = (values: Parameters<typeof revealDraw>[2]) => {
    try {
      revealDraw(commitment, pool, values);
    } catch (error) {
      return isSsjError(error) ? error.code : 'other';
    }
    return 'accepted';
  };
  it.each([
    ['too few values', [beacon]],
    ['too many numbers', [beacon, '4 7 2 1']],
    ['a number out of range', [beacon, '4 17 2']],
    ['words in the lottery value', [beacon, '福彩3D 2026335: 4 7 2']],
    ['a beacon of another round', [beaconOf('quicknet', 3), '472']],
    ['a signature of the wrong length', ['abcd', '472']],
    [
      'a beacon whose randomness is not SHA-256 of its signature',
      [{ ...beacon, randomness: '00'.repeat(32) }, '472'],
    ],
  ] as const)('%s', (_name, values) => {
    expect(refused(values as Parameters<typeof revealDraw>[2])).toBe('DRAW_RANDOMNESS_MISMATCH');
  });

  it('a commitment without descriptors, or with an unknown kind, is refused', () => {
    const { randomness: _r, ...bare } = request;
    expect(() => commitDraw(bare)).toThrow(expect.objectContaining({ code: 'DRAW_INVALID_REQUEST' }));
    const unknown = { ...request, randomness: [{ kind: 'weather', source: 'x' }] } as unknown as DrawRequest;
    expect(() => commitDraw(unknown)).toThrow(expect.objectContaining({ code: 'DRAW_INVALID_REQUEST' }));
  });
});

describe('no two accepted spellings of one revealed result give different seeds', () => {
  const lottery = (max: number, order: 'drawn' | 'sorted', count: number): RandomnessDescriptor => ({
    kind: 'lottery',
    game: 'g',
    issue: '1',
    count,
    min: 0,
    max,
    order,
  });
  const fullwidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const spell = (numbers: readonly number[], width: number) =>
    fc
      .record({
        sep: fc.constantFrom(' ', ',', ', ', '、', '|', ' - ', '  ', '\t', '/', '+'),
        pad: fc.boolean(),
        wide: fc.boolean(),
        packed: fc.boolean(),
        list: fc.boolean(),
      })
      .map(({ sep, pad, wide, packed, list }) => {
        if (list) return [...numbers];
        const parts = numbers.map((n) => (pad || packed ? String(n).padStart(width, '0') : String(n)));
        const text = packed && numbers.length > 1 ? parts.join('') : ` ${parts.join(sep)} `;
        return wide ? fullwidth(text) : text;
      });

  it('for lotteries (any range, drawn or sorted order) and dice', () => {
    const cases = fc
      .record({
        max: fc.constantFrom(9, 33, 80, 999),
        count: fc.integer({ min: 1, max: 7 }),
        sorted: fc.boolean(),
      })
      .chain(({ max, count, sorted }) =>
        fc
          .array(fc.integer({ min: 0, max }), { minLength: count, maxLength: count })
          .chain((numbers) =>
            fc.tuple(
              fc.constant(lottery(max, sorted ? 'sorted' : 'drawn', count)),
              fc.constant(numbers),
              spell(numbers, String(max).length),
              spell(sorted ? [...numbers].reverse() : numbers, String(max).length),
            ),
          ),
      );
    fc.assert(
      fc.property(cases, ([descriptor, _numbers, a, b]) => {
        const c = commitDraw({ pool: [], sample: { count: 0 }, randomness: [descriptor] });
        expect(ceremonySeed(c, [a]).seed).toBe(ceremonySeed(c, [b]).seed);
      }),
      { numRuns: 300 },
    );
  });

  it('for dice and hex values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 10, maxLength: 10 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.constantFrom(' ', '', ',', '\n'),
        (dice, bytes, sep) => {
          const c = commitDraw({
            pool: [],
            sample: { count: 0 },
            randomness: [
              { kind: 'dice', event: '公开掷骰', dice: 10, faces: 6 },
              { kind: 'hex', source: 'x', bytes: 32 },
            ],
          });
          const hex = Buffer.from(bytes).toString('hex');
          const spaced = hex.toUpperCase().replace(/(.{8})/g, '$1 ');
          expect(ceremonySeed(c, [dice.join(sep), hex]).seed).toBe(
            ceremonySeed(c, [fullwidth(dice.join('')), spaced]).seed,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the direct form is marked and not taken for a ceremony', () => {
  const direct = drawTargets({ pool, sample: { count: 3 }, seed: 'ab'.repeat(32) });
  it('is a direct-form problem unless allowDirect', () => {
    expect(direct).toMatchObject({ algorithm: 'ssj-draw/2', form: 'direct' });
    expect(verifyDraw(direct, pool)).toMatchObject({ valid: false, form: 'direct', commitmentDigest: null });
    expect(codes(direct)).toEqual(['direct-form']);
    expect(verifyDraw(direct, pool, { allowDirect: true }).valid).toBe(true);
  });
  it('a direct record relabelled as a ceremony is malformed', () => {
    const { digest: _d, ...body } = { ...direct, form: 'ceremony' as const };
    expect(codes({ ...body, digest: direct.digest }, { allowDirect: true })).toContain('malformed');
  });
});

describe('changes keep their version and their step numbering is checked', () => {
  const extended = extendDraw(replaceInDraw(record, pool, record.selected[0]?.id ?? '', '已注销'), pool, {
    strata: { A: { count: 1 }, C: { count: 2 } },
  });
  it('extends and replaces an ssj-draw/2 record as a ceremony that still verifies', () => {
    expect(extended).toMatchObject({ algorithm: 'ssj-draw/2', form: 'ceremony' });
    expect(extended.extensions.map((e) => [e.stratum, e.step])).toEqual([
      ['A', 2],
      ['C', 2],
    ]);
    expect(verifyDraw(extended, pool, { commitment: commitment.digest }).valid).toBe(true);
  });
  const renumber = (r: DrawRecord, change: (r: DrawRecord) => Partial<DrawRecord>) => ({
    ...r,
    ...change(r),
  });
  it('a gap in the steps is a step-numbering problem', () => {
    const gap = renumber(extended, (r) => ({ extensions: r.extensions.map((e) => ({ ...e, step: 3 })) }));
    expect(codes(gap)).toContain('step-numbering');
  });
  it('a step shared by a replacement and an extension is a step-numbering problem', () => {
    const shared = renumber(extended, (r) => ({ extensions: r.extensions.map((e) => ({ ...e, step: 1 })) }));
    expect(codes(shared)).toContain('step-numbering');
  });
});

describe('stratum names of the sample are NFC', () => {
  it('refuses a name that is not NFC instead of asking 0 of its stratum', () => {
    const nfd = {
      pool: [{ id: 'a', stratum: 'é' }],
      sample: { strata: { 'e\u0301': { count: 1 } } },
      seed: '00'.repeat(32),
    };
    expect(() => drawTargets(nfd)).toThrow(expect.objectContaining({ code: 'DRAW_INVALID_STRATUM_NAME' }));
  });
});
