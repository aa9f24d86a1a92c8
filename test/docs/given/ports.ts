/**
 * What the ports snippet takes from the host: stores that already hold a reviewed task (as a host's database
 * would after the earlier steps), a publication sink, the task's id and the workflow context.
 */
import {
  createMemoryAuditStore,
  createMemoryPublicationSink,
  createMemoryTaskStore,
} from '../../../src/workflow/index.js';
import { walkTo } from '../../workflow/fixtures.js';

const walk = walkTo('reviewed');

export const { ctx } = walk;
export const id = walk.task.id;
export const audit = createMemoryAuditStore(walk.log);
export const sink = createMemoryPublicationSink();
export const tasks = createMemoryTaskStore();
// The store took every revision of the task in turn; it holds the reviewed one.
for (let revision = 1; revision <= walk.task.revision; revision++)
  await tasks.put(revision === walk.task.revision ? walk.task : { ...walk.task, revision });
walk.clock.set('2025-05-06T10:00:00+08:00');
