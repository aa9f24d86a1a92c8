import { DRAND_NETWORKS, drandRoundTime } from '../core/index.js';
import type { RandomnessDescriptor } from './randomness-types.js';
import type { DrawCommitment } from './types.js';

/** Names of the League of Entropy networks by chain hash, for messages. */
const DRAND_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(DRAND_NETWORKS).map(([name, n]) => [n.chainHash, name]),
);

/**
 * Says in words where one randomness value comes from (随机数来源说明), e.g.
 * `drand quicknet round 123 (chain 52db9ba7…), published 2023-08-23T15:15:33Z`.
 *
 * @param d - a descriptor
 * @returns one line of text
 */
export function describeDescriptor(d: RandomnessDescriptor): string {
  switch (d.kind) {
    case 'drand': {
      const name = DRAND_NAMES[d.network.chainHash] ?? 'network';
      const time = drandRoundTime(d.network, d.round);
      return `drand ${name} round ${d.round} (chain ${d.network.chainHash.slice(0, 8)}…), published ${time}`;
    }
    case 'lottery':
      return `${d.game} 第${d.issue}期: ${d.count} number(s) ${d.min}–${d.max}, ${d.order === 'drawn' ? 'in drawn order' : 'as a set'}`;
    case 'dice':
      return `${d.dice} dice of ${d.faces} faces thrown at ${d.event}`;
    case 'hex':
      return `${d.bytes} bytes in hex from ${d.source}`;
    default:
      return 'unknown randomness';
  }
}

/**
 * Where a commitment's randomness comes from, in words: the `ssj-draw/1` free text, or each descriptor of an
 * `ssj-draw/2` commitment joined with `; `.
 *
 * @param commitment - the commitment's randomness fields
 * @returns one line of text
 */
export function describeRandomness(
  commitment: Pick<DrawCommitment, 'randomness' | 'randomnessSource'>,
): string {
  return commitment.randomness?.map(describeDescriptor).join('; ') ?? commitment.randomnessSource ?? '';
}
