import { recordedState } from './recorded-state.js';
import { isProblemResult } from './result-selection.js';
import { departmentsOf, type InspectionTask } from './task.js';
import { expectReadableTasks } from './task-guard.js';
import type { TaskMode } from './task-types.js';

/** Assessment figures (考核指标) for one department or overall. Rates are `null` when nothing was counted. */
export interface AssessmentStats {
  /** Tasks that stand (cancelled ones are not planned work). */
  readonly tasksPlanned: number;
  /** Of those, random tasks (双随机抽查). */
  readonly randomTasks: number;
  /** Of those, targeted tasks (重点监管、个案处置): chosen by the case, counted apart. */
  readonly targetedTasks: number;
  readonly tasksCompleted: number;
  readonly tasksCancelled: number;
  /** Joint tasks among the tasks planned. */
  readonly jointTasks: number;
  /** Share of joint inspections (联合抽查占比): joint tasks ÷ tasks planned. */
  readonly jointShare: number | null;
  readonly visits: number;
  /** Visits saved by joint visits (进一次门): for each visit, the departments beyond the first. */
  readonly visitsSaved: number;
  readonly results: number;
  readonly problemResults: number;
  /** Problem rate (问题发现率): results with a problem ÷ results. */
  readonly problemRate: number | null;
  readonly publications: number;
  readonly onTimePublications: number;
  /** On-time publication rate (按时公示率). */
  readonly onTimeRate: number | null;
  readonly followUps: number;
  readonly followUpsClosed: number;
}

/** Statistics overall and per department, and the same split by task mode. */
export interface AssessmentReport {
  readonly overall: AssessmentStats;
  readonly byDepartment: Readonly<Record<string, AssessmentStats>>;
  /**
   * Random (双随机) and targeted (重点监管、个案处置) work apart: the random figures are the ones the 双随机 assessment
   * reads; targeted inspections are chosen by the case (三（十）) and kept out of them.
   */
  readonly byMode: Readonly<Record<TaskMode['kind'], ModeReport>>;
}

/** The statistics of one task mode, overall and per department. */
export interface ModeReport {
  readonly overall: AssessmentStats;
  readonly byDepartment: Readonly<Record<string, AssessmentStats>>;
}

const COMPLETED = new Set(['published', 'follow-up-closed', 'archived']);

/**
 * Statistics for assessment (考核统计), per department and overall, and split into random and targeted work:
 * tasks planned (cancelled ones apart) and completed (published or later), share of joint inspections, visits and visits saved, problem rate, on-time publication rate, follow-ups
 * closed. A department counts a task it initiates or joins, and the visits, results, publications and measures that
 * are its own; a joint visit’s saving is credited to the departments that joined it (not the first).
 *
 * @param tasks - tasks in any state
 * @returns the report
 * @throws {SsjError} `WORKFLOW_INVALID_TASK` when `tasks` is not an array of tasks, naming the index and field
 * @example
 * ```ts
 * const { overall, byDepartment } = assessmentStatistics(tasks);
 * overall.onTimeRate; // e.g. 1
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function assessmentStatistics(tasks: readonly InspectionTask[]): AssessmentReport {
  expectReadableTasks(tasks);
  const of = (kind: TaskMode['kind']) => report(tasks.filter((t) => t.mode.kind === kind));
  return { ...report(tasks), byMode: { random: of('random'), targeted: of('targeted') } };
}

function report(tasks: readonly InspectionTask[]): ModeReport {
  const departments = [...new Set(tasks.flatMap((t) => departmentsOf(t)))].sort();
  const byDepartment: Record<string, AssessmentStats> = {};
  for (const d of departments) byDepartment[d] = stats(tasks, d);
  return { overall: stats(tasks, undefined), byDepartment };
}

function stats(all: readonly InspectionTask[], department: string | undefined): AssessmentStats {
  const mine = (d: string) => department === undefined || d === department;
  const tasks = all.filter((t) => departmentsOf(t).some(mine));
  const states = tasks.map(recordedState);
  const visits = states
    .flatMap((s) => ('visits' in s ? s.visits : []))
    .filter((v) => v.departments.some(mine));
  const visitsSaved = visits.reduce((n, v) => n + v.departments.slice(1).filter(mine).length, 0);
  const results = states.flatMap((s) => ('results' in s ? s.results : [])).filter((r) => mine(r.department));
  const publications = states
    .flatMap((s) => ('publications' in s ? s.publications : []))
    .filter((p) => mine(p.department));
  const followUps = states
    .flatMap((s) => ('followUps' in s ? s.followUps : []))
    .filter((m) => mine(m.department));
  const planned = tasks.filter((t) => t.state.status !== 'cancelled');
  const joint = planned.filter((t) => t.participants.length > 0).length;
  const problems = results.filter((r) => isProblemResult(r.categories)).length;
  const onTime = publications.filter((p) => p.onTime).length;
  return {
    tasksPlanned: planned.length,
    randomTasks: planned.filter((t) => t.mode.kind === 'random').length,
    targetedTasks: planned.filter((t) => t.mode.kind === 'targeted').length,
    tasksCompleted: tasks.filter((t) => COMPLETED.has(t.state.status)).length,
    tasksCancelled: tasks.filter((t) => t.state.status === 'cancelled').length,
    jointTasks: joint,
    jointShare: rate(joint, planned.length),
    visits: visits.length,
    visitsSaved,
    results: results.length,
    problemResults: problems,
    problemRate: rate(problems, results.length),
    publications: publications.length,
    onTimePublications: onTime,
    onTimeRate: rate(onTime, publications.length),
    followUps: followUps.length,
    followUpsClosed: followUps.filter((m) => m.closedOn !== undefined).length,
  };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
