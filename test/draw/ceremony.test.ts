import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commitDraw,
  type DrawRecord,
  deriveSeed,
  extendDraw,
  isSsjError,
  replaceInDraw,
  revealDraw,
  verifyDraw,
} from '../../src/index.js';
import { lp, makePool, nodeSha } from './helpers.js';

const pool = makePool(120);
const request = {
  pool,
  sample: { strata: { A: { count: 3 }, B: { ratio: 0.1 }, C: { count: 40 } } },
  exclude: [{ id: 'T000000', reason: '本年度已抽查', code: 'exclusion-window' }],
  filter: { industry: ['餐饮'], region: '达拉特旗' },
  randomnessSource: 'drand quicknet round 1234567',
  label: 'task-2025-07',
};

describe('the draw ceremony: commit, reveal, verify', () => {
  const commitment = commitDraw(request);
  const record = revealDraw(commitment, pool, ['8f1c 42', '双色球 2025-07-01']);

  it('derives the seed as the spec says, from the commitment digest and the randomness', () => {
    const expected = nodeSha(
      'shuangsuiji/seed/v1',
      lp(commitment.digest),
      lp('8f1c 42'),
      lp('双色球 2025-07-01'),
    );
    expect(record.seed).toBe(expected.toString('hex'));
    expect(deriveSeed(commitment.digest, ['é'])).toBe(deriveSeed(commitment.digest, ['e\u0301']));
  });

  it('binds the pool, the sizes, the exclusions, the filter and the randomness source into the commitment', () => {
    expect(commitment.pool.strata).toEqual({ A: 30, B: 30, C: 30, D: 30 });
    expect(commitment.sizes.B).toMatchObject({ pool: 30, size: 3 });
    expect(commitment.sizes.A).toMatchObject({ excluded: 1, eligible: 29 });
    expect(commitDraw({ ...request, filter: { industry: ['零售'] } }).digest).not.toBe(commitment.digest);
    expect(commitDraw({ ...request, pool: [...pool].reverse() }).digest).toBe(commitment.digest);
  });

  it('verifies a revealed record, and a record whose seed was not derived from the commitment fails', () => {
    expect(verifyDraw(record, pool)).toMatchObject({ valid: true, problems: [] });
    expect(() => revealDraw(commitment, pool.slice(1), ['x'])).toThrow(
      expect.objectContaining({ code: 'DRAW_POOL_MISMATCH' }),
    );
    expect(() => revealDraw({ ...commitment, label: 'other' }, pool, ['x'])).toThrow(
      expect.objectContaining({ code: 'DRAW_COMMITMENT_TAMPERED' }),
    );
  });

  it('a target found deregistered at the pre-visit check is replaced by the next key of its stratum', () => {
    const victim = record.selected.find((t) => t.stratum === 'A') as DrawRecord['selected'][number];
    const next = replaceInDraw(record, pool, victim.id, '已注销');
    expect(next.selected.some((t) => t.id === victim.id)).toBe(false);
    const added = next.selected.find((t) => !record.selected.some((s) => s.id === t.id));
    expect(added).toMatchObject({ stratum: 'A', rank: 4, key: record.strata.A?.nextKey });
    expect(next.replacements).toEqual([
      { id: victim.id, stratum: 'A', reason: '已注销', step: 1, replacedBy: added?.id },
    ]);
    expect(verifyDraw(next, pool).valid).toBe(true);
    expect(() => replaceInDraw(next, pool, victim.id, 'again')).toThrow(
      expect.objectContaining({ code: 'DRAW_NOT_SELECTED' }),
    );
  });

  it('an extension takes the next keys, keeps the first targets, and is verifiable', () => {
    const bigger = extendDraw(record, pool, { strata: { B: { count: 2 } } });
    expect(bigger.strata.B?.size).toBe(5);
    expect(bigger.selected.filter((t) => t.stratum === 'B').slice(0, 3)).toEqual(
      record.selected.filter((t) => t.stratum === 'B'),
    );
    expect(bigger.extensions).toEqual([{ stratum: 'B', added: 2, step: 1 }]);
    expect(verifyDraw(bigger, pool).valid).toBe(true);
    const replaced = replaceInDraw(bigger, pool, bigger.selected[0]?.id ?? '', 'not operating');
    expect(verifyDraw(replaced, pool).valid).toBe(true);
  });

  it('a stratum with nothing left records the replacement with no successor', () => {
    const c = record.selected.find((t) => t.stratum === 'C');
    const next = replaceInDraw(record, pool, c?.id ?? '', '迁出');
    expect(next.replacements.at(-1)?.replacedBy).toBeNull();
    expect(next.strata.C).toMatchObject({ eligible: 30, drawn: 30, selected: 29, shortfall: 10 });
    expect(verifyDraw(next, pool).valid).toBe(true);
  });
});

