/**
 * The page's check without a browser: recognising files, decoding GBK, anchoring to the published digest, the
 * verdicts, the assignment's link to the draw and the id look-up. Each check has a case only it catches.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../page/classify.js';
import { lookup } from '../../page/lookup.js';
import { decodeText } from '../../page/read-files.js';
import { type NamedBytes, verifyFiles } from '../../page/verify-files.js';
import { assignInspectors } from '../../src/assign/index.js';
import { verifyDrandBeacon } from '../../src/beacon/index.js';
import { DRAND_NETWORKS } from '../../src/core/index.js';
import { commitDraw, drawTargets, formatPoolCsv, type PoolEntry, revealDraw } from '../../src/draw/index.js';
import { beaconOf, type FixtureBeacon, fixtureBeacons } from '../draw/fixture-beacons.js';
import { encodeGbk } from './gbk.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, value: unknown): NamedBytes => ({
  name,
  bytes: utf8(typeof value === 'string' ? value : JSON.stringify(value)),
});

const pool: PoolEntry[] = Array.from({ length: 60 }, (_, i) => ({
  id: `9115062100000${String(i).padStart(4, '0')}X`,
  stratum: i % 3 === 0 ? 'B' : 'A',
}));
const commitment = commitDraw({
  pool,
  sample: { count: 4 },
  exclude: [{ id: pool[1]?.id ?? '', reason: 'inspected this year', code: 'frequency-cap' }],
  randomnessSource: 'dice at the ceremony',
});
const record = revealDraw(commitment, pool, ['dice: 2 5 6']);
const files = [file('record.json', record), file('pool.csv', formatPoolCsv(pool))];
const run = (f: readonly NamedBytes[], publishedDigest = commitment.digest) =>
  verifyFiles(f, { publishedDigest, encoding: 'auto' });
const codes = (f: readonly NamedBytes[], digest?: string) =>
  run(f, digest).report.problems.map((p) => p.code);

describe('recognising the published files', () => {
  it('tells records, commitments, assignments and pools apart by content', () => {
    expect(classify('a.json', JSON.stringify(record)).role).toBe('record');
    expect(classify('b.json', JSON.stringify(commitment)).role).toBe('commitment');
    expect(classify('pool.txt', 'id\nX').role).toBe('pool');
    expect(classify('pool', 'stratum,id\nA,X').role).toBe('pool');
    expect(classify('pool', '{"id":"X"}\n{"id":"Y"}').role).toBe('pool');
    expect(classify('notes', 'hello').role).toBe('unknown');
    expect(classify('x.json', '{"a":1}').role).toBe('unknown');
  });

  it('reads valid UTF-8 as UTF-8 (without its byte-order mark) and anything else as GBK', () => {
    expect(decodeText(utf8('\uFEFFid\n达拉特旗'), 'auto')).toEqual({
      text: 'id\n达拉特旗',
      encoding: 'utf-8',
    });
    expect(decodeText(encodeGbk('id\n达拉特旗'), 'auto')).toEqual({
      text: 'id\n达拉特旗',
      encoding: 'gb18030',
    });
    expect(decodeText(encodeGbk('达'), 'utf-8').text).not.toBe('达');
  });
});

describe('verdicts', () => {
  it('is valid when the draw re-runs and its commitment is the published one', () => {
    const { report } = run(files);
    expect(report.problems).toEqual([]);
    expect(report.verdict).toBe('valid');
    expect(report.draw?.strata.map((s) => [s.name, s.pool, s.excluded, s.eligible, s.size])).toEqual([
      ['A', 40, 1, 39, 4],
      ['B', 20, 0, 20, 4],
    ]);
  });

  it('is only unanchored without the published digest', () => {
    expect(run(files, '').report.verdict).toBe('unanchored');
  });

  it('is incomplete without a pool, naming what is missing', () => {
    const { report } = run(files.slice(0, 1));
    expect([report.verdict, report.missing]).toEqual(['incomplete', ['pool']]);
  });

  it('names a pool file that cannot be read', () => {
    expect(codes([files[0] as NamedBytes, file('pool.csv', 'name\nX')])).toEqual(['pool-file']);
  });
});

describe('anchoring to the published digest', () => {
  it('names a commitment other than the published one', () => {
    const other = 'ab'.repeat(32);
    const problem = run(files, other).report.problems[0];
    expect(problem).toMatchObject({ code: 'commitment-anchor', expected: other, found: commitment.digest });
  });

  it('accepts the digest pasted in capitals or with spaces around it', () => {
    expect(codes(files, `  ${commitment.digest.toUpperCase()} `)).toEqual([]);
  });

  it('names a published digest that is not 64 hex characters', () => {
    expect(codes(files, 'not a digest')).toEqual(['published-digest-format']);
  });

  it('names a draw whose seed the operator chose, and its missing commitment when a digest was published', () => {
    const direct = [
      file('r.json', drawTargets({ pool, sample: { count: 2 }, seed: record.seed })),
      files[1] as NamedBytes,
    ];
    expect(codes(direct, '')).toEqual(['direct-form']);
    expect(codes(direct).sort()).toEqual(['commitment-anchor', 'direct-form']);
  });

  it('names a commitment file that is not the commitment inside the record', () => {
    const other = commitDraw({ pool, sample: { count: 5 }, randomnessSource: 'dice at the ceremony' });
    expect(codes([...files, file('c.json', commitment)])).toEqual([]);
    expect(codes([...files, file('c.json', other)])).toEqual(['commitment-file']);
  });
});

describe('the public randomness', () => {
  it('lists each value with its source, drand with its round and time, for the reader to compare', () => {
    const c = commitDraw({
      pool,
      sample: { count: 3 },
      randomness: [
        { kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 7788475 },
        { kind: 'dice', event: 'the 2025-05-06 ceremony', dice: 3, faces: 6 },
      ],
    });
    const { round, signature, time_utc } = beaconOf('quicknet', 7788475);
    const r = revealDraw(c, pool, [{ round, signature }, '6 3 5']);
    const { report } = run([file('r.json', r), files[1] as NamedBytes], c.digest);
    expect(report.problems).toEqual([]);
    const [drand, dice] = report.draw?.randomness ?? [];
    expect(drand).toMatchObject({ kind: 'drand', round: 7788475, value: signature });
    expect(drand?.time?.replace(/\.000Z$/, 'Z')).toBe(time_utc.replace(/\.000Z$/, 'Z'));
    expect(dice).toMatchObject({ kind: 'dice', value: '635', status: 'not-checked' });
    expect(dice?.source).toContain('the 2025-05-06 ceremony');
  });

  it('verifies a drand signature with the beacon verifier, and names one that does not verify', () => {
    const c = commitDraw({
      pool,
      sample: { count: 3 },
      randomness: [{ kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 123 }],
    });
    const good = beaconOf('quicknet', 123);
    const bad = fixtureBeacons('quicknet').find((b) => !b.valid && b.round === 123) as FixtureBeacon;
    const check = (signature: string) => {
      const r = revealDraw(c, pool, [{ round: 123, signature }]);
      return verifyFiles([file('r.json', r), files[1] as NamedBytes], {
        publishedDigest: c.digest,
        encoding: 'auto',
        verifyBeacon: verifyDrandBeacon,
      }).report;
    };
    const valid = check(good.signature);
    expect(valid.problems).toEqual([]);
    expect(valid.draw?.randomness[0]?.status).toBe('verified');
    const forged = check(bad.signature);
    expect(forged.problems.map((p) => p.code)).toEqual(['beacon']);
    expect(forged.draw?.randomness[0]?.status).toBe('refused');
  });

  it('names a revealed value that does not fit its descriptor', () => {
    const c = commitDraw({
      pool,
      sample: { count: 3 },
      randomness: [{ kind: 'dice', event: 'the ceremony', dice: 3, faces: 6 }],
    });
    const r = revealDraw(c, pool, ['6 3 5']);
    const forged = { ...r, randomness: ['6 3 7'] };
    expect(codes([file('r.json', forged), files[1] as NamedBytes], c.digest)).toContain('randomness');
  });
});

describe('the inspector assignment', () => {
  const inspectors = ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    department: 'samr',
    role: 'enforcement' as const,
    certificates: [{ number: `N-${id}`, validFrom: '2025-01-01', validTo: '2026-12-31' }],
    specialties: [],
    active: true,
  }));
  const targets = record.selected.map((t) => ({ id: t.id, departments: ['samr'] }));
  const assignment = assignInspectors({
    seed: record.seed,
    date: '2025-05-06',
    inspectors,
    targets,
    drawDigest: record.digest,
  });

  it('replays it from its lists and ties it to this draw', () => {
    const checked = run([...files, file('a.json', assignment), file('i.json', { inspectors, targets })]);
    expect(checked.report.problems).toEqual([]);
    expect(checked.report.assignment).toMatchObject({ replayed: true, drawDigestMatches: true });
  });

  it('without the lists, still names an assignment made for another draw', () => {
    const other = assignInspectors({
      seed: record.seed,
      date: '2025-05-06',
      inspectors,
      targets,
      drawDigest: 'cd'.repeat(32),
    });
    expect(codes([...files, file('a.json', other)])).toEqual(['anchor-mismatch']);
    expect(run([...files, file('a.json', assignment)]).report.assignment?.replayed).toBe(false);
  });

  it('names a visited target that was not drawn', () => {
    const stray = assignInspectors({
      seed: record.seed,
      date: '2025-05-06',
      inspectors,
      targets: [...targets, { id: 'NOT-DRAWN', departments: ['samr'] }],
      drawDigest: record.digest,
    });
    const problems = run([...files, file('a.json', stray)]).report.problems;
    expect(problems.map((p) => [p.code, p.id])).toEqual([['not-drawn', 'NOT-DRAWN']]);
  });
});

describe('looking an id up', () => {
  const index = run(files);

  it('answers drawn, excluded, not drawn and not in the pool', () => {
    const drawn = record.selected[2];
    expect(lookup(index, ` ${drawn?.id} `).selected).toEqual({ rank: drawn?.rank, key: drawn?.key });
    expect(lookup(index, pool[1]?.id ?? '').excluded?.reason).toBe('inspected this year');
    expect(lookup(index, 'nobody').inPool).toBe(false);
  });

  it('finds an id written in decomposed form in the pool, typed composed', () => {
    const nfd = [{ id: 'Cafe\u0301 达拉特旗' }, { id: 'other' }];
    const c = commitDraw({
      pool: nfd,
      sample: { count: 1 },
      randomness: [{ kind: 'hex', source: 'x', bytes: 1 }],
    });
    const r = revealDraw(c, nfd, ['ab']);
    const checked = run(
      [file('r.json', r), file('p.jsonl', nfd.map((e) => JSON.stringify(e)).join('\n'))],
      c.digest,
    );
    expect(lookup(checked, 'Caf\u00e9 达拉特旗')).toMatchObject({ inPool: true, stratum: '' });
  });

  it('gives an undrawn id its key, which is not below its stratum’s cut-off', () => {
    const selected = new Set(record.selected.map((t) => t.id));
    const undrawn = pool.find((e, i) => i !== 1 && !selected.has(e.id)) as PoolEntry;
    const answer = lookup(index, undrawn.id);
    expect(answer.selected).toBeUndefined();
    expect(answer.key).toMatch(/^[0-9a-f]{64}$/);
    expect((answer.key ?? '') >= (answer.cutoff ?? '')).toBe(true);
    expect(answer.cutoff).toBe(record.strata[undrawn.stratum ?? '']?.nextKey);
  });
});
