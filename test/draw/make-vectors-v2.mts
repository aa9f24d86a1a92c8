/**
 * Writes `test/draw/vectors-v2.json`, the `ssj-draw/2` test vectors of docs/draw-spec.md:
 * `npx tsx test/draw/make-vectors-v2.mts`. Each vector holds the whole expected commitment and record, and is
 * checked by `vectors-v2.test.ts` against this implementation and by the spec's Python reference.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DRAND_NETWORKS } from '../../src/core/index.js';
import {
  commitDraw,
  type DrawRecord,
  type DrawRequest,
  drawTargets,
  extendDraw,
  type PoolEntry,
  type RevealedValue,
  replaceInDraw,
  revealDraw,
  type SampleSpec,
} from '../../src/draw/index.js';

type Change = { extend: SampleSpec } | { replace: string | number; reason: string };

const beacons = JSON.parse(
  readFileSync(new URL('../fixtures/drand-beacons.json', import.meta.url), 'utf8'),
) as {
  networks: Record<
    string,
    { beacons: { round: number; signature: string; previous_signature?: string; valid: boolean }[] }
  >;
};
const beacon = (net: string, round: number) => {
  const b = beacons.networks[net]?.beacons.find((x) => x.round === round && x.valid);
  if (b === undefined) throw new Error('no beacon');
  return b.previous_signature === undefined
    ? { round, signature: b.signature }
    : { round, signature: b.signature, previous_signature: b.previous_signature };
};

const mixed: PoolEntry[] = [
  { id: 'e\u0301cole', stratum: 'A类' },
  { id: 'zebra', stratum: 'A类' },
  { id: 'ａｂｃ', stratum: 'A类' },
  { id: '😀 shop', stratum: 'B类' },
  { id: '\uffef halfwidth', stratum: 'B类' },
  { id: 'b-1', stratum: 'B类' },
  { id: 'b-2', stratum: 'B类' },
  { id: 'b-3', stratum: 'B类' },
  { id: 'x'.repeat(60), stratum: '' },
  { id: 'c-1' },
  { id: 'c-2' },
];
const uscc: PoolEntry[] = Array.from({ length: 30 }, (_, i) => ({
  id: `91150621MA0${String(1000 + i * 37).padStart(7, '0')}`,
  stratum: ['A', 'B', 'C'][i % 3] as string,
}));

const vectors: unknown[] = [];
const ceremony = (name: string, request: DrawRequest, revealed: RevealedValue[], changes: Change[] = []) => {
  const commitment = commitDraw(request);
  const first = revealDraw(commitment, request.pool, revealed);
  const named: Change[] = [];
  const record = changes.reduce<DrawRecord>((r, c) => {
    if ('extend' in c) {
      named.push(c);
      return extendDraw(r, request.pool, c.extend);
    }
    const id = typeof c.replace === 'number' ? (r.selected[c.replace]?.id ?? '') : c.replace;
    named.push({ replace: id, reason: c.reason });
    return replaceInDraw(r, request.pool, id, c.reason);
  }, first);
  vectors.push({
    name,
    kind: 'ceremony',
    input: { request, revealed, changes: named },
    expected: { commitment, record },
  });
};

ceremony(
  'drand quicknet round 123, a 双色球 red-ball draw (sorted), dice; strata, ratios, exclusions, NFC ids',
  {
    pool: mixed,
    sample: {
      strata: {
        A类: { ratio: 0.5 },
        B类: { ratio: 0.5, rounding: 'floor' },
        '': { count: 5 },
        D类: { count: 1 },
      },
    },
    exclude: [
      { id: 'b-2', reason: '本年度已抽查', code: 'exclusion-window' },
      { id: 'not-in-pool', reason: '已注销' },
    ],
    filter: { 行业: ['餐饮'], 区域: '达拉特旗' },
    randomness: [
      { kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 123 },
      { kind: 'lottery', game: '双色球 红球', issue: '2026140', count: 6, min: 1, max: 33, order: 'sorted' },
      { kind: 'dice', event: '公开抽取会, 2026-12-01 10:00', dice: 5, faces: 6 },
    ],
    label: 'task-2026-12',
    meta: { policy: 'credit-risk-2026', ratios: [0.5, 0.5] },
  },
  [beacon('quicknet', 123), '31，7、12 03 25 19', '６ ５ ４ ３ ２'],
);
ceremony(
  'drand default (chained) round 2; a replacement, an extension of two strata in one call, a replacement',
  {
    pool: uscc,
    sample: { count: 2 },
    randomness: [
      { kind: 'drand', network: DRAND_NETWORKS.default, round: 2 },
      { kind: 'hex', source: 'a national beacon', bytes: 4 },
    ],
  },
  [beacon('default', 2), 'DEAD BEEF'],
  [
    { replace: 0, reason: '已注销 (deregistered)' },
    { extend: { strata: { A: { count: 1 }, C: { count: 2 } } } },
    { replace: 2, reason: '迁出' },
  ],
);
{
  const input = {
    pool: uscc,
    sample: { count: 3 },
    seed: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  };
  vectors.push({
    name: 'direct form: a seed chosen by the caller',
    kind: 'direct',
    input,
    expected: { record: drawTargets(input) },
  });
}

const body = vectors.map((v) => JSON.stringify(v)).join(',\n');
writeFileSync(
  new URL('./vectors-v2.json', import.meta.url),
  `{"algorithm":"ssj-draw/2","vectors":[\n${body}\n]}\n`,
);
