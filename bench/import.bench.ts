/**
 * Importing one million spreadsheet rows (Chinese headers) into a target directory: what a province-sized
 * 检查对象名录库 import costs, bad rows included (one in a thousand carries a wrong check character).
 *
 * Run alone: `npx tsx bench/import.bench.ts` (`SSJ_BENCH_ROWS=100000` for a quick run).
 */
import { importTargets } from '../src/directories/index.js';
import { generateTargets } from '../src/testing/index.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const ROWS = Number(process.env.SSJ_BENCH_ROWS ?? 1_000_000);

/** Spreadsheet rows as a host parses them from CSV or Excel: text cells under Chinese headers. */
function sheetRows(n: number): Record<string, string>[] {
  return generateTargets({ seed: 'bench: import', count: n, kinds: ['enterprise'] }).map((t, i) => ({
    统一社会信用代码: i % 1000 === 999 ? `${t.id.slice(0, 17)}${t.id[17] === '0' ? '1' : '0'}` : t.id,
    企业名称: t.name,
    行政区划代码: t.region,
    行业代码: t.industry,
    企业规模: '小型',
    信用风险分类: t.creditClass,
    分类日期: '2024/12/1',
    登记状态: '存续',
    经营异常名录: t.abnormal ? '是' : '否',
    标签: t.tags.join('；'),
  }));
}

export async function run(): Promise<BenchResult[]> {
  const rows = sheetRows(ROWS);
  let accepted = 0;
  let rejected = 0;
  const result = await measure(
    `import ${ROWS.toLocaleString('en')} target rows (Chinese headers, 0.1% bad)`,
    () => {
      const out = importTargets(rows, { defaultKind: 'enterprise' });
      accepted = out.accepted.length;
      rejected = out.rejected.length;
    },
    { runs: 3, warmup: 0 },
  );
  return [
    {
      ...result,
      note: `${accepted.toLocaleString('en')} accepted, ${rejected.toLocaleString('en')} rejected`,
    },
  ];
}

await runIfMain(import.meta.url, run);
