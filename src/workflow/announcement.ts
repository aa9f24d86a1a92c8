import type { PublicationRecord } from './task-types.js';

/**
 * The text of a public announcement (抽查结果公示) of publication records: one line per target and department with
 * what the public sees: task, department, target name and 统一社会信用代码, inspection date, result.
 *
 * @param records - publication records (e.g. a published task’s `state.publications`)
 * @param departmentNames - display names of department ids (ids are shown when a name is missing)
 * @returns the announcement text, lines separated by `\n`
 * @example
 * ```ts
 * console.log(formatAnnouncement(task.state.publications, { market: '旗市场监管局' }));
 * ```
 */
export function formatAnnouncement(
  records: readonly PublicationRecord[],
  departmentNames: Readonly<Record<string, string>> = {},
): string {
  const header = '序号 | 抽查任务 | 检查部门 | 检查对象 | 统一社会信用代码 | 检查日期 | 检查结果';
  const lines = records.map((r, i) =>
    [
      String(i + 1),
      r.taskName,
      departmentNames[r.department] ?? r.department,
      r.targetName,
      r.uscc ?? '—',
      r.inspectionDate,
      r.result.join('；'),
    ].join(' | '),
  );
  return ['双随机、一公开 抽查检查结果公示', header, ...lines].join('\n');
}
