/**
 * The first example of the README: a verifiable draw and a legal deadline, on one screen.
 *
 * Run: `npx tsx examples/first-draw.ts`
 */
import { pathToFileURL } from 'node:url';
// #region first
import { commitDraw, createWorkCalendar, parseIsoDate, revealDraw, verifyDraw } from '../src/index.js';

export function main(): string[] {
  // 检查对象名录: ids with their credit-risk class as the stratum.
  const pool = Array.from({ length: 500 }, (_, i) => ({
    id: `target-${i}`,
    stratum: i % 10 === 0 ? 'D' : 'A',
  }));

  // 1. Commit before the randomness exists, and publish the commitment's digest.
  const commitment = commitDraw({
    pool,
    sample: { strata: { A: { ratio: 0.03 }, D: { count: 5 } } },
    randomnessSource: '双色球 2026035 (published 2026-03-31)',
  });

  // 2. Reveal the public randomness: the seed follows from it and the commitment, so nobody can steer it.
  const record = revealDraw(commitment, pool, ['03 07 12 19 25 31 + 09']);

  // 3. Anyone with the pool re-runs the draw and gets the same record.
  const { valid } = verifyDraw(record, pool);

  // 4. Results of an inspection on 2026-04-03 are published within 20 working days (清明节 counted out).
  const { due } = createWorkCalendar().deadline(parseIsoDate('2026-04-03'), 20);

  return [
    `commitment ${commitment.digest.slice(0, 16)}…, drawn ${record.selected.map((t) => t.id).join(', ')}`,
    `verified: ${valid}; results due ${due}`,
  ];
}
// #endregion first

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main().join('\n'));
