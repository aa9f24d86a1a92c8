import { z } from 'zod';
import type { ReplaceInDraw } from './pre-check.js';

const text = z.string().trim().min(1);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'Expected 64 lowercase hex characters');

/** Zod schema of a step input that needs only the actor (publish, close follow-ups, archive). @internal */
export const actorInputSchema = z.object({ actor: text });

/** Zod schema of the input of `commitTask`. @internal */
export const commitInputSchema = z.object({
  commitment: z
    .object({
      digest: hex64,
      randomnessSource: text.optional(),
      randomness: z.array(z.unknown()).min(1).optional(),
    })
    .refine((c) => (c.randomness === undefined) !== (c.randomnessSource === undefined), {
      message: 'give randomness descriptors (or, for ssj-draw/1, randomnessSource)',
    }),
  actor: text,
});

const targetSchema = z.object({
  id: text,
  name: text,
  uscc: text.optional(),
  stratum: z.string().optional(),
});

/** Zod schema of the input of `recordDraw`. @internal */
export const recordDrawInputSchema = z.object({
  record: z.object({
    digest: hex64,
    seed: hex64,
    selected: z.array(z.object({ id: text, stratum: z.string() })),
    commitment: z.object({ digest: z.string() }).optional(),
  }),
  targets: z.array(targetSchema),
  actor: text,
  pool: z.array(z.object({ id: z.string(), stratum: z.string().optional() })).optional(),
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
      experts: z.array(text).optional(),
    }),
  ),
  assignmentDigest: z.string().optional(),
  actor: text,
});

/** Zod schema of the input of `reviewTask`. @internal */
export const reviewInputSchema = z.object({ reviewer: text, note: z.string().optional() });

/** Zod schema of the input of `cancelTask`. @internal */
export const cancelInputSchema = z.object({ reason: text, actor: text });
