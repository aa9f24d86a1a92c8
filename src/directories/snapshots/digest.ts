import { canonicalJson, createSha256, SsjError } from '../../core/index.js';
import type { ConflictOfInterest } from '../inspectors/inspector.js';
import { checkConflicts, checkEntries, checkKind } from './boundary.js';
import { createCanonicalWriter } from './canonical.js';
import { DIGEST_V2, DIGEST_V3, DIGEST_V4, listDigest } from './entry-hashes.js';
import { idOrder } from './id-order.js';

/**
 * The label hashed first, so a digest says which canonical form it is over.
 *
 * @example
 * ```ts
 * DIRECTORY_DIGEST_ALGORITHM; // 'ssj-directory/1'
 * ```
 */
export const DIRECTORY_DIGEST_ALGORITHM = 'ssj-directory/1';

/**
 * Every version of the directory digest, oldest first (名录库摘要版本). `ssj-directory/1` hashes the entries'
 * canonical JSON lines in one stream; `ssj-directory/2` hashes each entry's canonical JSON once and the entry
 * hashes in content-defined buckets, so a changed snapshot re-hashes only what changed; `ssj-directory/3` has the
 * buckets of version 2 over hashes of a compact binary encoding of each entry, which costs less to write and to
 * hash than the text; `ssj-directory/4`, which snapshots use, is version 3 with the keys of the target shape
 * written as one byte each, a third fewer bytes to write and hash (see `docs/directories.md`). Digests of
 * every version keep verifying.
 *
 * @example
 * ```ts
 * DIRECTORY_DIGEST_ALGORITHMS; // ['ssj-directory/1', 'ssj-directory/2', 'ssj-directory/3', 'ssj-directory/4']
 * ```
 */
export const DIRECTORY_DIGEST_ALGORITHMS = [
  DIRECTORY_DIGEST_ALGORITHM,
  DIGEST_V2,
  DIGEST_V3,
  DIGEST_V4,
] as const;

/** A version of the directory digest. */
export type DirectoryDigestAlgorithm = (typeof DIRECTORY_DIGEST_ALGORITHMS)[number];

/** Which directory (名录库): the target directory or the inspector directory. */
export type DirectoryKind = 'targets' | 'inspectors';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The SHA-256 digest of a directory's content (名录库摘要): a canonical form that does not depend on the order of
 * the entries. Hashed, as UTF-8: the line `ssj-directory/1`, the kind, the entry count, then each entry's RFC 8785
 * canonical JSON on its own line in id order (code-unit order), then, for inspectors, each declared conflict's
 * canonical JSON in the order of those lines. Any change to any field of any entry changes the digest.
 *
 * @param kind - `targets` or `inspectors`
 * @param entries - the entries, in any order (ids must be unique; {@link createTargetSnapshot} checks that)
 * @param conflicts - the declared conflicts of interest (inspectors only)
 * @param algorithm - the digest version, `ssj-directory/1` unless asked (snapshots record theirs)
 * @returns 64 lower-case hex characters
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` when an entry holds a value JSON cannot carry
 * @throws {SsjError} `INVALID_INPUT` when the algorithm is not one of {@link DIRECTORY_DIGEST_ALGORITHMS}
 * @throws {SsjError} `DIRECTORY_INVALID` when the kind is unknown, or the entries or conflicts are not arrays
 *   without holes of objects with string ids
 * @example
 * ```ts
 * directoryDigest('targets', [b, a]) === directoryDigest('targets', [a, b]); // true
 * ```
 */
export function directoryDigest(
  kind: DirectoryKind,
  entries: readonly { readonly id: string }[],
  conflicts: readonly ConflictOfInterest[] = [],
  algorithm: DirectoryDigestAlgorithm = DIRECTORY_DIGEST_ALGORITHM,
): string {
  checkKind(kind);
  checkEntries(entries);
  checkConflicts(conflicts);
  const order = idOrder(entries);
  if (!(DIRECTORY_DIGEST_ALGORITHMS as readonly string[]).includes(algorithm))
    throw new SsjError('INVALID_INPUT', `Unknown directory digest version ${JSON.stringify(algorithm)}`, {
      issues: [
        {
          path: ['algorithm'],
          message: 'unknown version',
          expected: DIRECTORY_DIGEST_ALGORITHMS.join(' | '),
        },
      ],
    });
  if (algorithm === DIGEST_V2 || algorithm === DIGEST_V3 || algorithm === DIGEST_V4)
    return listDigest(algorithm, kind, entries, order, conflicts);
  const sorted =
    order === undefined ? entries : Array.from(order, (i) => entries[i] as { readonly id: string });
  const hash = createSha256().update(`${DIRECTORY_DIGEST_ALGORITHM}\n${kind}\n${sorted.length}\n`);
  const write = createCanonicalWriter();
  let chunk = '';
  for (const entry of sorted) {
    chunk += `${write(entry)}\n`;
    if (chunk.length > 65536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  hash.update(chunk);
  if (kind === 'inspectors') {
    const lines = conflicts.map((c) => canonicalJson(c)).sort(byCodeUnits);
    hash.update(`conflicts\n${lines.length}\n${lines.map((l) => `${l}\n`).join('')}`);
  }
  return hash.digestHex();
}