describe('verification names each problem', () => {
  const commitment = commitDraw(request);
  const record = revealDraw(commitment, pool, ['r']);
  const problems = (r: unknown, p = pool) => verifyDraw(r as DrawRecord, p).problems.map((x) => x.code);

  it('names a tampered digest, a wrong key, a dropped or added selection, a wrong order and a changed seed', () => {
    const first = record.selected[0] as DrawRecord['selected'][number];
    expect(problems({ ...record, digest: '0'.repeat(64) })).toEqual(['record-digest']);
    expect(
      problems({ ...record, selected: [{ ...first, key: '0'.repeat(64) }, ...record.selected.slice(1)] }),
    ).toContain('wrong-key');
    expect(problems({ ...record, selected: record.selected.slice(1) })).toContain('missing-selection');
    expect(
      problems({
        ...record,
        selected: [...record.selected, { id: 'T000000', stratum: 'A', key: '', rank: 9 }],
      }),
    ).toContain('excluded-selected');
    expect(
      problems({ ...record, selected: [...record.selected, { id: 'nope', stratum: 'A', key: '', rank: 9 }] }),
    ).toContain('extra-selection');
    expect(problems({ ...record, selected: [...record.selected].reverse() })).toContain('wrong-order');
    expect(problems({ ...record, seed: 'ff'.repeat(32) })).toContain('seed');
    expect(problems({ ...record, randomness: ['other'] })).toContain('seed');
    expect(problems({ ...record, commitment: { ...commitment, randomnessSource: 'x' } })).toContain(
      'commitment-digest',
    );
    expect(problems(record, pool.slice(2))).toContain('pool-digest');
    expect(problems({ ...record, selected: 'x' })).toContain('malformed');
  });

  it('fails for any change to a field of the record, the pool or the seed', () => {
    const json = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'object' && value !== null)
        for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      else if (path[0] !== 'digest') paths.push(path);
    };
    walk(json, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.boolean(), (path, redigest) => {
        const copy = structuredClone(json);
        let at: Record<string | number, unknown> = copy;
        for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
        const leaf = path.at(-1) as string | number;
        const old = at[leaf];
        at[leaf] =
          typeof old === 'number' ? old + 1 : typeof old === 'string' ? `${old}x` : old === null ? 'x' : !old;
        if (redigest) {
          const { digest: _d, ...body } = copy;
          copy.digest = nodeDigest(body);
        }
        expect(verifyDraw(copy as unknown as DrawRecord, pool).valid).toBe(false);
      }),
      { numRuns: 120 },
    );
    fc.assert(
      fc.property(fc.nat(pool.length - 1), fc.constantFrom('drop', 'rename', 'restratum'), (i, how) => {
        const changed = pool.flatMap((e, j) =>
          j !== i
            ? [e]
            : how === 'drop'
              ? []
              : how === 'rename'
                ? [{ ...e, id: `${e.id}x` }]
                : [{ ...e, stratum: 'Z' }],
        );
        expect(verifyDraw(record, changed).problems.map((p) => p.code)).toContain('pool-digest');
      }),
      { numRuns: 30 },
    );
  });
});

function nodeDigest(value: unknown): string {
  const canon = (v: unknown): string =>
    Array.isArray(v)
      ? `[${v.map(canon).join(',')}]`
      : typeof v === 'object' && v !== null
        ? `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : JSON.stringify(v);
  return nodeSha(canon(value)).toString('hex');
}

describe('errors', () => {
  it('rejects a request without a randomness source', () => {
    try {
      commitDraw({ ...request, randomnessSource: '' });
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'DRAW_INVALID_REQUEST')).toBe(true);
    }
  });
  it('rejects a seed derivation without randomness', () => {
    expect(() => deriveSeed('0'.repeat(64), [])).toThrow(
      expect.objectContaining({ code: 'DRAW_INVALID_SEED_INPUT' }),
    );
  });
});
