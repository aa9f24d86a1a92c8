/**
 * Saying where a draw's randomness comes from (随机数来源说明), and the `ssj-draw/2` seed made from the revealed
 * values, as a published notice would print them.
 *
 * Run: `npx tsx examples/describe-randomness.ts`
 */
import { pathToFileURL } from 'node:url';
import { DRAND_NETWORKS } from '../src/core/index.js';
import { describeDescriptor, describeRandomness, seedFromInputs } from '../src/draw/index.js';

/** Describes a drand round and a lottery draw, a whole commitment's sources, and derives a seed. */
export function main(): string[] {
  const lines: string[] = [];
  // #region descriptor
  const drand = describeDescriptor({ kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 123 });
  const lottery = describeDescriptor({
    kind: 'lottery',
    game: '福彩3D',
    issue: '2026335',
    count: 3,
    min: 0,
    max: 9,
    order: 'drawn',
  });
  // #endregion descriptor
  lines.push(drand, lottery);
  // #region commitment
  const both = describeRandomness({
    randomness: [
      { kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 123 },
      { kind: 'dice', event: '达拉特旗市场监管局 2026-12-01 公开摇号', dice: 6, faces: 6 },
    ],
  });
  const legacy = describeRandomness({ randomnessSource: '福彩3D 第2026335期开奖号码' });
  // #endregion commitment
  lines.push(both, legacy);
  // #region seed
  const seed = seedFromInputs('ab'.repeat(32), ['4b1d2c3e', '315264']);
  // #endregion seed
  lines.push(`seed: ${seed}`);
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
