import * as z from 'zod/mini';
import type { ReplaceInDraw } from './draw-replacement.js';
import { accompanyingSchema, mandateSchema } from './mandate.js';

const text = z.string().check(z.trim(), z.minLength(1));
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Expected 64 lowercase hex characters'));

/** Zod schema of a step input that needs only the actor (publish, close follow-ups, archive). @internal */
export const actorInputSchema = z.object({ actor: text });

/** Zod schema of the input of `commitTask`. @internal */
export const commitInputSchema = z.object({
  commitment: z
    .object({
      digest: hex64,
      randomnessSource: z.optional(text),
      randomness: z.optional(z.array(z.unknown()).check(z.minLength(1))),
    })
    .check(
      z.refine((c) => (c.randomness === undefined) !== (c.randomnessSource === undefined), {
        message: 'give randomness descriptors (or, for ssj-draw/1, randomnessSource)',
      }),
    ),
  actor: text,
});

const targetSchema = z.object({
  id: text,
  name: text,
  uscc: z.optional(text),
  stratum: z.optional(z.string()),
});

/** Zod schema of the input of `recordDraw`. @internal */
export const recordDrawInputSchema = z.object({
  record: z.object({
    digest: hex64,
    seed: hex64,
    selected: z.array(z.object({ id: text, stratum: z.string() })),
    commitment: z.optional(z.object({ digest: z.string() })),
  }),
  targets: z.array(targetSchema),
  actor: text,
  pool: z.optional(z.array(z.object({ id: z.string(), stratum: z.optional(z.string()) }))),
});

/** Zod schema of the input of `designateTargets`. @internal */
export const designateInputSchema = z.object({ targets: z.array(targetSchema), actor: text });

/** Zod schema of the input of `preCheckTargets`. @internal */
export const preCheckInputSchema = z.object({
  record: z.object({
    digest: z.string(),
    replacements: z.array(z.unknown()),
    selected: z.array(z.unknown()),
  }),
  statuses: z.record(z.string(), z.string()),
  replace: z.custom<ReplaceInDraw>((v) => typeof v === 'function', {
    message: 'Expected the bound replaceInDraw function',
  }),
  directory: z.array(targetSchema),
  actor: text,
});

/** Zod schema of the input of `assignTask`. @internal */
export const assignInputSchema = z.object({
  teams: z.array(
    z.object({
      targetId: text,
      department: text,
      inspectors: z.array(text),
      lead: text,
      experts: z.optional(z.array(text)),
      accompanying: z.optional(z.array(accompanyingSchema)),
    }),
  ),
  mandates: z.array(mandateSchema),
  assignmentDigest: z.optional(z.string()),
  actor: text,
});

/** Zod schema of the input of `reviewTask`. @internal */
export const reviewInputSchema = z.object({ reviewer: text, note: z.optional(z.string()) });

/** Zod schema of the input of `cancelTask`. @internal */
export const cancelInputSchema = z.object({ reason: text, actor: text });
