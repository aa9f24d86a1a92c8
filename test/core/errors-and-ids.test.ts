import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES, isSsjError, randomIds, SsjError, sequentialIds } from '../../src/core/index.js';
import { formatPath, parseWith, safely, safeParseWith } from '../../src/core/internal.js';

describe('SsjError', () => {
  it('carries a stable code and the issues; the code means what ERROR_CODES says', () => {
    const error = new SsjError('INVALID_DATE', 'bad date', {
      issues: [{ path: ['a', 1], message: 'bad date' }],
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SsjError');
    expect(ERROR_CODES[error.code]).toBe(ERROR_CODES.INVALID_DATE);
    expect('description' in error).toBe(false);
    expect(isSsjError(error, 'INVALID_DATE')).toBe(true);
    expect(isSsjError(error, 'INVALID_USCC')).toBe(false);
    expect(isSsjError(new Error('x'))).toBe(false);
  });

  it('formats paths the way messages show them', () => {
    expect(formatPath(['rows', 3, 'uscc'])).toBe('rows[3].uscc');
    expect(formatPath([])).toBe('(root)');
  });

  it('documents every code', () => {
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});

describe('parseWith', () => {
  const schema = z.object({ count: z.number().int().positive(), name: z.string() });

  it('turns zod issues into an SsjError listing every path', () => {
    try {
      parseWith(schema, { count: -1, name: 3 }, 'sample');
      expect.unreachable();
    } catch (error) {
      expect(isSsjError(error, 'INVALID_INPUT')).toBe(true);
      const e = error as SsjError;
      expect(e.issues.map((i) => i.path)).toEqual([['count'], ['name']]);
      expect(e.issues[1]?.expected).toBe('string');
      expect(e.message).toMatch(/^Invalid sample: count: .*; name: /);
    }
  });

  it('has a non-throwing twin', () => {
    expect(safeParseWith(schema, { count: 1, name: 'x' }, 'sample')).toEqual({
      success: true,
      data: { count: 1, name: 'x' },
    });
    const bad = safeParseWith(schema, null, 'sample');
    expect(bad.success).toBe(false);
    expect(safely(() => parseWith(schema, null, 'sample')).success).toBe(false);
    expect(() =>
      safely(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});

describe('id generators', () => {
  it('sequential ids replay the same way', () => {
    const a = sequentialIds();
    const b = sequentialIds();
    expect([a('task'), a('task'), a('event')]).toEqual(['task_1', 'task_2', 'event_1']);
    expect(b('task')).toBe('task_1');
  });

  it('random ids are prefixed and unique', () => {
    const newId = randomIds();
    const ids = new Set(Array.from({ length: 1000 }, () => newId('task')));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^task_[0-9a-z]{16}$/);
  });

  describe('drawn from crypto.getRandomValues', () => {
    afterEach(() => vi.restoreAllMocks());
    const feed = (values: number[]) =>
      vi
        .spyOn(crypto, 'getRandomValues')
        .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
          const bytes = array as unknown as Uint8Array;
          for (let i = 0; i < bytes.length; i++) bytes[i] = values.shift() ?? 0;
          return array;
        });

    it('maps each byte below 238 to one of 34 characters without l or o, and draws again for 238 and above', () => {
      // 0 → '0', 33 → 'z', 34 → '0' (34 mod 34), 237 → 237 mod 34 = 33 → 'z'; 238 and 255 are refused.
      feed([238, 0, 255, 33, 34, 237, 21, 23]);
      expect(randomIds(6)('t')).toBe('t_0z0zmp');
    });

    it('uses every character of the alphabet and no other', () => {
      const seen = new Set(Array.from({ length: 400 }, () => randomIds(16)('x').slice(2)).join(''));
      expect([...seen].sort().join('')).toBe('0123456789abcdefghijkmnpqrstuvwxyz');
    });
  });

  it('refuses a size that is not a whole number from 1 to 256', () => {
    for (const size of [0, 257, 1.5, Number.NaN]) {
      expect(() => randomIds(size)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
});
