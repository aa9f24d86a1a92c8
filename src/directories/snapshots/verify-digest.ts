import * as z from 'zod/mini';
import { parseWith } from '../../core/internal.js';
import type { ConflictOfInterest } from '../inspectors/inspector.js';
import { DIRECTORY_DIGEST_ALGORITHMS, directoryDigest } from './digest.js';

const snapshotShape = z.object({
  kind: z.enum(['targets', 'inspectors']),
  digest: z.string(),
  digestAlgorithm: z.optional(z.enum(DIRECTORY_DIGEST_ALGORITHMS)),
  entries: z.array(z.looseObject({ id: z.string() })),
  conflicts: z.optional(z.array(z.unknown())),
});

/**
 * Whether a snapshot's digest matches its content (核验名录库摘要), by the digest version it records: a snapshot
 * stored before digests had versions (no `digestAlgorithm`) is checked as `ssj-directory/1`.
 *
 * @param snapshot - a target or inspector snapshot, e.g. read back from storage
 * @returns `true` when the digest is the digest of the entries (and conflicts)
 * @throws {SsjError} `DIRECTORY_INVALID` when the input is not a snapshot (kind, digest, entries with ids)
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` when an entry holds a value JSON cannot carry
 * @example
 * ```ts
 * verifyDirectoryDigest(createTargetSnapshot(targets)); // true
 * ```
 */
export function verifyDirectoryDigest(snapshot: unknown): boolean {
  const s = parseWith(snapshotShape, snapshot, 'directory snapshot', 'DIRECTORY_INVALID');
  const algorithm = s.digestAlgorithm ?? 'ssj-directory/1';
  const conflicts = (s.conflicts ?? []) as readonly ConflictOfInterest[];
  return directoryDigest(s.kind, s.entries, conflicts, algorithm) === s.digest;
}
