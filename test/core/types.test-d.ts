import { describe, expectTypeOf, it } from 'vitest';
import {
  type IsoDate,
  type IsoInstant,
  parseIsoDate,
  parseUscc,
  type SafeResult,
  type SsjErrorCode,
  safeParseUscc,
  toChinaDate,
  type Uscc,
  type UsccParts,
} from '../../src/core/index.js';

describe('core types', () => {
  it('keeps dates, instants and USCCs apart from plain strings', () => {
    expectTypeOf(parseIsoDate('2025-01-20')).toEqualTypeOf<IsoDate>();
    expectTypeOf(toChinaDate('2025-01-20T09:00:00+08:00')).toEqualTypeOf<IsoDate>();
    // @ts-expect-error a plain string is not a checked date
    const date: IsoDate = '2025-01-20';
    // @ts-expect-error an instant is not a date
    const fromInstant: IsoDate = '2025-01-20T09:00:00+08:00' as IsoInstant;
    // @ts-expect-error a date is not a USCC
    const code: Uscc = parseIsoDate('2025-01-20');
    expectTypeOf(parseUscc('91350100M000100Y43').code).toEqualTypeOf<Uscc>();
    void [date, fromInstant, code];
  });

  it('gives safe results a discriminated shape', () => {
    expectTypeOf(safeParseUscc('x')).toEqualTypeOf<SafeResult<UsccParts>>();
    const result = safeParseUscc('x');
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<UsccParts>();
    else expectTypeOf(result.error.code).toEqualTypeOf<SsjErrorCode>();
  });

  it('allows only documented error codes', () => {
    expectTypeOf<'INVALID_DATE'>().toExtend<SsjErrorCode>();
    expectTypeOf<'NOT_A_CODE'>().not.toExtend<SsjErrorCode>();
  });
});
