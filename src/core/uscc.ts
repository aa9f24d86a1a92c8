import type { Brand } from './brand.js';
import { SsjError, type SsjIssue } from './errors.js';
import { USCC_AUTHORITIES, USCC_CHARSET, USCC_WEIGHTS, type UsccAuthority } from './uscc-tables.js';
import type { SafeResult } from './validate.js';

/** A 统一社会信用代码 (unified social credit code, GB 32100-2015) that passed {@link parseUscc}. */
export type Uscc = Brand<string, 'Uscc'>;

/** The parts of a 统一社会信用代码. */
export interface UsccParts {
  /** The code itself. */
  readonly code: Uscc;
  /** Position 1, 登记管理部门代码, with its name (e.g. `9`, 工商). */
  readonly registrationAuthority: { readonly code: string; readonly name: string };
  /** Position 2, 机构类别代码, with its name (e.g. `1`, 企业). */
  readonly organizationType: { readonly code: string; readonly name: string };
  /** Positions 3–8, 登记管理机关行政区划码 (e.g. `150621`, 达拉特旗). */
  readonly regionCode: string;
  /** Positions 9–17, 主体标识码 (组织机构代码). */
  readonly organizationCode: string;
  /** Position 18, the check character. */
  readonly checkCharacter: string;
}

const VALUE = new Map([...USCC_CHARSET].map((c, i) => [c, i] as const));
const AUTHORITIES: Readonly<Record<string, UsccAuthority>> = USCC_AUTHORITIES;
/** The value of each ASCII character code in the set, −1 for the rest. */
const VALUE_OF_CODE = Array.from({ length: 128 }, (_, c) => VALUE.get(String.fromCharCode(c)) ?? -1);

/**
 * The check character for the first 17 characters of a USCC (GB 32100-2015: weights 3^i mod 31, check value
 * 31 − (sum mod 31), with 31 written as 0).
 *
 * @param first17 - the first 17 characters, from the USCC character set
 * @returns the 18th character
 * @throws {SsjError} `INVALID_USCC` when the input is not 17 characters of the set
 * @example
 * ```ts
 * usccCheckCharacter('91150621MA0Q1234'); // throws: 16 characters
 * ```
 */
export function usccCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || first17.length !== 17) {
    const shown = typeof first17 === 'string' ? `${first17.length} characters` : typeof first17;
    throw new SsjError(
      'INVALID_USCC',
      `Expected 17 characters before the check character, received ${shown}`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(first17[i] as string);
    if (v === undefined) {
      throw new SsjError(
        'INVALID_USCC',
        `Character ${i + 1} "${first17[i]}" is not in the USCC character set`,
      );
    }
    sum += v * (USCC_WEIGHTS[i] as number);
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31] as string;
}

function problemsOf(code: string): SsjIssue[] {
  const issue = (message: string, expected: string): SsjIssue => ({ path: [], message, expected });
  if (code.length !== 18) {
    return [issue(`A USCC has 18 characters, received ${code.length}`, '18 characters')];
  }
  const bad = [...code].findIndex((c) => !VALUE.has(c));
  if (bad >= 0) {
    const hint = /[a-z]/.test(code[bad] as string) ? ' (letters must be capitals)' : '';
    return [
      issue(
        `Character ${bad + 1} "${code[bad]}" is not in the USCC character set${hint}`,
        `one of ${USCC_CHARSET} (no I, O, Z, S, V)`,
      ),
    ];
  }
  const problems: SsjIssue[] = [];
  const authority = AUTHORITIES[code[0] as string];
  if (authority === undefined) {
    problems.push(issue(`Registration-authority code "${code[0]}" is not assigned`, 'one of 1–9, A, N, Y'));
  } else if (authority.types[code[1] as string] === undefined) {
    const allowed = Object.keys(authority.types).join(', ');
    problems.push(
      issue(
        `Organisation-type code "${code[1]}" is not assigned under authority ${code[0]} (${authority.name})`,
        allowed,
      ),
    );
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    problems.push(issue(`Region code "${code.slice(2, 8)}" (characters 3–8) must be 6 digits`, '6 digits'));
  }
  const check = usccCheckCharacter(code.slice(0, 17));
  if (check !== code[17]) {
    problems.push(
      issue(`Check character is "${code[17]}", but the first 17 characters give "${check}"`, check),
    );
  }
  return problems;
}

/**
 * Whether `code` is a valid 统一社会信用代码: 18 characters of the set, an assigned authority and organisation
 * type, a 6-digit region code, and the right check character. Never throws.
 *
 * @example
 * ```ts
 * isValidUscc('91350100M000100Y43'); // true
 * ```
 */
export function isValidUscc(code: unknown): code is Uscc {
  if (typeof code !== 'string' || code.length !== 18) return false;
  // The rules of `problemsOf`, read once by character code: no array, slice or message for a good code.
  const types = AUTHORITIES[code[0] as string]?.types;
  if (types === undefined || types[code[1] as string] === undefined) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = code.charCodeAt(i);
    const v = c < 128 ? (VALUE_OF_CODE[c] as number) : -1;
    if (v < 0 || (i >= 2 && i < 8 && v > 9)) return false;
    sum += v * (USCC_WEIGHTS[i] as number);
  }
  return code.charCodeAt(17) === USCC_CHARSET.charCodeAt((31 - (sum % 31)) % 31);
}

/**
 * Checks a 统一社会信用代码 and splits it into its parts.
 *
 * @param code - the 18-character code, capital letters
 * @returns its {@link UsccParts}
 * @throws {SsjError} `INVALID_USCC`, saying which rule failed (length, character set, authority, organisation
 *   type, region code, check character)
 * @example
 * ```ts
 * parseUscc('91350100M000100Y43').organizationType.name; // '企业'
 * ```
 */
export function parseUscc(code: unknown): UsccParts {
  if (typeof code !== 'string') {
    throw new SsjError('INVALID_USCC', `Expected a USCC string, received ${typeof code}`);
  }
  const problems = problemsOf(code);
  if (problems.length > 0) {
    const message = `Invalid USCC "${code}": ${problems.map((p) => p.message).join('; ')}`;
    throw new SsjError('INVALID_USCC', message, { issues: problems });
  }
  const authority = AUTHORITIES[code[0] as string] as UsccAuthority;
  return {
    code: code as Uscc,
    registrationAuthority: { code: code[0] as string, name: authority.name },
    organizationType: { code: code[1] as string, name: authority.types[code[1] as string] as string },
    regionCode: code.slice(2, 8),
    organizationCode: code.slice(8, 17),
    checkCharacter: code[17] as string,
  };
}

/**
 * The non-throwing form of {@link parseUscc} (统一社会信用代码).
 *
 * @param code - untrusted input
 * @returns `{ success: true, data }` with the parts, or `{ success: false, error }` saying which rule failed
 * @example
 * {@includeCode ../../examples/bytes-and-codes.ts#uscc}
 */
export function safeParseUscc(code: unknown): SafeResult<UsccParts> {
  try {
    return { success: true, data: parseUscc(code) };
  } catch (error) {
    if (error instanceof SsjError) return { success: false, error };
    throw error;
  }
}
