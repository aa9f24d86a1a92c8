/**
 * The draw ceremony (公开抽取): commit to the pool and sizes before the randomness exists, publish the commitment,
 * reveal public randomness, draw, verify — and show that a tampered record fails verification, naming why.
 *
 * Run: `npx tsx examples/draw-ceremony.ts`
 */
import { pathToFileURL } from 'node:url';
import { DRAND_NETWORKS } from '../src/core/index.js';
import {
  commitDraw,
  type DrawRecord,
  type PoolEntry,
  replaceInDraw,
  revealDraw,
  verifyDraw,
} from '../src/draw/index.js';

/** A small pool: 40 market subjects in credit-risk classes A–D (ids shaped like 统一社会信用代码). */
export function ceremonyPool(): PoolEntry[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `91150621MA0${String(1000 + i * 37).padStart(7, '0')}`,
    stratum: ['A', 'B', 'C', 'D'][i % 4] as string,
  }));
}

/** Runs the ceremony and returns what it prints. */
export function main(): string {
  const lines: string[] = [];
  const pool = ceremonyPool();

  // #region commit
  // 1. Before the randomness exists: commit to the pool, the sizes, the exclusions and the source of randomness.
  const commitment = commitDraw({
    pool,
    sample: { strata: { A: { ratio: 0.1 }, B: { ratio: 0.2 }, C: { count: 3 }, D: { count: 12 } } },
    exclude: [
      { id: pool[0]?.id ?? '', reason: '本年度已抽查 (inspected this year)', code: 'exclusion-window' },
    ],
    filter: { 行业: '餐饮', 区域: '达拉特旗' },
    // The randomness, fixed in advance with its one spelling: a drand quicknet round and six dice thrown in public.
    randomness: [
      { kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 7788475 },
      {
        kind: 'dice',
        event: '抽取会 (draw meeting), 达拉特旗市场监管局, 2024-05-20 09:30',
        dice: 6,
        faces: 6,
      },
    ],
    label: 'DLT-2025-07',
  });
  lines.push(`commitment published: ${commitment.digest}`);
  for (const [name, s] of Object.entries(commitment.sizes))
    lines.push(`  class ${name}: ${s.eligible} eligible of ${s.pool}, ${s.size} to draw`);
  // #endregion commit

  // #region reveal
  // 2. The randomness is revealed publicly; anyone can now compute the seed and the draw.
  // The drand beacon is the real quicknet round 7788475 (2024-05-20T01:33:09Z), as drand's API returns it.
  const beacon = {
    round: 7788475,
    signature:
      'a17b758d8ef1a88a1e7f2db59634d5bc40f779ad44d41fe01cc0862bafb23f1510afdb12ff90985c5ed495434e4a19e5',
  };
  const record = revealDraw(commitment, pool, [beacon, '3 6 1 5 2 4']);
  lines.push(`seed: ${record.seed}`);
  for (const t of record.selected) lines.push(`  drawn ${t.stratum}#${t.rank} ${t.id}`);
  for (const [name, s] of Object.entries(record.strata))
    if (s.shortfall > 0)
      lines.push(`  class ${name}: ${s.shortfall} fewer than asked (only ${s.eligible} eligible)`);
  // #endregion reveal

  // #region verify
  // 3. Anyone with the pool verifies the record against the digest published in step 1.
  // #region anchor
  const check = verifyDraw(record, pool, { commitment: commitment.digest });
  // #endregion anchor
  lines.push(`verification: ${check.valid ? 'valid' : 'INVALID'} (commitment ${check.anchor})`);
  for (const r of check.randomness) lines.push(`  randomness ${r.index + 1}: ${r.source}: ${r.status}`);

  // 4. A target found deregistered at the pre-visit check is replaced by the next key of its class.
  const first = record.selected[0] as DrawRecord['selected'][number];
  const replaced = replaceInDraw(record, pool, first.id, '已注销 (deregistered)');
  const last = replaced.replacements.at(-1);
  lines.push(
    `replaced ${last?.id} by ${last?.replacedBy}: ${verifyDraw(replaced, pool, { commitment: commitment.digest }).valid ? 'valid' : 'INVALID'}`,
  );

  // 5. Someone swaps a drawn target for a friendlier one: verification fails and says why.
  const tampered: DrawRecord = {
    ...record,
    selected: record.selected.map((t, i) => (i === 0 ? { ...t, id: pool[1]?.id ?? '' } : t)),
  };
  const problems = verifyDraw(tampered, pool).problems;
  lines.push(`tampered record: ${problems.length === 0 ? 'valid' : 'INVALID'}`);
  for (const p of problems) lines.push(`  ${p.code}: ${p.message}`);
  // #endregion verify
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main());
}
