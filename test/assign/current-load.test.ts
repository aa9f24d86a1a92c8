import { describe, expect, it } from 'vitest';
import { currentLoad } from '../../src/assign/index.js';

const record = (priorLoad: unknown, visits: unknown) => ({ priorLoad, visits }) as never;

describe('currentLoad', () => {
  it('counts prior load and every team membership', () => {
    const visits = [
      { teams: [{ members: [{ inspectorId: 'I1' }, { inspectorId: 'I2' }] }] },
      { teams: [{ members: [{ inspectorId: 'I1' }] }] },
    ];
    expect([...currentLoad(record({ I1: 2 }, visits))]).toEqual([
      ['I1', 4],
      ['I2', 1],
    ]);
  });

  it('refuses a negative prior load or a member without an id instead of counting garbage', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'no error';
    };
    expect(code(() => currentLoad(record({ I1: -1 }, [])))).toBe('ASSIGN_INVALID_REQUEST');
    expect(code(() => currentLoad(record({}, [{ teams: [{ members: [{}] }] }])))).toBe(
      'ASSIGN_INVALID_REQUEST',
    );
  });
});
