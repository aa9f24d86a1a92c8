/**
 * The bad inputs every export meets in every argument position: wrong types, empty and huge values, hostile keys,
 * broken text and impossible dates. Each is built fresh per call, so an export that mutates its input cannot
 * change what the next one sees.
 */
export const BAD_INPUTS: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['0', () => 0],
  ['-1', () => -1],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['1.5', () => 1.5],
  ['true', () => true],
  ["''", () => ''],
  ['{}', () => ({})],
  ['[]', () => []],
  [
    'sparse array',
    () => {
      const holes: unknown[] = new Array(3);
      holes[2] = 1;
      return holes;
    },
  ],
  ['array of garbage', () => [null, 0, '', {}]],
  [
    '__proto__ key',
    () => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
  ],
  ['1,000,000-character string', () => 'x'.repeat(1_000_000)],
  ['lone surrogate', () => '\uD800'],
  ["'2025-02-30'", () => '2025-02-30'],
  ["'2025-2-3'", () => '2025-2-3'],
  ["'2025-01-20T00:00:00' (no offset)", () => '2025-01-20T00:00:00'],
  ["'Jan 20 2025'", () => 'Jan 20 2025'],
  ['Date(NaN)', () => new Date(Number.NaN)],
  ['a function', () => () => 1],
  ['a symbol', () => Symbol('bad')],
  ['a bigint', () => 10n],
  [
    'wrong field types',
    () => ({
      id: 1,
      seed: 5,
      date: 3,
      digest: {},
      targets: 'x',
      inspectors: 'x',
      pool: 'x',
      entries: 7,
      items: 'x',
      rows: 'x',
      status: [],
      kind: 9,
      actor: 0,
      spec: 'x',
      length: 1e9,
    }),
  ],
  ['an object with a huge length', () => ({ length: 2 ** 32 - 1 })],
];
