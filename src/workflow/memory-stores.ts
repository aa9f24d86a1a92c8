import { SsjError } from '../core/index.js';
import { expectDenseArray, expectRecord } from '../core/internal.js';
import { type AuditEvent, chainAuditEvent } from './audit-event.js';
import type { AuditStore, PublicationSink, TaskStore } from './ports.js';
import type { InspectionTask } from './task.js';
import type { PublicationRecord, TaskId } from './task-types.js';
import { expectTask } from './transitions.js';

/**
 * An in-memory {@link AuditStore} (内存留痕存储): the reference implementation, for tests and examples.
 *
 * @param initial - events to start from (e.g. read back from a file); their chain is not re-checked here (run
 *   `verifyAuditLog` on them), only that they are a list of objects
 * @returns the store
 * @throws {SsjError} `INVALID_INPUT` when `initial` is not an array without holes whose every entry is an object
 * @example
 * ```ts
 * const audit = createMemoryAuditStore();
 * await audit.append(event);
 * verifyAuditLog(await audit.read()).valid; // true
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function createMemoryAuditStore(initial: readonly AuditEvent[] = []): AuditStore {
  expectDenseArray(initial, 'initial audit log');
  for (let i = 0; i < initial.length; i++) expectRecord(initial[i], 'audit event', 'INVALID_INPUT', [i]);
  let events: readonly AuditEvent[] = [...initial];
  return {
    append: async (input) => {
      const event = chainAuditEvent(events.at(-1), input);
      events = [...events, event];
      return event;
    },
    read: async () => events,
  };
}

/**
 * An in-memory {@link TaskStore} (内存任务存储) that checks revisions.
 *
 * @returns the store
 * @throws {SsjError} `WORKFLOW_STALE_TASK` from `put` when the revision does not follow the stored one;
 *   `WORKFLOW_INVALID_TASK` when what is put is not a task
 * @example
 * ```ts
 * const tasks = createMemoryTaskStore();
 * await tasks.put(task);
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function createMemoryTaskStore(): TaskStore {
  let tasks: ReadonlyMap<TaskId, InspectionTask> = new Map();
  return {
    get: async (id) => tasks.get(id),
    put: async (task) => {
      expectTask(task);
      const stored = tasks.get(task.id);
      const expected = stored === undefined ? 1 : stored.revision + 1;
      if (task.revision !== expected) {
        const message = `Task ${task.id} has revision ${task.revision}, expected ${expected}: it was changed meanwhile`;
        throw new SsjError('WORKFLOW_STALE_TASK', message, {
          issues: [{ path: ['revision'], message, expected: String(expected) }],
        });
      }
      tasks = new Map([...tasks, [task.id, task]]);
    },
    list: async () => [...tasks.values()],
  };
}

/**
 * An in-memory {@link PublicationSink} (内存公示) that keeps what was published, readable with `published()`.
 *
 * @returns the sink and a reader
 * @example
 * ```ts
 * const sink = createMemoryPublicationSink();
 * await sink.publish(records);
 * sink.published().length; // records.length
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#audit}
 */
export function createMemoryPublicationSink(): PublicationSink & {
  readonly published: () => readonly PublicationRecord[];
} {
  let records: readonly PublicationRecord[] = [];
  return {
    publish: async (more) => {
      expectDenseArray(more, 'publication records');
      records = [...records, ...more];
    },
    published: () => records,
  };
}
