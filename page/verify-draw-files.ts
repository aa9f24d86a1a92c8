/**
 * Verifies a draw from its published files: re-runs it from the pool with the library's `verifyDraw`, anchors the
 * record's commitment to the digest published before the draw, and gathers what the reader compares by eye and the
 * per-stratum arithmetic. Pure data in and out (no DOM), so it runs in the worker and in tests alike.
 */
import { canonicalJson } from '../src/core/index.js';
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

/** The page's anchoring checks: the published digest, and the commitment file against the record's. */
function anchorFindings(files: DrawFiles): Finding[] {
  const { record, commitment, publishedDigest } = files;
  const out: Finding[] = [];
  const inRecord = record.commitment?.digest;
  if (publishedDigest !== '' && !HEX64.test(publishedDigest))
    out.push({
      source: 'input',
      code: 'published-digest-format',
      message: 'the published digest must be 64 hexadecimal characters',
      found: publishedDigest,
    });
  else if (publishedDigest !== '' && inRecord === undefined)
    out.push({
      source: 'anchor',
      code: 'no-commitment',
      message: 'the record has no commitment, so it cannot be tied to the published digest',
      expected: publishedDigest,
    });
  else if (publishedDigest !== '' && inRecord !== publishedDigest)
    out.push({
      source: 'anchor',
      code: 'published-digest',
      message: 'the commitment in the record is not the one published before the draw',
      expected: publishedDigest,
      found: inRecord ?? '',
    });
  if (commitment !== undefined && canonicalJson(commitment) !== canonicalJson(record.commitment ?? null))
    out.push({
      source: 'anchor',
      code: 'commitment-file',
      message: 'the commitment file is not the commitment inside the record',
      expected: commitment.digest,
      found: inRecord ?? '',
    });
  return out;
}

/**
 * Checks the draw and summarises it.
 *
 * @param files - the record, the pool and its encoding, the commitment file and the published digest
 * @returns the problems found (library and anchoring) and the summary to show
 */
export function verifyDrawFiles(files: DrawFiles): { problems: Finding[]; summary: DrawSummary } {
  const { record, pool } = files;
  const published = files.publishedDigest.trim().toLowerCase();
  const result = verifyDraw(record, pool);
  const problems: Finding[] = [
    ...anchorFindings({ ...files, publishedDigest: published }),
    ...result.problems.map((p) => ({ source: 'draw' as const, ...p })),
  ];
  const source = record.commitment?.randomnessSource ?? '';
  const randomness: RandomnessRow[] = (record.randomness ?? []).map((value) => ({ value, source }));
  const commitmentDigest = record.commitment?.digest ?? null;
  return {
    problems,
    summary: {
      algorithm: record.algorithm,
      recordDigest: record.digest,
      seed: record.seed,
      pool: { digest: record.pool.digest, count: pool.length, encoding: files.encoding },
      commitmentDigest,
      published: published === '' ? null : { digest: published, matches: published === commitmentDigest },
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
