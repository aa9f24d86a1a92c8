/**
 * The draw ceremony (公开抽取): commit to the pool and sizes before the randomness exists, publish the commitment,
 * reveal public randomness, draw, verify — and show that a tampered record fails verification, naming why.
 *
 * Run: `npx tsx examples/draw-ceremony.ts`
 */
import { pathToFileURL } from 'node:url';
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
    randomnessSource: 'drand quicknet round 9000000 and the 2025-07-01 双色球 draw',
    label: 'DLT-2025-07',
  });
  lines.push(`commitment published: ${commitment.digest}`);
  for (const [name, s] of Object.entries(commitment.sizes))
    lines.push(`  class ${name}: ${s.eligible} eligible of ${s.pool}, ${s.size} to draw`);
  // #endregion commit

  // #region reveal
  // 2. The randomness is revealed publicly; anyone can now compute the seed and the draw.
  const randomness = ['drand 9000000: 6b1a…e2', '双色球 2025075: 03 07 12 19 25 31 + 09'];
  const record = revealDraw(commitment, pool, randomness);
  lines.push(`seed: ${record.seed}`);
  for (const t of record.selected) lines.push(`  drawn ${t.stratum}#${t.rank} ${t.id}`);
  for (const [name, s] of Object.entries(record.strata))
    if (s.shortfall > 0)
      lines.push(`  class ${name}: ${s.shortfall} fewer than asked (only ${s.eligible} eligible)`);
  // #endregion reveal

  // #region verify
  // 3. Anyone with the pool verifies the record.
  const check = verifyDraw(record, pool);
  lines.push(`verification: ${check.valid ? 'valid' : 'INVALID'}`);

  // 4. A target found deregistered at the pre-visit check is replaced by the next key of its class.
  const first = record.selected[0] as DrawRecord['selected'][number];
  const replaced = replaceInDraw(record, pool, first.id, '已注销 (deregistered)');
  const last = replaced.replacements.at(-1);
  lines.push(
    `replaced ${last?.id} by ${last?.replacedBy}: ${verifyDraw(replaced, pool).valid ? 'valid' : 'INVALID'}`,
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
