/**
 * Importing a target directory (检查对象名录库) from spreadsheet rows with deliberately bad rows: every bad row is
 * reported with its row number, the column and what was wrong; good rows are kept; a duplicated 统一社会信用代码
 * is reported on both rows, never merged. The good rows then become a digested snapshot that a draw can cite.
 *
 * Run: `npx tsx examples/import-with-bad-rows.ts`
 */
import { pathToFileURL } from 'node:url';
import {
  applyFilter,
  createTargetSnapshot,
  importTargets,
  parseTargetFilter,
} from '../src/directories/index.js';
import { generateTargets } from '../src/testing/index.js';

// #region rows
/** Rows as a host would parse them from an Excel sheet whose first line holds the Chinese headers. */
function sheetRows(): Record<string, unknown>[] {
  const [a, b, c] = generateTargets({ seed: 'example: import', count: 3, kinds: ['enterprise'] });
  if (a === undefined || b === undefined || c === undefined)
    throw new Error('three synthetic targets expected');
  const row = (t: typeof a) => ({
    统一社会信用代码: t.id,
    企业名称: t.name,
    行政区划代码: t.region,
    行业代码: t.industry,
    企业规模: '小型',
    信用风险分类: t.creditClass,
    分类日期: '2024/12/1',
    登记状态: '存续',
    经营异常名录: '否',
    标签: t.tags.join('；'),
  });
  return [
    row(a),
    row(b),
    { ...row(c), 统一社会信用代码: `${c.id.slice(0, 17)}0`, 行政区划代码: '1506' }, // wrong check character, 4-digit region
    { ...row(c), 登记状态: '营业中', 信用风险分类: 'E' }, // unknown status and class
    { ...row(a), 企业名称: '重复录入的公司' }, // same USCC as row 2
    { ...row(c), 企业名称: '', 分类日期: '2024-02-30', 备注: '新录入' }, // no name, no such date, unknown column
  ];
}
// #endregion rows

/** Runs the example and returns what it prints. */
export function main(): string {
  const lines: string[] = [];
  // #region import
  const { accepted, rejected, unmappedHeaders } = importTargets(sheetRows(), { defaultKind: 'enterprise' });
  lines.push(`accepted ${accepted.length} rows, rejected ${rejected.length}`);
  for (const r of rejected) {
    lines.push(`row ${r.row}${r.id === undefined ? '' : ` (${r.id})`}:`);
    for (const p of r.problems) lines.push(`  ${p.path.join('.')}: ${p.message}`);
  }
  if (unmappedHeaders.length > 0) lines.push(`ignored columns: ${unmappedHeaders.join(', ')}`);
  // #endregion import
  // #region snapshot
  const snapshot = createTargetSnapshot(accepted);
  const filter = parseTargetFilter({ kinds: ['enterprise'], statuses: ['operating'] });
  lines.push(`snapshot v${snapshot.version} ${snapshot.digest}`);
  lines.push(`operating enterprises for a directed draw: ${applyFilter(snapshot.entries, filter).length}`);
  // #endregion snapshot
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main());
}
