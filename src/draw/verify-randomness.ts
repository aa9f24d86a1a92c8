import { type BeaconVerifier, drandRoundTime, isSsjError } from '../core/index.js';
import { descriptorText } from './descriptor-text.js';
import { canonicalValue } from './randomness-canonical.js';
import { deriveSeed, seedFromInputs } from './seed.js';
import type { DrawCommitment, DrawProblem, DrawRecord, RandomnessCheck } from './types.js';

/** The named problems of drand values whose signature does not verify (internal; `index` from 0). */
export function beaconProblems(
  commitment: DrawCommitment,
  values: readonly string[],
  verify: BeaconVerifier,
): { index: number; message: string }[] {
  const out: { index: number; message: string }[] = [];
  (commitment.randomness ?? []).forEach((d, index) => {
    const value = values[index];
    if (d.kind !== 'drand' || value === undefined) return;
    const [previousSignature, signature] = value.includes(':') ? value.split(':') : [undefined, value];
    const question = { network: d.network, round: d.round, signature: signature as string };
    const verdict = verify(previousSignature === undefined ? question : { ...question, previousSignature });
    if (!verdict.valid) out.push({ index, message: `value ${index + 1}: ${verdict.message}` });
  });
  return out;
}

function legacyChecks(record: DrawRecord, c: DrawCommitment, problems: DrawProblem[]): RandomnessCheck[] {
  const values = record.randomness ?? [];
  if (values.length === 0 || deriveSeed(c.digest, values) !== record.seed)
    problems.push({
      code: 'seed',
      message: 'the seed is not derived from the commitment and the randomness',
    });
  const source = `${c.randomnessSource ?? ''} (ssj-draw/1: the spelling of the value was not fixed in advance)`;
  return values.map((value, index) => ({ index, kind: 'text', source, value, status: 'not-checked' }));
}

/**
 * Checks the revealed values of a ceremony record against its commitment (internal): each in its canonical
 * spelling, as many as the descriptors, the seed derived from them, and drand signatures when a verifier is given.
 */
export function checkRandomness(
  record: DrawRecord,
  problems: DrawProblem[],
  verify: BeaconVerifier | undefined,
): RandomnessCheck[] {
  const c = record.commitment;
  if (c === undefined) return [];
  if (c.algorithm === 'ssj-draw/1') return legacyChecks(record, c, problems);
  const descriptors = c.randomness ?? [];
  const values = record.randomness ?? [];
  if (values.length !== descriptors.length)
    problems.push({
      code: 'randomness',
      message: `the commitment names ${descriptors.length} randomness value(s), the record reveals ${values.length}`,
    });
  const refused = new Set<number>();
  const inputs: string[] = [];
  descriptors.forEach((d, index) => {
    const value = values[index] ?? '';
    try {
      const canonical = canonicalValue(d, value, index);
      inputs.push(canonical.seedInput);
      if (canonical.value !== value) {
        refused.add(index);
        problems.push({ code: 'randomness', message: `value ${index + 1} is not in its canonical spelling` });
      }
    } catch (error) {
      refused.add(index);
      problems.push({ code: 'randomness', message: isSsjError(error) ? error.message : String(error) });
    }
  });
  if (
    refused.size === 0 &&
    values.length === descriptors.length &&
    seedFromInputs(c.digest, inputs) !== record.seed
  )
    problems.push({
      code: 'seed',
      message: 'the seed is not derived from the commitment and the randomness',
    });
  if (verify !== undefined && refused.size === 0)
    for (const p of beaconProblems(c, values, verify)) {
      refused.add(p.index);
      problems.push({ code: 'beacon', message: `the drand beacon does not verify: ${p.message}` });
    }
  return descriptors.map((d, index): RandomnessCheck => {
    const checked = d.kind === 'drand' && verify !== undefined;
    const status = refused.has(index) ? 'refused' : checked ? 'verified' : 'not-checked';
    const base = {
      index,
      kind: d.kind,
      source: descriptorText(d),
      value: values[index] ?? '',
      status,
    } as const;
    return d.kind === 'drand' ? { ...base, round: d.round, time: drandRoundTime(d.network, d.round) } : base;
  });
}
