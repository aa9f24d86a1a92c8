import { type Uscc, usccCheckCharacter } from '../core/index.js';
import { USCC_CHARSET } from '../core/internal.js';
import type { Rng } from './seeded-rng.js';

const DIGITS = 7;
const CHARSET: string = USCC_CHARSET;
/**
 * 31^7: how many distinct serials the 7 free characters after `MA` hold.
 *
 * @example
 * ```ts
 * SYNTHETIC_USCC_CAPACITY; // 27512614111
 * ```
 */
export const SYNTHETIC_USCC_CAPACITY = 31 ** DIGITS;

/** A bijection on 0 … 31^7 − 1 chosen by the seed: one random permutation of 0–30 per position. */
export interface UsccSerials {
  readonly boxes: readonly (readonly number[])[];
}

/**
 * Draws the per-position permutations of a serial bijection (Fisher–Yates over the run's random source).
 *
 * @param rng - the run's random source
 * @returns the permutations
 * @example
 * ```ts
 * const serials = drawUsccSerials(createRng('demo'));
 * ```
 */
export function drawUsccSerials(rng: Rng): UsccSerials {
  const boxes = Array.from({ length: DIGITS }, () => {
    const box = Array.from({ length: 31 }, (_, i) => i);
    for (let i = 30; i > 0; i--) {
      const j = rng.int(0, i);
      [box[i], box[j]] = [box[j] as number, box[i] as number];
    }
    return box;
  });
  return { boxes };
}

/**
 * A synthetic but valid 统一社会信用代码: `9` (工商), the organization type (`1` 企业, `2` 个体工商户, `3` 农民专业
 * 合作社), the region, `MA` and 7 characters that encode `serial` one-to-one, then the check character from
 * {@link usccCheckCharacter}. Each base-31 digit of the serial, plus the character below it, goes through a
 * permutation, so distinct serials give distinct codes and neighbours look unrelated.
 *
 * @param serials - the run's bijection
 * @param serial - 0 … 31^7 − 1
 * @param type - `1`, `2` or `3`
 * @param region - the 6-digit region code
 * @returns a code that passes `parseUscc`
 * @example
 * ```ts
 * syntheticUscc(drawUsccSerials(createRng('demo')), 0, '1', '150621'); // '91150621MA…' with a valid check character
 * ```
 */
export function syntheticUscc(
  serials: UsccSerials,
  serial: number,
  type: '1' | '2' | '3',
  region: string,
): Uscc {
  let n = serial;
  let carry = 0;
  let body = '';
  for (let k = 0; k < DIGITS; k++) {
    const d = n % 31;
    n = Math.floor(n / 31);
    carry = (serials.boxes[k] as readonly number[])[(d + carry) % 31] as number;
    body = CHARSET[carry] + body;
  }
  const first17 = `9${type}${region}MA${body}`;
  return `${first17}${usccCheckCharacter(first17)}` as Uscc;
}
