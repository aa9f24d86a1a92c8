import { type Sha256Midstate, sha256, sha256Midstate, toHex, utf8 } from '../core/index.js';
import { concatBytes, digestAfterMidstate, uint32be } from '../core/internal.js';

/** The domain-separation tag of every inspector-assignment hash (version 1 of the specification). */
export const ASSIGN_DOMAIN = 'shuangsuiji/assign/v1';

/** The two pools a team is drawn from: officers (执法人员) and experts (专家). */
export type AssignPool = 'officers' | 'experts';

const lp = (bytes: Uint8Array): Uint8Array => concatBytes(uint32be(bytes.length), bytes);

/** Writes `n` as 4 big-endian bytes at `at`. */
function writeUint32(out: Uint8Array, at: number, n: number): void {
  out[at] = n >>> 24;
  out[at + 1] = (n >>> 16) & 0xff;
  out[at + 2] = (n >>> 8) & 0xff;
  out[at + 3] = n & 0xff;
}

/**
 * The 64-byte seed block (种子块) every unit key of an assignment starts with:
 * `SHA-256(utf8("shuangsuiji/assign/v1") ‖ lp(utf8(seed))) ‖ 32 zero bytes`, where `lp(b) = uint32be(len(b)) ‖ b`.
 *
 * @param seed - the assignment seed, 64 lower-case hex characters
 * @returns 64 bytes
 * @example
 * ```ts
 * seedBlock('00'.repeat(32)).length; // 64
 * ```
 */
export function seedBlock(seed: string): Uint8Array {
  const block = new Uint8Array(64);
  block.set(sha256(concatBytes(utf8(ASSIGN_DOMAIN), lp(utf8(seed)))), 0);
  return block;
}

/**
 * A unit-key function for one seed: the seed block is compressed once (its midstate), so each unit key costs one
 * SHA-256 compression for ids of ordinary length.
 *
 * @param seed - the assignment seed
 * @returns `(targetIdUtf8, departmentUtf8) → unit key` (32 bytes, a new array)
 */
export function unitKeysFor(seed: string): (targetId: Uint8Array, department: Uint8Array) => Uint8Array {
  const mid: Sha256Midstate = sha256Midstate(seedBlock(seed));
  return (targetId, department) => {
    const suffix = new Uint8Array(8 + targetId.length + department.length);
    writeUint32(suffix, 0, targetId.length);
    suffix.set(targetId, 4);
    writeUint32(suffix, 4 + targetId.length, department.length);
    suffix.set(department, 8 + targetId.length);
    const out = new Uint8Array(32);
    digestAfterMidstate(mid, suffix, out, 0);
    return out;
  };
}

/**
 * The unit key (抽取单元密钥) of one (target, department): `SHA-256(seedBlock ‖ lp(utf8(targetId)) ‖
 * lp(utf8(department)))`. Units are processed in the order of their keys, and every random choice of the team
 * comes from the key's stream (see {@link uniformStream} and docs/assignment-spec.md).
 *
 * @param seed - the assignment seed, 64 lower-case hex characters
 * @param targetId - the target (UTF-8 as given, not normalised)
 * @param department - the department drawing its team
 * @returns the 32-byte unit key
 * @example
 * ```ts
 * toHex(unitKey('00'.repeat(32), 'T1', '市场监管局')).length; // 64
 * ```
 */
export function unitKey(seed: string, targetId: string, department: string): Uint8Array {
  return unitKeysFor(seed)(utf8(targetId), utf8(department));
}

const TWO_32 = 0x1_0000_0000;
const EMPTY: Sha256Midstate = sha256Midstate(new Uint8Array(0));
const POOL_BYTES: Readonly<Record<AssignPool, Uint8Array>> = {
  officers: utf8('officers'),
  experts: utf8('experts'),
};

/** A pick from a random stream: the index chosen and the 32-bit word that chose it (8 hex). */
export interface StreamPick {
  readonly index: number;
  readonly word: string;
}

/**
 * A deterministic stream of uniform integers for one pool of a unit: block `j` is
 * `SHA-256(unitKey ‖ utf8(pool) ‖ uint32be(j))`, read as eight big-endian 32-bit words in turn. An integer below
 * `m` is the next word `w < 2^32 − (2^32 mod m)`, as `w mod m`; words at or above that limit are skipped, so
 * every index is exactly equally likely.
 *
 * @param key - the unit key from {@link unitKey}
 * @param pool - `officers` or `experts`
 * @returns a function giving the next uniform index below `m` (m ≥ 1) and the word used
 * @example
 * ```ts
 * const next = uniformStream(unitKey('00'.repeat(32), 'T1', 'D'), 'officers');
 * next(10).index; // 0..9
 * ```
 */
export function uniformStream(key: Uint8Array, pool: AssignPool): (m: number) => StreamPick {
  const tag = POOL_BYTES[pool];
  const input = new Uint8Array(32 + tag.length + 4);
  input.set(key, 0);
  input.set(tag, 32);
  const at = 32 + tag.length;
  const block = new Uint8Array(32);
  let counter = 0;
  let position = 8;
  const nextWord = (): number => {
    if (position === 8) {
      writeUint32(input, at, counter);
      counter++;
      digestAfterMidstate(EMPTY, input, block, 0);
      position = 0;
    }
    const j = position * 4;
    position++;
    return (
      (block[j] as number) * 0x100_0000 +
      (((block[j + 1] as number) << 16) | ((block[j + 2] as number) << 8) | (block[j + 3] as number))
    );
  };
  return (m) => {
    const limit = TWO_32 - (TWO_32 % m);
    for (;;) {
      const w = nextWord();
      if (w < limit) return { index: w % m, word: w.toString(16).padStart(8, '0') };
    }
  };
}

/** Hex of a unit key (for tests and the specification's vectors). */
export const unitKeyHex = (seed: string, targetId: string, department: string): string =>
  toHex(unitKey(seed, targetId, department));
