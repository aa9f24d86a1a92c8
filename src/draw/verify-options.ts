import type { BeaconVerifier } from '../core/index.js';
import { SsjError } from '../core/index.js';
import { expectOptions } from '../core/internal.js';
import type { DrawCommitment } from './types.js';

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
  /**
   * Told how far the re-run of the draw has got (核验进度), in pool entries: `(0, total)` before it starts, then
   * every 65 536 entries gone through, and `(total, total)` when the re-run is done (the comparisons after it are
   * quick). Called synchronously; in a Web Worker, post the figures to the page to move a progress bar. An error
   * it throws ends the verification and is thrown as it is.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Every option key, as a record over the interface's keys, so an option added there must be named here. */
const OPTION_KEYS = Object.keys({
  commitment: true,
  verifyBeacon: true,
  allowDirect: true,
  onProgress: true,
} as const satisfies Record<keyof VerifyDrawOptions, true>);

/**
 * Refuses options that are not what {@link VerifyDrawOptions} describes.
 *
 * @throws {SsjError} `DRAW_INVALID_REQUEST` naming the option and what was expected, or an unknown key
 */
export function checkVerifyOptions(options: VerifyDrawOptions): void {
  expectOptions(options, OPTION_KEYS, 'verifyDraw', 'DRAW_INVALID_REQUEST');
  const bad = (path: string, expected: string): never => {
    throw new SsjError('DRAW_INVALID_REQUEST', `Invalid verification options: ${path} must be ${expected}`, {
      issues: [{ path: ['options', path], message: 'invalid', expected }],
    });
  };
  if (typeof options !== 'object' || options === null) bad('options', 'an object');
  const { commitment, verifyBeacon, allowDirect, onProgress } = options;
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
  if (onProgress !== undefined && typeof onProgress !== 'function') bad('onProgress', 'a function');
}
