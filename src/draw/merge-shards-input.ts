import * as z from 'zod/mini';
import { SsjError, type SsjIssue } from '../core/index.js';
import { expectRecord, parseWith } from '../core/internal.js';
import { exclusionSchema, sampleSpecSchema, seedSchema } from './schemas.js';

const hex = z.string().check(z.regex(/^(?:[0-9a-f]{2})*$/, 'expected lower-case hex bytes'));
const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex characters'));
const whole = z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));
const KEPT_ENTRY = /^[0-9a-f]{64}$/;

const shardSchema = z.object({
  algorithm: z.literal('ssj-draw/1'),
  seed: hex64,
  exclusionsDigest: hex64,
  count: whole,
  first: z.nullable(z.string()),
  last: z.nullable(z.string()),
  head: z.nullable(hex),
  chunks: z.array(hex64),
  tail: hex,
  strata: z.record(z.string(), z.object({ pool: whole, excluded: whole, kept: z.array(z.unknown()) })),
});

const inputSchema = z.strictObject({
  shards: z.array(shardSchema),
  sample: sampleSpecSchema,
  seed: seedSchema,
  exclude: z.optional(z.array(exclusionSchema)),
});

/**
 * Checks the input of `mergeShards` before any of it is used: the shards' fields and hex, the sample, the seed
 * and the exclusions by schema; the kept keys (possibly millions) by one plain loop.
 *
 * @throws {SsjError} `DRAW_INVALID_REQUEST` naming the path of each problem
 */
export function checkMergeShardsInput(input: unknown): void {
  expectRecord(input, 'merge input', 'DRAW_INVALID_REQUEST');
  const parsed = parseWith(inputSchema, input, 'merge input', 'DRAW_INVALID_REQUEST');
  const issues: SsjIssue[] = [];
  parsed.shards.forEach((shard, s) => {
    for (const [name, stratum] of Object.entries(shard.strata))
      stratum.kept.forEach((e, i) => {
        const ok =
          typeof e === 'object' &&
          e !== null &&
          typeof (e as { id?: unknown }).id === 'string' &&
          typeof (e as { key?: unknown }).key === 'string' &&
          KEPT_ENTRY.test((e as { key: string }).key);
        if (!ok && issues.length < 100)
          issues.push({
            path: ['shards', s, 'strata', name, 'kept', i],
            message: 'not a kept key',
            expected: '{ id: string, key: 64 lower-case hex characters }',
          });
      });
  });
  if (issues.length > 0)
    throw new SsjError('DRAW_INVALID_REQUEST', `Invalid merge input: ${issues.length} bad kept keys`, {
      issues,
    });
}
