import { canonicalDigest } from '../core/index.js';
import { expectRecord } from '../core/internal.js';
import type { DrawCommitment } from './types.js';

/**
 * The digest a commitment should have (承诺摘要): SHA-256 of the canonical JSON of every field but `digest`.
 *
 * @param commitment - a commitment
 * @returns 64 lower-case hex characters
 * @throws {SsjError} `CANONICAL_JSON_UNSUPPORTED` when the commitment holds a value JSON cannot carry
 * @example
 * {@includeCode ../../examples/draw-ceremony.ts#anchor}
 */
export function commitmentDigest(commitment: DrawCommitment): string {
  expectRecord(commitment, 'draw commitment', 'DRAW_INVALID_REQUEST');
  const { digest: _digest, ...body } = commitment;
  return canonicalDigest(body);
}
