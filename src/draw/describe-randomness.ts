import * as z from 'zod/mini';
import { expectRecord, parseWith } from '../core/internal.js';
import { descriptorText } from './descriptor-text.js';
import { randomnessDescriptorSchema, randomnessDescriptorsSchema } from './randomness-schema.js';
import type { RandomnessDescriptor } from './randomness-types.js';
import type { DrawCommitment } from './types.js';

/**
 * Says in words where one randomness value comes from (随机数来源说明), e.g.
 * `drand quicknet round 123 (chain 52db9ba7…), published 2023-08-23T15:15:33Z`.
 *
 * @param d - a descriptor
 * @returns one line of text
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when `d` is not a valid randomness descriptor
 * @example
 * {@includeCode ../../examples/describe-randomness.ts#descriptor}
 */
export function describeDescriptor(d: RandomnessDescriptor): string {
  return descriptorText(
    parseWith(randomnessDescriptorSchema, d, 'randomness descriptor', 'DRAW_INVALID_REQUEST'),
  );
}

const sourceSchema = z
  .object({
    randomness: z.optional(randomnessDescriptorsSchema),
    randomnessSource: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine((c) => (c.randomness === undefined) !== (c.randomnessSource === undefined), {
      message: 'expected randomness descriptors or (ssj-draw/1) a randomnessSource, exactly one of them',
    }),
  );

/**
 * Where a commitment's randomness comes from, in words (随机数来源说明): the `ssj-draw/1` free text, or each
 * descriptor of an `ssj-draw/2` commitment joined with `; `.
 *
 * @param commitment - the commitment's randomness fields (other fields of a whole commitment are ignored)
 * @returns one line of text
 * @throws {SsjError} `DRAW_INVALID_REQUEST` when the commitment is not an object, or has neither or both of
 *   `randomness` and `randomnessSource`, or a descriptor is invalid
 * @example
 * {@includeCode ../../examples/describe-randomness.ts#commitment}
 */
export function describeRandomness(
  commitment: Pick<DrawCommitment, 'randomness' | 'randomnessSource'>,
): string {
  expectRecord(commitment, 'commitment', 'DRAW_INVALID_REQUEST');
  const c = parseWith(sourceSchema, commitment, 'commitment randomness', 'DRAW_INVALID_REQUEST');
  return c.randomness?.map(descriptorText).join('; ') ?? c.randomnessSource ?? '';
}
