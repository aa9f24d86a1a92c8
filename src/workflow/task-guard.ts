import { SsjError } from '../core/index.js';
import type { InspectionTask } from './task.js';

/** Refuses a value that is not a task (an object with an id, a mode, approvals and a state). @internal */
export function assertTask(
  value: unknown,
  path: readonly (string | number)[] = ['task'],
): asserts value is InspectionTask {
  const t = value as Partial<Record<keyof InspectionTask, unknown>> | null;
  const ok =
    typeof t === 'object' &&
    t !== null &&
    typeof t.id === 'string' &&
    typeof t.mode === 'object' &&
    t.mode !== null &&
    Array.isArray(t.approvals) &&
    typeof t.state === 'object' &&
    t.state !== null &&
    typeof (t.state as { status?: unknown }).status === 'string';
  if (ok) return;
  const message = 'Expected an inspection task (id, mode, approvals, state)';
  throw new SsjError('INVALID_INPUT', message, {
    issues: [{ path: [...path], message, expected: 'InspectionTask' }],
  });
}

/** Refuses a value that is not a list of tasks. @internal */
export function assertTasks(value: unknown): asserts value is readonly InspectionTask[] {
  if (!Array.isArray(value)) {
    const message = 'Expected a list of inspection tasks';
    throw new SsjError('INVALID_INPUT', message, {
      issues: [{ path: ['tasks'], message, expected: 'InspectionTask[]' }],
    });
  }
  value.forEach((t, i) => assertTask(t, ['tasks', i]));
}
