import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDigest, canonicalJson, isSsjError } from '../../src/core/index.js';

function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const rotated = entries
      .map((_, i) => entries[(i + seed) % entries.length] as [string, unknown])
      .reverse();
    return Object.fromEntries(rotated.map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
  }
  return value;
}

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys, drops white space and writes numbers in shortest form', () => {
    expect(canonicalJson({ b: 2, a: [1, 'x', null, true], c: { z: 1e21, y: 0.1, x: -0 } })).toBe(
      '{"a":[1,"x",null,true],"b":2,"c":{"x":0,"y":0.1,"z":1e+21}}',
    );
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 section 3.2.3 requires', () => {
    // The RFC's own example of key ordering.
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const text = canonicalJson(input);
    const order = ['"\\r"', '"1"', '"\u0080"', '"\u00f6"', '"\u20ac"', '"\ud83d\ude00"', '"\ufb33"'].map(
      (k) => text.indexOf(`${k}:`),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['a bigint', { n: 1n }],
    ['a function', { f: () => 1 }],
    ['undefined in an array', [undefined]],
    ['a Date', { d: new Date(0) }],
    ['a Map', new Map()],
  ])('rejects %s with CANONICAL_JSON_UNSUPPORTED', (_, value) => {
    let caught: unknown;
    try {
      canonicalJson(value);
    } catch (error) {
      caught = error;
    }
    expect(isSsjError(caught, 'CANONICAL_JSON_UNSUPPORTED')).toBe(true);
  });

  it('rejects a cycle', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(/cycle/);
  });

  it('does not depend on key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(20), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value));
        expect(canonicalDigest(shuffleKeys(value, seed))).toBe(canonicalDigest(value));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips: parsing the canonical text gives an equal value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });
});
