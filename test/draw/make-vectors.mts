/**
 * Writes `test/draw/vectors.json`, the test vectors of docs/draw-spec.md: `npx tsx test/draw/make-vectors.ts`.
 * The vectors are checked by `vectors.test.ts` against this implementation, and independently by the Python
 * reference of the spec (hashlib only), so a change of algorithm cannot pass unnoticed.
 */
import { writeFileSync } from 'node:fs';
import {
  commitDraw,
  type DrawRecord,
  drawTargets,
  extendDraw,
  type PoolEntry,
  replaceInDraw,
  revealDraw,
  type SampleSpec,
} from '../../src/draw/index.js';
import { targetKey } from '../../src/draw/target-key.js';

const SEED = Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0')).join('');

type Change = { extend: SampleSpec } | { replace: string; reason: string };

const keysOf = (pool: readonly PoolEntry[], seed: string) =>
  Object.fromEntries(pool.map((e) => [e.id.normalize('NFC'), targetKey(seed, e.stratum ?? '', e.id)]));

const expectOf = (record: DrawRecord, pool: readonly PoolEntry[] | undefined) => ({
  poolDigest: record.pool.digest,
  seed: record.seed,
  ...(pool === undefined ? {} : { keys: keysOf(pool, record.seed) }),
  selected: record.selected,
  strata: record.strata,
  replacements: record.replacements,
  recordDigest: record.digest,
});

const applyChanges = (record: DrawRecord, pool: readonly PoolEntry[], changes: readonly Change[]) =>
  changes.reduce(
    (r, c) => ('extend' in c ? extendDraw(r, pool, c.extend) : replaceInDraw(r, pool, c.replace, c.reason)),
    record,
  );

const uscc: PoolEntry[] = [
  '91150621MA0Q5XKD7B',
  '91150621MA0N2B8Y0D',
  '92150621MA0PDJ2E3H',
  '93150621MA0R1TLB2Q',
  '91150621701440412Y',
  '达拉特旗某某餐饮店',
  '12150621011402366E',
  '52150621MJ0000000X',
].map((id) => ({ id }));

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
const mixedSample: SampleSpec = {
  strata: {
    A类: { ratio: 0.5 },
    B类: { ratio: 0.5, rounding: 'floor' },
    '': { count: 5 },
    D类: { count: 1 },
  },
};
const mixedExclude = [
  { id: 'b-2', reason: '本年度已抽查', code: 'exclusion-window' },
  { id: 'not-in-pool', reason: '已注销' },
];

const chunked: PoolEntry[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `P${String(i).padStart(4, '0')}`,
  stratum: ['A', 'B', 'C'][i % 3] as string,
}));

const vectors: unknown[] = [];

{
  const input = { pool: uscc, sample: { count: 3 }, seed: SEED };
  vectors.push({
    name: 'single stratum, a count',
    kind: 'direct',
    input,
    expected: expectOf(drawTargets(input), uscc),
  });
}
{
  const input = { pool: mixed, sample: mixedSample, seed: SEED, exclude: mixedExclude };
  vectors.push({
    name: 'strata, ratios with ceil and floor, exclusions, NFC, astral and U+FFEF ids, a 60-byte id, a stratum not in the pool',
    kind: 'direct',
    input,
    expected: expectOf(drawTargets(input), mixed),
  });
}
{
  const input = { pool: chunked, sample: { count: 2 }, seed: SEED };
  vectors.push({
    name: '3,000 entries: several chunks in the pool digest',
    kind: 'direct',
    input,
    expected: expectOf(drawTargets(input), undefined),
  });
}
{
  const request = {
    pool: mixed,
    sample: mixedSample,
    exclude: mixedExclude,
    filter: { 行业: ['餐饮'], 区域: '达拉特旗' },
    randomnessSource: 'drand quicknet round 1234567',
    label: 'task-2025-07',
    meta: { policy: 'credit-risk-2025', ratios: [0.5, 0.5] },
  };
  const randomness = ['d3f1c0ffee', '双色球 2025077: 03 07 12 19 25 31 + 09'];
  const commitment = commitDraw(request);
  const record = revealDraw(commitment, mixed, randomness);
  vectors.push({
    name: 'ceremony: commitment, revealed randomness, seed',
    kind: 'ceremony',
    input: { request, randomness },
    expected: { commitment, commitmentDigest: commitment.digest, ...expectOf(record, mixed) },
  });
}
{
  const input = { pool: uscc, sample: { count: 3 }, seed: SEED };
  const first = drawTargets(input);
  const changes: Change[] = [
    { replace: first.selected[1]?.id ?? '', reason: '已注销 (deregistered at the pre-visit check)' },
    { extend: { count: 2 } },
    { replace: first.selected[0]?.id ?? '', reason: '迁出' },
  ];
  vectors.push({
    name: 'replacement, extension, replacement',
    kind: 'changes',
    input: { ...input, changes },
    expected: expectOf(applyChanges(first, uscc, changes), uscc),
  });
}

const body = vectors.map((v) => JSON.stringify(v)).join(',\n');
writeFileSync(
  new URL('./vectors.json', import.meta.url),
  `{"algorithm":"ssj-draw/1","vectors":[\n${body}\n]}\n`,
);
