import { fromHex, SsjError, sha256Hex } from '../core/index.js';
import type {
  DrandBeacon,
  DrandDescriptor,
  RandomnessDescriptor,
  RevealedValue,
} from './randomness-types.js';

/** A revealed value in its one spelling (`value`, stored in the record) and what enters the seed (`seedInput`). */
export interface CanonicalValue {
  readonly value: string;
  readonly seedInput: string;
}

/** Characters allowed between numbers of a lottery result or dice throw (after NFKC): tab, LF, CR, space, `,;|/+-、`. */
const SEPARATORS = /^[\t\n\r ,;|/+\-、]*$/u;

/** The white space stripped around and inside hex values: tab, LF, CR and space. */
const BLANK = /[\t\n\r ]/g;

const refuse = (index: number, message: string, expected: string): never => {
  throw new SsjError(
    'DRAW_RANDOMNESS_MISMATCH',
    `Randomness value ${index + 1}: ${message} (expected ${expected})`,
    {
      issues: [{ path: ['randomness', index], message, expected }],
    },
  );
};

/** The numbers of a result: a list of integers, or text whose digit runs are the numbers (see the spec §5.2). */
function numbersOf(raw: RevealedValue, count: number, width: number, index: number): number[] {
  if (Array.isArray(raw)) {
    if (!raw.every((n) => Number.isSafeInteger(n)))
      refuse(index, 'the list holds something other than whole numbers', 'whole numbers');
    return [...(raw as readonly number[])];
  }
  if (typeof raw !== 'string') return refuse(index, 'expected text or a list of numbers', 'text or numbers');
  const text = raw.normalize('NFKC');
  const runs = text.match(/[0-9]+/g) ?? [];
  const rest = text.replace(/[0-9]+/g, ' ');
  if (!SEPARATORS.test(rest)) {
    const bad = [...rest].find((c) => !SEPARATORS.test(c)) ?? '';
    refuse(
      index,
      `${JSON.stringify(bad)} is not a digit or a separator`,
      'digits and separators , ; | / + - 、',
    );
  }
  const only = runs[0];
  if (runs.length === 1 && only !== undefined && count > 1) {
    if (only.length !== count * width)
      refuse(
        index,
        `${only.length} digits in one run`,
        `${count} numbers of ${width} digit(s), or separated`,
      );
    return Array.from({ length: count }, (_, i) => Number(only.slice(i * width, (i + 1) * width)));
  }
  return runs.map(Number);
}

function canonicalNumbers(
  raw: RevealedValue,
  d: { count: number; min: number; max: number; order: 'drawn' | 'sorted' },
  join: string,
  index: number,
): string {
  const width = String(d.max).length;
  const numbers = numbersOf(raw, d.count, width, index);
  if (numbers.length !== d.count) refuse(index, `${numbers.length} numbers`, `exactly ${d.count}`);
  for (const n of numbers)
    if (n < d.min || n > d.max) refuse(index, `${n} is out of range`, `numbers from ${d.min} to ${d.max}`);
  if (d.order === 'sorted') numbers.sort((a, b) => a - b);
  return numbers.map((n) => String(n).padStart(join === '' ? 1 : width, '0')).join(join);
}

function hexOf(text: unknown, lengths: readonly number[], what: string, index: number): string {
  const hex = typeof text === 'string' ? text.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '').toLowerCase() : '';
  if (!/^[0-9a-f]*$/.test(hex) || !lengths.includes(hex.length))
    refuse(index, `the ${what} is not hex of the right length`, `${lengths.join(' or ')} hex characters`);
  return hex;
}

function canonicalDrand(d: DrandDescriptor, raw: RevealedValue, index: number): CanonicalValue {
  const chained = d.network.scheme === 'pedersen-bls-chained';
  let sig: unknown;
  let prev: unknown;
  if (typeof raw === 'string') {
    const parts = raw.split(':');
    if (parts.length !== (chained ? 2 : 1))
      refuse(index, 'not a drand signature', chained ? '"<previous signature>:<signature>" in hex' : 'hex');
    [sig, prev] = chained ? [parts[1], parts[0]] : [parts[0], undefined];
  } else if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const b = raw as DrandBeacon;
    if (b.round !== d.round) refuse(index, `the beacon is of round ${String(b.round)}`, `round ${d.round}`);
    [sig, prev] = [b.signature, b.previous_signature];
  } else return refuse(index, 'not a drand beacon', 'a beacon object or its signature in hex');
  const signature = hexOf(sig, [chained ? 192 : 96], 'signature', index);
  const randomness = sha256Hex(fromHex(signature) as Uint8Array);
  const claimed = (raw as DrandBeacon).randomness;
  if (typeof raw === 'object' && claimed !== undefined && String(claimed).toLowerCase() !== randomness)
    refuse(index, 'the beacon randomness is not SHA-256 of its signature', randomness);
  if (!chained) return { value: signature, seedInput: randomness };
  const previous = hexOf(prev, d.round === 1 ? [64] : [192], 'previous signature', index);
  return { value: `${previous}:${signature}`, seedInput: randomness };
}

/**
 * Puts a revealed value into its one canonical spelling for its descriptor (随机数规范化), or refuses it: every
 * accepted spelling of one result gives the same `value` and `seedInput`.
 *
 * @throws {SsjError} `DRAW_RANDOMNESS_MISMATCH` when the value does not fit the descriptor
 */
export function canonicalValue(d: RandomnessDescriptor, raw: RevealedValue, index: number): CanonicalValue {
  switch (d.kind) {
    case 'drand':
      return canonicalDrand(d, raw, index);
    case 'lottery': {
      const value = canonicalNumbers(raw, d, ' ', index);
      return { value, seedInput: value };
    }
    case 'dice': {
      const value = canonicalNumbers(raw, { count: d.dice, min: 1, max: d.faces, order: 'drawn' }, '', index);
      return { value, seedInput: value };
    }
    case 'hex': {
      const text = typeof raw === 'string' ? raw.normalize('NFKC').replace(BLANK, '') : undefined;
      const value = hexOf(text, [d.bytes * 2], 'value', index);
      return { value, seedInput: value };
    }
    default:
      return refuse(index, 'unknown kind of randomness', 'drand, lottery, dice or hex');
  }
}

/**
 * Canonicalises every revealed value against the commitment's descriptors, in order.
 *
 * @throws {SsjError} `DRAW_RANDOMNESS_MISMATCH` when a value does not fit or the number of values differs
 */
export function canonicalValues(
  descriptors: readonly RandomnessDescriptor[],
  revealed: readonly RevealedValue[],
): CanonicalValue[] {
  if (!Array.isArray(revealed) || revealed.length !== descriptors.length)
    throw new SsjError(
      'DRAW_RANDOMNESS_MISMATCH',
      `The commitment names ${descriptors.length} randomness value(s); ${Array.isArray(revealed) ? revealed.length : 'no list'} given`,
      {
        issues: [
          { path: ['randomness'], message: 'wrong number of values', expected: `${descriptors.length}` },
        ],
      },
    );
  return descriptors.map((d, i) => canonicalValue(d, revealed[i] as RevealedValue, i));
}
