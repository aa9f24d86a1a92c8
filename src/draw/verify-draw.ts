import { isSsjError } from '../core/index.js';
import { groupPool } from './canonical-pool.js';
import { replacementRequests, runDraw, sampleOfRecord } from './draw-core.js';
import { normalizeExclusions } from './exclusions.js';
import { recordDigest } from './record-digest.js';
import type { DrawProblem, DrawRecord, DrawVerification, PoolEntry, RandomnessCheck } from './types.js';
import { checkCommitment, checkCommittedSizes, publishedDigest } from './verify-commitment.js';
import { compareRest, compareSelections } from './verify-compare.js';
import { checkVerifyOptions, type VerifyDrawOptions } from './verify-options.js';
import { checkRandomness } from './verify-randomness.js';
import { checkSteps } from './verify-steps.js';

export type { VerifyDrawOptions } from './verify-options.js';

function checkForm(record: DrawRecord, options: VerifyDrawOptions, problems: DrawProblem[]): void {
  const v2 = record.algorithm === 'ssj-draw/2';
  if (!v2 && record.algorithm !== 'ssj-draw/1')
    problems.push({ code: 'malformed', message: `unknown algorithm ${JSON.stringify(record.algorithm)}` });
  const ceremony = record.commitment !== undefined;
  if (record.commitment !== undefined && record.commitment.algorithm !== record.algorithm)
    problems.push({ code: 'malformed', message: 'the commitment is of another algorithm than the record' });
  if (v2 && record.form !== (ceremony ? 'ceremony' : 'direct'))
    problems.push({
      code: 'malformed',
      message: `the form ${JSON.stringify(record.form)} does not fit the record`,
    });
  if (!v2 && record.form !== undefined)
    problems.push({ code: 'malformed', message: 'an ssj-draw/1 record has no form' });
  if (!ceremony && options.allowDirect !== true)
    problems.push({
      code: 'direct-form',
      message:
        'not a ceremony draw: the seed was chosen by the caller, not derived from a published commitment',
    });
}

function anchorOf(record: DrawRecord, given: VerifyDrawOptions['commitment'], problems: DrawProblem[]) {
  if (given === undefined) return 'not-given' as const;
  const { digest, intact } = publishedDigest(given);
  if (!intact)
    problems.push({ code: 'commitment-anchor', message: 'the published commitment given is not intact' });
  if (intact && record.commitment?.digest === digest) return 'matched' as const;
  problems.push({
    code: 'commitment-anchor',
    message: `the record's commitment ${record.commitment?.digest ?? '(none)'} is not the published ${digest}`,
  });
  return 'mismatch' as const;
}

/**
 * Verifies a draw record against the pool (核验抽取结果): re-runs the draw from the pool, the seed, the sizes,
 * the exclusions, the extensions and the replacements, and checks the record digest, the commitment, each
 * revealed value's canonical spelling and the seed derived from them. With `commitment` it also checks that the
 * record belongs to the commitment published in advance; with `verifyBeacon` it checks drand signatures. A
 * direct-form record (seed chosen by the caller) is a `direct-form` problem unless `allowDirect`. Every
 * difference is named; the result also gives the commitment digest and each value with its source, to compare
 * with what was published.
 *
 * @param record - the published record (`ssj-draw/1` or `ssj-draw/2`)
 * @param pool - the pool (any order)
 * @param options - `commitment` (published digest or file), `verifyBeacon`, `allowDirect`, `onProgress`
 * @returns `{ valid, problems, form, commitmentDigest, anchor, randomness }`
 * @throws {SsjError} `DRAW_INVALID_REQUEST` / `DRAW_DUPLICATE_IDS` when the pool or the options are malformed, or
 *   the options name a key other than `commitment`, `verifyBeacon`, `allowDirect` and `onProgress`
 * @throws whatever `onProgress` throws, as it is
 * @example
 * The whole flow, from `examples/draw-ceremony.ts`:
 *
 * {@includeCode ../../examples/draw-ceremony.ts#verify}
 */
export function verifyDraw(
  record: DrawRecord,
  pool: readonly PoolEntry[],
  options: VerifyDrawOptions = {},
): DrawVerification {
  checkVerifyOptions(options);
  const grouped = groupPool(pool);
  const problems: DrawProblem[] = [];
  const { onProgress } = options;
  let fromHost: { error: unknown } | undefined;
  const tell = (done: number) => {
    try {
      onProgress?.(done, grouped.count);
    } catch (error) {
      fromHost = { error };
      throw error;
    }
  };
  let randomness: RandomnessCheck[] = [];
  let anchor: DrawVerification['anchor'] = 'not-given';
  try {
    const { digest, ...body } = record;
    if (recordDigest(body) !== digest)
      problems.push({ code: 'record-digest', message: 'the record digest does not match its content' });
    checkForm(record, options, problems);
    anchor = anchorOf(record, options.commitment, problems);
    checkCommitment(record, problems);
    randomness = checkRandomness(record, problems, options.verifyBeacon);
    checkSteps(record, problems);
    const c = record.commitment;
    const v2Ceremony = c !== undefined && c.algorithm === 'ssj-draw/2';
    const { list, ids } = normalizeExclusions(record.exclusions);
    tell(0);
    const { record: expected, problems: replay } = runDraw({
      pool: grouped,
      seed: record.seed,
      sample: v2Ceremony ? c.sample : sampleOfRecord(record),
      exclusions: list,
      excludedIds: ids,
      replacements: replacementRequests(record),
      extensions: record.extensions,
      digest: false,
      tick: onProgress === undefined ? undefined : tell,
    });
    tell(grouped.count);
    for (const message of replay) problems.push({ code: 'replacement', message });
    if (v2Ceremony) checkCommittedSizes(c, expected, problems);
    compareRest(record, expected, problems);
    compareSelections(record, expected, problems);
  } catch (error) {
    if (fromHost !== undefined) throw fromHost.error;
    const message = isSsjError(error) || error instanceof Error ? error.message : String(error);
    problems.push({ code: 'malformed', message: `the record cannot be checked: ${message}` });
  }
  const commitmentDigest = typeof record?.commitment?.digest === 'string' ? record.commitment.digest : null;
  const form = commitmentDigest === null ? 'direct' : 'ceremony';
  return { valid: problems.length === 0, problems, form, commitmentDigest, anchor, randomness };
}
