import { describe, expect, it } from 'vitest';
import { replaceInDraw } from '../../src/draw/index.js';
import {
  createMemoryTaskStore,
  PRE_CHECK_RULES,
  preCheckTargets,
  type TaskTarget,
} from '../../src/workflow/index.js';
import { DIRECTORY, POOL, walkTo } from './fixtures.js';

describe('检查前预查比对 (pre-visit check)', () => {
  it('replaces a deregistered target through the draw’s recorded replacement', () => {
    const { task, ctx, record } = walkTo('drawn');
    const gone = record!.selected[0]!.id;
    const { task: next, event } = preCheckTargets(
      task,
      {
        record: record!,
        statuses: { [gone]: 'deregistered' },
        replace: (r, id, why) => replaceInDraw(r, POOL, id, why),
        directory: DIRECTORY,
        actor: 'market',
      },
      ctx,
    );
    if (next.state.status !== 'drawn') throw new Error('expected drawn');
    const ids = next.state.targets.map((t) => t.id);
    expect(ids).not.toContain(gone);
    expect(ids).toHaveLength(2);
    expect(next.state.replacements[0]).toMatchObject({ replacedId: gone, reason: '检查前预查比对: 注销' });
    expect(next.state.draw?.digest).toBe(next.state.replacements[0]?.drawDigest);
    expect(next.state.draw?.digest).not.toBe(record!.digest);
    expect(event.type).toBe('task.preCheck');
  });

  it('keeps operating and suspended targets as drawn', () => {
    expect(PRE_CHECK_RULES.filter((r) => r.inspect).map((r) => r.status)).toEqual(['operating', 'suspended']);
    const { task, ctx, record } = walkTo('drawn');
    const { task: next } = preCheckTargets(
      task,
      {
        record: record!,
        statuses: { [record!.selected[0]!.id]: 'suspended' },
        replace: () => {
          throw new Error('not called');
        },
        directory: DIRECTORY,
        actor: 'm',
      },
      ctx,
    );
    expect(next.state.status === 'drawn' && next.state.replacements).toEqual([]);
  });

  it('refuses a replacement made by hand', () => {
    const { task, ctx, record } = walkTo('drawn');
    const gone = record!.selected[0]!.id;
    const byHand = (r: typeof record & object) => ({
      ...r,
      selected: [...r.selected.filter((s) => s.id !== gone), { id: 't12', stratum: '', key: '00', rank: 2 }],
    });
    expect(() =>
      preCheckTargets(
        task,
        {
          record: record!,
          statuses: { [gone]: 'moved-out' },
          replace: (r) => byHand(r),
          directory: DIRECTORY,
          actor: 'm',
        },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: 'WORKFLOW_REPLACEMENT_INVALID' }));
  });

  it('refuses a record that is not the task’s current draw', () => {
    const { task, ctx, record } = walkTo('drawn');
    const other = { ...record!, digest: 'a'.repeat(64) };
    const directory: readonly TaskTarget[] = DIRECTORY;
    expect(() =>
      preCheckTargets(task, { record: other, statuses: {}, replace: (r) => r, directory, actor: 'm' }, ctx),
    ).toThrow(expect.objectContaining({ code: 'WORKFLOW_PRECONDITION_FAILED' }));
  });
});

describe('task store', () => {
  it('stores revisions in order and refuses a stale write', async () => {
    const store = createMemoryTaskStore();
    const { task } = walkTo('planned');
    await store.put(task);
    const { task: later } = walkTo('committed');
    await store.put(later);
    expect((await store.get(task.id))?.state.status).toBe('committed');
    await expect(store.put(task)).rejects.toMatchObject({ code: 'WORKFLOW_STALE_TASK' });
    expect(await store.list()).toHaveLength(1);
  });
});

describe('recording the draw', () => {
  it('verifies the record against the pool when the pool is given, and refuses an altered one', async () => {
    const { commitDraw, revealDraw } = await import('../../src/draw/index.js');
    const { commitTask, recordDraw } = await import('../../src/workflow/index.js');
    const { task, ctx } = walkTo('planned');
    const commitment = commitDraw({ pool: POOL, sample: { count: 2 }, randomnessSource: 'beacon' });
    const committed = commitTask(task, { commitment, actor: 'm' }, ctx).task;
    const record = revealDraw(commitment, POOL, ['r']);
    const ok = recordDraw(committed, { record, targets: DIRECTORY, pool: POOL, actor: 'm' }, ctx);
    expect(ok.task.state.status).toBe('drawn');
    const altered = {
      ...record,
      selected: record.selected.map((s, i) => (i === 0 ? { ...s, id: 't12' } : s)),
    };
    expect(() =>
      recordDraw(committed, { record: altered, targets: DIRECTORY, pool: POOL, actor: 'm' }, ctx),
    ).toThrow(/does not verify/);
  });
});
