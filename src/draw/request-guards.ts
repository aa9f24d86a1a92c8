import type { SsjIssue } from '../core/index.js';

/**
 * The draw's own checks of a direct draw's sample, seed and exclusions, and of a seed's inputs: the same rules
 * as the schemas in `schemas.ts` (a differential test holds them equal), written by hand so that a browser page
 * drawing and verifying does not carry a schema library for four small shapes.
 */

type Path = readonly (string | number)[];
type Issues = SsjIssue[];

const HEX64 = /^[0-9a-f]{64}$/;
const ROUNDINGS: readonly unknown[] = ['ceil', 'floor', 'round'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const received = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isNaN(value) ? 'NaN' : typeof value;

function fail(out: Issues, path: Path, expected: string, value: unknown): false {
  out.push({ path, message: `Invalid input: expected ${expected}, received ${received(value)}`, expected });
  return false;
}

function onlyKeys(
  value: Record<string, unknown>,
  known: readonly string[],
  path: Path,
  out: Issues,
): boolean {
  const extra = Object.keys(value).filter((k) => !known.includes(k));
  if (extra.length === 0) return true;
  out.push({
    path,
    message: `Unrecognized key${extra.length > 1 ? 's' : ''}: ${extra.map((k) => `"${k}"`).join(', ')}`,
  });
  return false;
}

/** A number within [min, max] (an integer when `int`); NaN and infinities are not numbers here. */
function inRange(value: unknown, min: number, max: number, int: boolean, path: Path, out: Issues): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return fail(out, path, int ? 'int' : 'number', value);
  if (int && !Number.isInteger(value)) return fail(out, path, 'int', value);
  if (value < min) out.push({ path, message: `Too small: expected number to be >=${min}` });
  else if (value > max) out.push({ path, message: `Too big: expected number to be <=${max}` });
  else return true;
  return false;
}

/** `{ count }` or `{ ratio, rounding? }`, nothing else. */
function checkSize(value: unknown, path: Path, out: Issues): boolean {
  if (!isObject(value)) return fail(out, path, 'object', value);
  if ('count' in value && !('ratio' in value)) {
    const count = inRange(value.count, 0, Number.MAX_SAFE_INTEGER, true, [...path, 'count'], out);
    return onlyKeys(value, ['count'], path, out) && count;
  }
  if ('ratio' in value && !('count' in value)) {
    const ratio = inRange(value.ratio, 0, 1, false, [...path, 'ratio'], out);
    const rounding = value.rounding === undefined || ROUNDINGS.includes(value.rounding);
    if (!rounding) fail(out, [...path, 'rounding'], '"ceil" | "floor" | "round"', value.rounding);
    return onlyKeys(value, ['ratio', 'rounding'], path, out) && ratio && rounding;
  }
  out.push({
    path,
    message: 'Invalid input: expected { count } or { ratio, rounding? }',
    expected: 'sample size',
  });
  return false;
}

/** A sample spec: one size, or `{ strata: { name: size } }`. */
function checkSample(value: unknown, path: Path, out: Issues): void {
  if (!isObject(value) || !('strata' in value)) {
    checkSize(value, path, out);
    return;
  }
  const strata = value.strata;
  if (!onlyKeys(value, ['strata'], path, out)) return;
  if (
    !isObject(strata) ||
    (Object.getPrototypeOf(strata) !== Object.prototype && Object.getPrototypeOf(strata) !== null)
  ) {
    fail(out, [...path, 'strata'], 'record', strata);
    return;
  }
  for (const name of Object.keys(strata)) checkSize(strata[name], [...path, 'strata', name], out);
}

/** A non-empty string. */
function checkText(value: unknown, path: Path, out: Issues): void {
  if (typeof value !== 'string') fail(out, path, 'string', value);
  else if (value.length === 0)
    out.push({ path, message: 'Too small: expected string to have >=1 characters' });
}

/** An optional list of `{ id, reason, code? }`. */
function checkExclusions(value: unknown, path: Path, out: Issues): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    fail(out, path, 'array', value);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    const at = [...path, i];
    if (!isObject(entry)) {
      fail(out, at, 'object', entry);
      continue;
    }
    checkText(entry.id, [...at, 'id'], out);
    checkText(entry.reason, [...at, 'reason'], out);
    if (entry.code !== undefined) checkText(entry.code, [...at, 'code'], out);
    onlyKeys(entry, ['id', 'reason', 'code'], at, out);
  }
}

/**
 * The problems of a seed: anything but 64 lower-case hex characters.
 *
 * @param value - the seed as given
 * @param path - where it is
 * @returns the issues, none when it is a seed
 */
export function seedIssues(value: unknown, path: Path): SsjIssue[] {
  if (typeof value !== 'string')
    return [
      { path, message: `Invalid input: expected string, received ${received(value)}`, expected: 'string' },
    ];
  return HEX64.test(value) ? [] : [{ path, message: 'expected 64 lower-case hex characters' }];
}

/**
 * The problems of a direct draw's sample and exclusions (the pool is checked as it is read).
 *
 * @param input - an object (checked before)
 * @returns the issues, none when the request is well formed
 */
export function drawInputIssues(input: Record<string, unknown>): SsjIssue[] {
  const out: Issues = [];
  checkSample(input.sample, ['sample'], out);
  checkExclusions(input.exclude, ['exclude'], out);
  return out;
}

/**
 * The problems of a seed's inputs: the commitment digest (64 lower-case hex) and at least one string.
 *
 * @param commitmentDigest - as given
 * @param randomness - as given
 * @returns the issues, none when both are well formed
 */
export function seedInputIssues(commitmentDigest: unknown, randomness: unknown): SsjIssue[] {
  const out = seedIssues(commitmentDigest, ['commitmentDigest']);
  if (!Array.isArray(randomness)) fail(out, ['randomness'], 'array', randomness);
  else if (randomness.length === 0)
    out.push({ path: ['randomness'], message: 'at least one randomness value is needed' });
  else
    for (let i = 0; i < randomness.length; i++)
      if (typeof randomness[i] !== 'string') fail(out, ['randomness', i], 'string', randomness[i]);
  return out;
}
