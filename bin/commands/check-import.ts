/**
 * `shuangsuiji check-import targets|inspectors <file> [--encoding gbk]`: reads a CSV export of a 检查对象名录 or
 * 执法检查人员名录 as the import does, and lists every row the import would refuse and why, before a host loads it.
 */

import {
  type ImportResult,
  INSPECTOR_HEADER_MAP,
  importInspectors,
  importTargets,
  TARGET_HEADER_MAP,
} from '../../src/directories/index.js';
import { csvRecords } from '../../src/draw/csv-records.js';
import { defineCommand } from '../framework/command.js';
import { EXIT, inputError, usageError } from '../framework/exit.js';
import { ENCODING_OPTION, readText } from '../framework/input.js';
import { text } from '../framework/text.js';

const LISTS = {
  targets: { map: TARGET_HEADER_MAP, run: importTargets, zh: '检查对象', en: 'targets' },
  inspectors: { map: INSPECTOR_HEADER_MAP, run: importInspectors, zh: '执法检查人员', en: 'inspectors' },
} as const;

/**
 * The header as the import knows it: the header itself, else a header of the map or a field name equal to it in
 * any case (`ID`, `Name`), so a spreadsheet's spelling of an English header does not lose the column.
 */
function canonicalHeader(header: string, map: Readonly<Record<string, string>>): string {
  const key = header.replace(/^\uFEFF/, '').trim();
  if (Object.hasOwn(map, key)) return key;
  const known = [...Object.keys(map), ...new Set(Object.values(map))];
  return known.find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
}

export default defineCommand({
  name: 'check-import',
  summary: text(
    '检查名录导入文件（CSV）：逐行列出导入会拒绝的行及原因',
    'Checks a directory import file (CSV): lists each row the import would refuse, and why',
  ),
  description: text(
    '第一行为表头，可用中文表头（统一社会信用代码、企业名称……）或字段名（不分大小写）。全部行可导入时退出码 0，有被拒绝的行时为 1。',
    'The first line is the header: the Chinese headers of the import (统一社会信用代码, 企业名称, …) or the field\nnames, in any case. Exit code 0 when every row imports, 1 when some rows are refused.',
  ),
  positionals: [
    {
      name: 'list',
      help: text('名录种类：targets（检查对象）或 inspectors（执法检查人员）', 'targets or inspectors'),
    },
    { name: 'file', help: text('CSV 文件', 'the CSV file') },
  ],
  options: { encoding: ENCODING_OPTION },
  run({ args, options, json, out }) {
    if (args.list !== 'targets' && args.list !== 'inspectors')
      throw usageError(
        'bad-argument',
        text(
          `名录种类应为 targets 或 inspectors，收到 "${args.list}"`,
          `the list must be targets or inspectors, got "${args.list}"`,
        ),
      );
    const list = LISTS[args.list];
    const records = csvRecords(readText(args.file, options.encoding));
    const [header, ...body] = records;
    if (header === undefined)
      throw inputError(
        'empty-file',
        text(`${args.file}：文件为空，缺少表头`, `${args.file}: empty, no header line`),
      );
    const names = header.fields.map((h) => canonicalHeader(h, list.map));
    const rows = body.map((r) => Object.fromEntries(names.map((n, i) => [n, r.fields[i] ?? ''])));
    const result: ImportResult<unknown> = list.run(rows);
    const lineOf = (row: number) => body[row - 2]?.line ?? row;
    if (json) {
      out.json({
        accepted: result.accepted.length,
        rejected: result.rejected.map((r) => ({ ...r, line: lineOf(r.row) })),
        unmappedHeaders: result.unmappedHeaders,
      });
    } else {
      const bad = result.rejected.length;
      out.say(
        text(
          `${list.zh}：${result.accepted.length} 行可导入，${bad} 行被拒绝`,
          `${list.en}: ${result.accepted.length} row(s) import, ${bad} refused`,
        ),
      );
      for (const r of result.rejected) {
        const id = r.id === undefined ? '' : ` ${r.id}`;
        for (const p of r.problems) {
          const column = p.path.length === 0 ? '' : `${p.path.join('.')}: `;
          out.say(
            text(
              `  - 第 ${lineOf(r.row)} 行${id}：${column}${p.message}`,
              `  - line ${lineOf(r.row)}${id}: ${column}${p.message}`,
            ),
          );
        }
      }
      if (result.unmappedHeaders.length > 0)
        out.note(
          text(
            `未识别的表头（其列被忽略）：${result.unmappedHeaders.join('、')}`,
            `headers not known to the import (their cells were ignored): ${result.unmappedHeaders.join(', ')}`,
          ),
        );
    }
    return result.rejected.length === 0 ? EXIT.ok : EXIT.invalid;
  },
});
