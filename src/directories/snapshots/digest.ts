import { canonicalJson, createSha256 } from '../../core/index.js';
import type { ConflictOfInterest } from '../inspectors/inspector.js';
import { createCanonicalWriter } from './canonical.js';

/**
 * The label hashed first, so a digest says which canonical form it is over.
 *
 * @example
 * ```ts
 * DIRECTORY_DIGEST_ALGORITHM; // 'ssj-directory/1'
 * ```
 */
export const DIRECTORY_DIGEST_ALGORITHM = 'ssj-directory/1';

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
 * @returns 64 lower-case hex characters
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` when an entry holds a value JSON cannot carry
 * @example
 * ```ts
 * directoryDigest('targets', [b, a]) === directoryDigest('targets', [a, b]); // true
 * ```
 */
export function directoryDigest(
  kind: DirectoryKind,
  entries: readonly { readonly id: string }[],
  conflicts: readonly ConflictOfInterest[] = [],
): string {
  const sorted = entries.map((e) => e.id).every((id, i, ids) => i === 0 || (ids[i - 1] as string) < id)
    ? entries
    : [...entries].sort((a, b) => byCodeUnits(a.id, b.id));
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
