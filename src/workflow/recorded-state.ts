import type { InspectionTask } from './task.js';

/**
 * The state whose records a task holds (任务记录所在状态): its own, or for a cancelled task the state it was
 * cancelled from, since cancelling keeps what was recorded before.
 */
export function recordedState(task: InspectionTask) {
  return task.state.status === 'cancelled' ? task.state.before : task.state;
}
