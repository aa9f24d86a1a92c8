import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSsjError,
  isValidUscc,
  parseUscc,
  safeParseUscc,
  USCC_AUTHORITIES,
  usccCheckCharacter,
} from '../../src/core/index.js';
import { USCC_CHARSET } from '../../src/core/internal.js';

/** A generated valid USCC: an assigned authority and type, a 6-digit region, 9 characters, the check character. */
const validUscc = fc
  .tuple(
    fc.constantFrom(
      ...Object.entries(USCC_AUTHORITIES).flatMap(([a, { types }]) =>
        Object.keys(types).map((t) => `${a}${t}`),
      ),
    ),
    fc.stringMatching(/^\d{6}$/),
    fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 9, maxLength: 9 }),
  )
  .map(([head, region, body]) => {
    const first17 = `${head}${region}${body.join('')}`;
    return first17 + usccCheckCharacter(first17);
  });

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91110000600037341L')).toBe(true);
  });

  it('splits a code into its parts', () => {
    expect(parseUscc('91350100M000100Y43')).toEqual({
      code: '91350100M000100Y43',
      registrationAuthority: { code: '9', name: '工商' },
      organizationType: { code: '1', name: '企业' },
      regionCode: '350100',
      organizationCode: 'M000100Y4',
      checkCharacter: '3',
    });
  });

  it.each([
    ['91350100M000100Y4', /18 characters/],
    ['91350100M000100Y44', /Check character is "4", but the first 17 characters give "3"/],
    ['91350100M000100I43', /Character 16 "I" is not in the USCC character set/],
    ['91350100m000100Y43', /letters must be capitals/],
    ['B1350100M000100Y43', /Registration-authority code "B"/],
    ['94350100M000100Y43', /Organisation-type code "4" is not assigned under authority 9/],
    ['913501A0M000100Y43', /Region code "3501A0"/],
  ])('rejects %s, saying which rule failed', (code, message) => {
    expect(isValidUscc(code)).toBe(false);
    expect(() => parseUscc(code)).toThrow(message);
    const result = safeParseUscc(code);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('INVALID_USCC');
  });

  it('rejects a value that is not a string', () => {
    expect(isValidUscc(12345)).toBe(false);
    expect(() => parseUscc(12345)).toThrow(/received number/);
  });

  it('always validates a generated valid code (property)', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        expect(isValidUscc(code)).toBe(true);
        expect(parseUscc(code).code).toBe(code);
      }),
      { numRuns: 500 },
    );
  });

  it('catches any single-character change (property)', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), fc.constantFrom(...USCC_CHARSET), (code, at, replacement) => {
        fc.pre(code[at] !== replacement);
        const changed = code.slice(0, at) + replacement + code.slice(at + 1);
        expect(isValidUscc(changed)).toBe(false);
        try {
          parseUscc(changed);
          expect.unreachable();
        } catch (error) {
          expect(isSsjError(error, 'INVALID_USCC')).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('answers as parseUscc does for any near-valid code (property)', () => {
    const anyChar = fc.constantFrom(...USCC_CHARSET, 'a', 'z', 'I', 'O', ' ', '-', '统', '\u{1F600}');
    fc.assert(
      fc.property(
        validUscc,
        fc.array(fc.tuple(fc.nat(18), anyChar, fc.constantFrom('replace', 'insert', 'delete')), {
          maxLength: 3,
        }),
        (code, edits) => {
          let changed = code;
          for (const [at, c, how] of edits) {
            const cut = how === 'insert' ? at : at + 1;
            changed = changed.slice(0, at) + (how === 'delete' ? '' : c) + changed.slice(cut);
          }
          expect(isValidUscc(changed)).toBe(safeParseUscc(changed).success);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
