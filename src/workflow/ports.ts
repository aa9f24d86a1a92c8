import type { AuditEvent, AuditEventInput } from './audit-event.js';
import type { InspectionTask } from './task.js';
import type { PublicationRecord, TaskId } from './task-types.js';

/**
 * Where the host keeps the audit trail (留痕存储端口): append chains the event after the last stored one; read
 * returns every event in order. Async, because hosts use databases.
 */
export interface AuditStore {
  /** Chains and stores one event; resolves to the stored event (with seq, prevHash, hash). */
  readonly append: (input: AuditEventInput) => Promise<AuditEvent>;
  /** Every stored event, in order. */
  readonly read: () => Promise<readonly AuditEvent[]>;
}

/**
 * Where the host keeps tasks (任务存储端口). `put` stores a task only when it is new (revision 1) or follows the
 * stored one (revision + 1), so two writers cannot silently overwrite each other.
 */
export interface TaskStore {
  /** The stored task, or `undefined`. */
  readonly get: (id: TaskId) => Promise<InspectionTask | undefined>;
  /** Stores the task; rejects with `WORKFLOW_STALE_TASK` when the revision does not follow the stored one. */
  readonly put: (task: InspectionTask) => Promise<void>;
  /** Every stored task. */
  readonly list: () => Promise<readonly InspectionTask[]>;
}

/** Where published results go (公示端口): the platform, a website, a file. */
export interface PublicationSink {
  /** Publishes the records; resolves when they are out. */
  readonly publish: (records: readonly PublicationRecord[]) => Promise<void>;
}
