import { type BeaconVerifier, isSsjError, SsjError } from '../core/index.js';
import { expectOptions } from '../core/internal.js';
import { groupPool } from './canonical-pool.js';
import { replacementRequests, runDraw, sampleOfRecord } from './draw-core.js';
import { normalizeExclusions } from './exclusions.js';
import { recordDigest } from './record-digest.js';
import type {
  DrawCommitment,
  DrawProblem,
  DrawRecord,
  DrawVerification,
  PoolEntry,
  RandomnessCheck,
} from './types.js';
import { checkCommitment, checkCommittedSizes, publishedDigest } from './verify-commitment.js';
import { compareRest, compareSelections } from './verify-compare.js';
import { checkRandomness } from './verify-randomness.js';
import { checkSteps } from './verify-steps.js';

/** What {@link verifyDraw} is told besides the record and the pool. */
export interface VerifyDrawOptions {
  /**
   * The commitment published before the randomness existed (公示的抽取承诺): its digest (64 hex) or the
   * commitment itself. The record's commitment must be that one; otherwise a `commitment-anchor` problem.
   */
  readonly commitment?: string | DrawCommitment;
  /**
   * Checks drand beacons: pass `verifyDrandBeacon` from `shuangsuiji/beacon`. Without it, drand values are
   * reported `not-checked` (their canonical form and the seed are still checked).
   */
  readonly verifyBeacon?: BeaconVerifier;
  /** Accept a direct-form record (seed chosen by the caller) without a `direct-form` problem. Default `false`. */
  readonly allowDirect?: boolean;
}

/** Every option key, as a record over the interface's keys, so an option added there must be named here. */
const OPTION_KEYS = Object.keys({
  commitment: true,
  verifyBeacon: true,
  allowDirect: true,
} as const satisfies Record<keyof VerifyDrawOptions, true>);

function checkOptions(options: VerifyDrawOptions): void {
  expectOptions(options, OPTION_KEYS, 'verifyDraw', 'DRAW_INVALID_REQUEST');
  const bad = (path: string, expected: string): never => {
    throw new SsjError('DRAW_INVALID_REQUEST', `Invalid verification options: ${path} must be ${expected}`, {
      issues: [{ path: ['options', path], message: 'invalid', expected }],
    });
  };
  if (typeof options !== 'object' || options === null) bad('options', 'an object');
  const { commitment, verifyBeacon, allowDirect } = options;
  if (commitment !== undefined) {
    if (
      typeof commitment === 'string'
        ? !/^[0-9a-f]{64}$/.test(commitment)
        : typeof commitment !== 'object' || commitment === null
    )
      bad('commitment', 'a 64-hex digest or a commitment');
  }
  if (verifyBeacon !== undefined && typeof verifyBeacon !== 'function') bad('verifyBeacon', 'a function');
  if (allowDirect !== undefined && typeof allowDirect !== 'boolean') bad('allowDirect', 'a boolean');
}

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
 * @param options - `commitment` (published digest or file), `verifyBeacon`, `allowDirect`
 * @returns `{ valid, problems, form, commitmentDigest, anchor, randomness }`
 * @throws {SsjError} `DRAW_INVALID_REQUEST` / `DRAW_DUPLICATE_IDS` when the pool or the options are malformed, or
 *   the options name a key other than `commitment`, `verifyBeacon` and `allowDirect`
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
  checkOptions(options);
  const grouped = groupPool(pool);
  const problems: DrawProblem[] = [];
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
    const { record: expected, problems: replay } = runDraw({
      pool: grouped,
      seed: record.seed,
      sample: v2Ceremony ? c.sample : sampleOfRecord(record),
      exclusions: list,
      excludedIds: ids,
      replacements: replacementRequests(record),
      extensions: record.extensions,
      digest: false,
    });
    for (const message of replay) problems.push({ code: 'replacement', message });
    if (v2Ceremony) checkCommittedSizes(c, expected, problems);
    compareRest(record, expected, problems);
    compareSelections(record, expected, problems);
  } catch (error) {
    const message = isSsjError(error) || error instanceof Error ? error.message : String(error);
    problems.push({ code: 'malformed', message: `the record cannot be checked: ${message}` });
  }
  const commitmentDigest = typeof record?.commitment?.digest === 'string' ? record.commitment.digest : null;
  const form = commitmentDigest === null ? 'direct' : 'ceremony';
  return { valid: problems.length === 0, problems, form, commitmentDigest, anchor, randomness };
}
