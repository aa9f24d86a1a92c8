import * as z from 'zod/mini';
import { isoDateSchema } from '../core/index.js';
import { expectDenseArray, parseWith } from '../core/internal.js';
import type { PublicationRecord } from './task-types.js';

/** What an announcement line shows of a publication record: each field as text, the date a real date. */
const recordsSchema = z.array(
  z.looseObject({
    taskName: z.string(),
    department: z.string(),
    targetName: z.string(),
    uscc: z.optional(z.string()),
    inspectionDate: isoDateSchema,
    result: z.array(z.string()),
  }),
);
const namesSchema = z.record(z.string(), z.string());

/**
 * The text of a public announcement (抽查结果公示) of publication records: one line per target and department with
 * what the public sees: task, department, target name and 统一社会信用代码, inspection date, result.
 *
 * @param records - publication records (e.g. a published task’s `state.publications`)
 * @param departmentNames - display names of department ids (ids are shown when a name is missing)
 * @returns the announcement text, lines separated by `\n`
 * @throws {SsjError} `INVALID_INPUT` when `records` is not an array of publication records or `departmentNames`
 *   not an object of names, naming the index and field
 * @example
 * ```ts
 * console.log(formatAnnouncement(task.state.publications, { market: '旗市场监管局' }));
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function formatAnnouncement(
  records: readonly PublicationRecord[],
  departmentNames: Readonly<Record<string, string>> = {},
): string {
  expectDenseArray(records, 'array of publication records');
  parseWith(recordsSchema, records, 'publication records');
  parseWith(namesSchema, departmentNames, 'department names');
  const header = '序号 | 抽查任务 | 检查部门 | 检查对象 | 统一社会信用代码 | 检查日期 | 检查结果';
  const lines = records.map((r, i) =>
    [
      String(i + 1),
      r.taskName,
      (Object.hasOwn(departmentNames, r.department) ? departmentNames[r.department] : undefined) ??
        r.department,
      r.targetName,
      r.uscc ?? '—',
      r.inspectionDate,
      r.result.join('；'),
    ].join(' | '),
  );
  return ['双随机、一公开 抽查检查结果公示', header, ...lines].join('\n');
}
