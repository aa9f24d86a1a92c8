import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/index.js';
import { commitDraw, drawShard, drawTargets, drawTargetsFromStream } from '../../src/draw/index.js';
import { codeOf } from '../fixtures/code-of.js';

const SEED = 'ab'.repeat(32);
const pool = [{ id: 'a' }, { id: 'b' }];

describe('a misspelt key of a request is refused, not ignored', () => {
  it('drawTargets, commitDraw and drawShard name the unknown key', () => {
    // `exlude` would have drawn without the exclusions; `lable` would have committed without the label.
    expect(codeOf(() => drawTargets({ pool, sample: { count: 1 }, seed: SEED, exlude: [] } as never))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(
      codeOf(() => commitDraw({ pool, sample: { count: 1 }, randomnessSource: 'x', lable: 'T1' } as never)),
    ).toBe('DRAW_INVALID_REQUEST');
    expect(codeOf(() => drawShard({ pool, seed: SEED, keep: 2, exclusions: [] } as never))).toBe(
      'DRAW_INVALID_REQUEST',
    );
    expect(drawTargets({ pool, sample: { count: 1 }, seed: SEED }).selected).toHaveLength(1);
  });

  it('a streamed draw refuses an unknown key before reading the stream', async () => {
    await expect(
      drawTargetsFromStream({ entries: pool, sample: { count: 1 }, seed: SEED, poolCount: {} } as never),
    ).rejects.toMatchObject({ code: 'DRAW_INVALID_REQUEST' });
  });

  it('assignInspectors refuses a misspelt priorLoad', () => {
    const request = { seed: SEED, date: '2025-01-20', inspectors: [], targets: [], priorLoads: { I1: 3 } };
    expect(codeOf(() => assignInspectors(request as never))).toBe('ASSIGN_INVALID_REQUEST');
  });
});
