/**
 * Importing a province-sized directory as a stream (流式导入): the rows come one at a time from an async
 * source (here a generator standing in for a CSV parser reading a file), and only the accepted targets are
 * kept. Bad rows are reported exactly as by the array import.
 *
 * Run: `npx tsx examples/import-stream.ts`
 */
import { pathToFileURL } from 'node:url';
import { importInspectorsStream, importTargetsStream } from '../src/directories/index.js';
import { generateTargets } from '../src/testing/index.js';

/** A stand-in for a CSV parser: yields one row object (header → cell) at a time. */
async function* csvRows(count: number): AsyncGenerator<Record<string, string>> {
  const targets = generateTargets({ seed: 'example: stream', count, kinds: ['enterprise'] });
  for (const [i, t] of targets.entries()) {
    yield {
      统一社会信用代码: i === 2 ? `${t.id.slice(0, 17)}${t.id[17] === '0' ? '1' : '0'}` : t.id,
      企业名称: t.name,
      行政区划代码: t.region,
      行业代码: t.industry,
      信用风险分类: t.creditClass,
      分类日期: '2024/12/1',
      登记状态: '存续',
      标签: t.tags.join('；'),
    };
  }
}

/** Runs the example and returns what it prints. */
export async function main(): Promise<string> {
  const lines: string[] = [];
  // #region stream
  const targets = await importTargetsStream(csvRows(1000), { defaultKind: 'enterprise' });
  lines.push(`targets: accepted ${targets.accepted.length}, rejected ${targets.rejected.length}`);
  for (const r of targets.rejected) lines.push(`row ${r.row}: ${r.problems[0]?.path.join('.')}`);
  // #endregion stream
  // #region inspectors
  const inspectors = await importInspectorsStream([
    { 人员编号: 'samr-001', 姓名: '王明', 所属部门: 'samr', 人员类别: '执法人员' },
    { 人员编号: 'samr-002', 姓名: '', 所属部门: 'samr', 人员类别: '执法人员' },
  ]);
  lines.push(`inspectors: accepted ${inspectors.accepted.length}, rejected ${inspectors.rejected.length}`);
  // #endregion inspectors
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await main());
}
