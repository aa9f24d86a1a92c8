import { describe, expect, it } from 'vitest';
import { addDays, compareDates, parseIsoDate, toChinaInstant } from '../../src/core/index.js';
import { appendAudit, hashAuditEvent, verifyAuditLog } from '../../src/workflow/index.js';
import { codeOf } from '../fixtures/code-of.js';

describe('the garbage answers of before are refused', () => {
  it('date arithmetic refuses impossible and malformed dates', () => {
    expect(codeOf(() => addDays('2025-02-30' as never, 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addDays('' as never, 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addDays('2025-2-3' as never, 1))).toBe('INVALID_DATE');
    expect(codeOf(() => compareDates(null as never, parseIsoDate('2025-01-01')))).toBe('INVALID_DATE');
    expect(addDays(parseIsoDate('2024-02-28'), 1)).toBe('2024-02-29');
  });

  it('an instant without an offset is refused, as parseInstant refuses it', () => {
    expect(codeOf(() => toChinaInstant('2025-01-20T00:00:00' as never))).toBe('INVALID_INSTANT');
    expect(codeOf(() => toChinaInstant('Jan 20 2025' as never))).toBe('INVALID_INSTANT');
  });

  it('verifyAuditLog refuses options it does not know instead of ignoring them', () => {
    expect(codeOf(() => verifyAuditLog([], 'x' as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => verifyAuditLog([], { hed: {} } as never))).toBe('INVALID_INPUT');
    expect(verifyAuditLog([], {}).valid).toBe(true);
  });

  it('an audit log must be a dense array, and an event an object', () => {
    const sparse: unknown[] = new Array(2);
    expect(codeOf(() => appendAudit(sparse as never, {} as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => appendAudit('' as never, {} as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => verifyAuditLog(sparse))).toBe('INVALID_INPUT');
    expect(codeOf(() => hashAuditEvent(0 as never))).toBe('INVALID_INPUT');
  });
});
