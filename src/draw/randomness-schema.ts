import * as z from 'zod/mini';
import type { RandomnessDescriptor } from './randomness-types.js';

const hex = (bytes: readonly number[]) =>
  z.string().check(z.regex(new RegExp(`^(?:${bytes.map((b) => `[0-9a-f]{${b * 2}}`).join('|')})$`)));
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) => z.int().check(z.gte(min), z.lte(max));
const text = z.string().check(z.minLength(1));

const drandNetwork = z.strictObject({
  chainHash: hex([32]),
  publicKey: hex([48, 96]),
  scheme: z.enum(['bls-unchained-g1-rfc9380', 'pedersen-bls-chained']),
  genesisTime: whole(0),
  period: whole(1),
});

/** A randomness descriptor (随机数来源描述): drand, lottery, dice or hex; anything else is refused. */
export const randomnessDescriptorSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('drand'), network: drandNetwork, round: whole(1) }),
    z.strictObject({
      kind: z.literal('lottery'),
      game: text,
      issue: text,
      count: whole(1, 64),
      min: whole(0),
      max: whole(0, 999_999),
      order: z.enum(['drawn', 'sorted']),
    }),
    z.strictObject({ kind: z.literal('dice'), event: text, dice: whole(1, 1024), faces: whole(2, 9) }),
    z.strictObject({ kind: z.literal('hex'), source: text, bytes: whole(1, 1024) }),
  ])
  .check(
    z.refine((d) => d.kind !== 'lottery' || d.min <= d.max, { message: 'min is above max', path: ['min'] }),
    z.refine(
      (d) =>
        d.kind !== 'drand' ||
        (d.network.scheme === 'pedersen-bls-chained') === (d.network.publicKey.length === 96),
      { message: 'the public key length does not fit the scheme', path: ['network', 'publicKey'] },
    ),
  ) satisfies z.ZodMiniType<RandomnessDescriptor>;

/** The descriptors of a commitment: at least one. */
export const randomnessDescriptorsSchema = z.array(randomnessDescriptorSchema).check(z.minLength(1));
