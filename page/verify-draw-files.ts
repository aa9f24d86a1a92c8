/**
 * Verifies a draw from its published files: re-runs it from the pool with the library's `verifyDraw`, anchored to
 * the commitment digest published before the draw, and gathers what the reader compares by eye and the
 * per-stratum arithmetic. Pure data in and out (no DOM), so it runs in the worker and in tests alike.
 */
import { type BeaconVerifier, canonicalJson } from '../src/core/index.js';
import {
  type DrawCommitment,
  type DrawRecord,
  type PoolEntry,
  type StratumResult,
  verifyDraw,
} from '../src/draw/index.js';
import type { DrawSummary, Finding, RandomnessRow, StratumRow } from './protocol.js';

/** What the draw check needs. */
export interface DrawFiles {
  readonly record: DrawRecord;
  readonly pool: readonly PoolEntry[];
  readonly encoding: string;
  /** The commitment file, if given (it must be the one inside the record). */
  readonly commitment?: DrawCommitment;
  /** The digest as published before the draw, lower-case hex, or `''`. */
  readonly publishedDigest: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

function strataRows(strata: Readonly<Record<string, StratumResult>>): StratumRow[] {
  return Object.entries(strata).map(([name, s]) => ({
    name,
    pool: s.pool,
    excluded: s.excluded,
    eligible: s.eligible,
    requested:
      'count' in s.requested
        ? { count: s.requested.count }
        : { ratio: s.requested.ratio, rounding: s.requested.rounding ?? 'ceil' },
    size: s.size,
    drawn: s.drawn,
    selected: s.selected,
    shortfall: s.shortfall,
    nextKey: s.nextKey,
  }));
}

/** The page's own checks: the pasted digest's form, and the commitment file against the record's. */
function inputFindings(files: DrawFiles, published: string): Finding[] {
  const { record, commitment } = files;
  const out: Finding[] = [];
  if (published !== '' && !HEX64.test(published))
    out.push({
      source: 'input',
      code: 'published-digest-format',
      message: 'the published digest must be 64 hexadecimal characters',
      found: published,
    });
  if (commitment !== undefined && canonicalJson(commitment) !== canonicalJson(record.commitment ?? null))
    out.push({
      source: 'anchor',
      code: 'commitment-file',
      message: 'the commitment file is not the commitment inside the record',
      expected: commitment.digest,
      found: record.commitment?.digest ?? '',
    });
  return out;
}

/**
 * Checks the draw with the library's `verifyDraw`, anchored to the published digest, and summarises it.
 *
 * @param files - the record, the pool and its encoding, the commitment file and the published digest
 * @param verifyBeacon - checks drand signatures, when the page carries the beacon verifier
 * @param onProgress - told the pool entries gone through while the draw is re-run
 * @returns the problems found (library and page) and the summary to show
 */
export function verifyDrawFiles(
  files: DrawFiles,
  verifyBeacon?: BeaconVerifier,
  onProgress?: (done: number, total: number) => void,
): { problems: Finding[]; summary: DrawSummary } {
  const { record, pool } = files;
  const published = files.publishedDigest.trim().toLowerCase();
  const anchor = HEX64.test(published) ? published : undefined;
  const result = verifyDraw(record, pool, {
    ...(anchor === undefined ? {} : { commitment: anchor }),
    ...(verifyBeacon === undefined ? {} : { verifyBeacon }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  const problems: Finding[] = [
    ...inputFindings(files, published),
    ...result.problems.map((p) => ({
      source: 'draw' as const,
      ...p,
      ...(p.code === 'commitment-anchor' && anchor !== undefined
        ? { expected: anchor, found: result.commitmentDigest ?? '' }
        : {}),
    })),
  ];
  const randomness: RandomnessRow[] = result.randomness.map((r) => ({
    value: r.value,
    source: r.source,
    kind: r.kind,
    status: r.status,
    ...(r.round === undefined ? {} : { round: r.round }),
    ...(r.time === undefined ? {} : { time: r.time }),
  }));
  return {
    problems,
    summary: {
      algorithm: record.algorithm,
      form: result.form,
      recordDigest: record.digest,
      seed: record.seed,
      pool: { digest: record.pool.digest, count: pool.length, encoding: files.encoding },
      commitmentDigest: result.commitmentDigest,
      published: anchor === undefined ? null : { digest: anchor, matches: result.anchor === 'matched' },
      randomnessSource: record.commitment?.randomnessSource ?? null,
      randomness,
      strata: strataRows(record.strata),
      selected: record.selected.map(({ id, stratum, key, rank }) => ({ id, stratum, key, rank })),
      replacements: record.replacements.map(({ id, stratum, reason, replacedBy }) => ({
        id,
        stratum,
        reason,
        replacedBy,
      })),
      exclusions: record.exclusions.length,
    },
  };
}
