/**
 * How many targets a sample size asks for (抽取数量): a count as given, a ratio of the stratum's pool rounded up
 * by default (a plan's "3%" never rounds a small class down to none), or rounded as the plan says.
 *
 * Run: `npx tsx examples/sample-sizes.ts`
 */
import { pathToFileURL } from 'node:url';
import { isSsjError } from '../src/core/index.js';
import { resolveSize } from '../src/draw/index.js';

/** Resolves a count, three ratios and a refused size. */
export function main(): string[] {
  const lines: string[] = [];
  // #region resolve
  const count = resolveSize({ count: 20 }, 87);
  const exact = resolveSize({ ratio: 0.03 }, 100);
  const up = resolveSize({ ratio: 0.05 }, 87);
  const down = resolveSize({ ratio: 0.05, rounding: 'floor' }, 87);
  // #endregion resolve
  lines.push(`count: ${count}`, `3% of 100: ${exact}`, `5% of 87: ${up}`, `5% of 87, floor: ${down}`);
  try {
    resolveSize({ ratio: 5 }, 87);
  } catch (error) {
    if (isSsjError(error)) lines.push(`${error.code}: ${error.issues[0]?.path.join('.')}`);
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
