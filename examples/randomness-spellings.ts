/**
 * One result, one seed (随机数规范化): a commitment names the 福彩3D draw it will use; every spelling of that
 * result gives the same seed, and a value that does not fit the descriptor is refused.
 *
 * Run: `npx tsx examples/randomness-spellings.ts`
 */
import { pathToFileURL } from 'node:url';
import { isSsjError } from '../src/core/index.js';
import { ceremonySeed, commitDraw } from '../src/draw/index.js';

/** The seeds of four spellings of one result, and the refusal of a fifth that is not that result's form. */
export function main(): string[] {
  const commitment = commitDraw({
    pool: [{ id: '91150621MA0Q5XKD7B' }, { id: '91150621MA0N2B8Y0D' }],
    sample: { count: 1 },
    randomness: [
      { kind: 'lottery', game: '福彩3D', issue: '2026335', count: 3, min: 0, max: 9, order: 'drawn' },
    ],
  });
  // #region seed
  const spellings = ['4 7 2', '472', '４、７、２', [4, 7, 2]] as const;
  const seeds = spellings.map((s) => ceremonySeed(commitment, [s]).seed);
  // #endregion seed
  const lines = spellings.map((s, i) => `${JSON.stringify(s)} -> ${seeds[i]}`);
  try {
    ceremonySeed(commitment, ['47 2']);
  } catch (error) {
    if (isSsjError(error)) lines.push(`"47 2" -> ${error.code}: ${error.message}`);
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
