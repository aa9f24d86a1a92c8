/**
 * The contract every AuditStore and TaskStore keeps (存储端口契约), run against the in-memory stores and the
 * PostgreSQL ones alike: appends chain from the genesis hash in order, even when they race; payloads come back
 * exactly; a task is written only over the revision it follows, and of two racing writers exactly one wins.
 */
import { describe, expect, it } from 'vitest';
import { isSsjError, parseInstant } from '../../src/core/index.js';
import {
  type AuditStore,
  type InspectionTask,
  type TaskStore,
  verifyAuditLog,
} from '../../src/workflow/index.js';
import { walkTo } from './fixtures.js';

/** Fresh, empty stores for one test. */
export type MakeStores = () => Promise<{ readonly audit: AuditStore; readonly tasks: TaskStore }>;

const GENESIS = '0'.repeat(64);
const at = parseInstant('2025-04-28T09:30:00+08:00');
const input = (n: number, payload: unknown = { n }) =>
  ({ at, actor: 'samr', type: 'test.step', subject: 'task_1', payload }) as Parameters<
    AuditStore['append']
  >[0];

const planned = walkTo('planned').task;
const committed = walkTo('committed').task;

async function rejectsStale(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isSsjError(error, 'WORKFLOW_STALE_TASK'), String(error)).toBe(true);
}

/** Declares the contract tests for the stores `make` gives. */
export function storeContract(name: string, make: MakeStores): void {
  describe(`${name}: the audit store`, () => {
    it('chains appends from the genesis hash, seq 1, 2, 3, and reads them back in order, as returned', async () => {
      const { audit } = await make();
      const returned = [];
      for (const n of [1, 2, 3]) returned.push(await audit.append(input(n)));
      const events = await audit.read();
      expect(events).toEqual(returned);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(events[0]?.prevHash).toBe(GENESIS);
      expect(events[1]?.prevHash).toBe(events[0]?.hash);
      expect(events[2]?.prevHash).toBe(events[1]?.hash);
      expect(verifyAuditLog(events)).toEqual({ valid: true, problems: [] });
    });

    it('keeps a chain whole when twelve appends race', async () => {
      const { audit } = await make();
      await Promise.all(Array.from({ length: 12 }, (_, i) => audit.append(input(i))));
      const events = await audit.read();
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(events.map((e) => (e.payload as { n: number }).n).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => i),
      );
      expect(verifyAuditLog(events).valid).toBe(true);
    });

    it('gives a payload back exactly: numbers, a NUL in a string, Chinese, nesting', async () => {
      const { audit } = await make();
      const payload = {
        n: 1.5,
        big: 9007199254740991,
        s: 'a\u0000b"\n',
        zh: '达拉特旗',
        list: [{ x: null }, true],
      };
      await audit.append(input(0, payload));
      const [event] = await audit.read();
      expect(event?.payload).toEqual(payload);
      expect(verifyAuditLog(await audit.read()).valid).toBe(true);
    });
  });

  describe(`${name}: the task store`, () => {
    it('stores a new task and gives it back, and nothing for an unknown id', async () => {
      const { tasks } = await make();
      expect(planned.revision).toBe(1);
      expect(await tasks.get(planned.id)).toBeUndefined();
      await tasks.put(planned);
      expect(await tasks.get(planned.id)).toEqual(planned);
      expect(await tasks.list()).toEqual([planned]);
    });

    it('takes the next revision, and refuses a second new task of one id, a repeated and a skipped revision', async () => {
      const { tasks } = await make();
      await tasks.put(planned);
      await rejectsStale(tasks.put(planned));
      await rejectsStale(tasks.put({ ...committed, revision: 3 }));
      expect(committed.revision).toBe(2);
      await tasks.put(committed);
      await rejectsStale(tasks.put(committed));
      expect(await tasks.get(planned.id)).toEqual(committed);
    });

    it('lets exactly one of two racing writers of the same revision win, and tells the other', async () => {
      const { tasks } = await make();
      await tasks.put(planned);
      const other: InspectionTask = { ...committed, name: `${committed.name}（另一写入）` };
      const results = await Promise.allSettled([tasks.put(committed), tasks.put(other)]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const lost = results.find((r) => r.status === 'rejected');
      expect(isSsjError(lost?.reason, 'WORKFLOW_STALE_TASK')).toBe(true);
      const winner = results[0]?.status === 'fulfilled' ? committed : other;
      expect(await tasks.get(planned.id)).toEqual(winner);
    });
  });
}
