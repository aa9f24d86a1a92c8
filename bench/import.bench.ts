/**
 * Importing one million spreadsheet rows (Chinese headers) into a target directory: what a province-sized
 * 检查对象名录库 import costs, bad rows included (one in a thousand carries a wrong check character). The rows
 * are streamed: an async generator makes each row when the import asks for it (as a CSV parser reading a file
 * would), so the peak memory is the import's own plus what it keeps, not a million row objects. The source
 * alone is timed too; the import's cost is the difference.
 *
 * Run alone: `npx tsx bench/import.bench.ts` (`SSJ_BENCH_ROWS=100000` for a quick run).
 */
import { usccCheckCharacter } from '../src/core/index.js';
import {
  importRows,
  importTargets,
  importTargetsStream,
  TARGET_HEADER_MAP,
  targetRowSchema,
} from '../src/directories/index.js';
import { generateTargets } from '../src/testing/index.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const ROWS = Number(process.env.SSJ_BENCH_ROWS ?? 1_000_000);
const SIZE = ROWS.toLocaleString('en');

/** Ten thousand distinct spreadsheet rows: text cells under Chinese headers. */
const TEMPLATES = generateTargets({ seed: 'bench: import', count: 10_000, kinds: ['enterprise'] }).map(
  (t) => ({
    统一社会信用代码: t.id,
    企业名称: t.name,
    行政区划代码: t.region,
    行业代码: t.industry,
    企业规模: '小型',
    信用风险分类: t.creditClass,
    分类日期: '2024/12/1',
    登记状态: '存续',
    经营异常名录: t.abnormal ? '是' : '否',
    标签: t.tags.join('；'),
  }),
);

/** Row `i`: a template with its own valid 统一社会信用代码 (every 1000th with a wrong check character). */
function rowAt(i: number): Record<string, string> {
  const template = TEMPLATES[i % TEMPLATES.length] as Record<string, string>;
  const first17 = `${(template.统一社会信用代码 as string).slice(0, 8)}${String(i).padStart(9, '0')}`;
  const check = usccCheckCharacter(first17);
  const wrong = i % 1000 === 999 ? (check === '0' ? '1' : '0') : check;
  return { ...template, 统一社会信用代码: `${first17}${wrong}` };
}

async function* rows(n: number): AsyncGenerator<Record<string, string>> {
  for (let i = 0; i < n; i++) yield rowAt(i);
}

export async function run(): Promise<BenchResult[]> {
  let accepted = 0;
  let rejected = 0;
  const source = await measure(
    `import source alone: ${SIZE} rows made and read from an async generator`,
    async () => {
      for await (const r of rows(ROWS)) accepted += r.统一社会信用代码 === undefined ? 0 : 1;
    },
    { runs: 3, warmup: 0, note: 'what a host spends making the rows; included in the streamed import below' },
  );
  const streamed = await measure(
    `import ${SIZE} target rows, streamed (Chinese headers, 0.1% bad)`,
    async () => {
      const out = await importTargetsStream(rows(ROWS), { defaultKind: 'enterprise' });
      accepted = out.accepted.length;
      rejected = out.rejected.length;
    },
    { runs: 3, warmup: 0, targetMs: 8000 },
  );
  const streamNote = `${accepted.toLocaleString('en')} accepted, ${rejected.toLocaleString('en')} rejected; peak RSS ≤ 1536 MiB is the memory target`;
  const sample = Array.from({ length: Math.min(ROWS, 100_000) }, (_, i) => rowAt(i));
  const array = await measure(
    `import ${sample.length.toLocaleString('en')} target rows from an array`,
    () => {
      accepted = importTargets(sample, { defaultKind: 'enterprise' }).accepted.length;
    },
    { runs: 3, warmup: 1 },
  );
  const schema = targetRowSchema('enterprise');
  const bySchema = await measure(
    `baseline: import ${sample.length.toLocaleString('en')} target rows from an array, every row through the zod schema`,
    () => {
      accepted = importRows(sample, { headerMap: TARGET_HEADER_MAP, schema, idOf: (t) => t.id, firstRow: 2 })
        .accepted.length;
    },
    { runs: 3, warmup: 1, note: 'the import as it was before good rows skipped the schema' },
  );
  const perRow = (r: BenchResult, n: number) => r.medianMs / n;
  const ratio = Math.round((perRow(array, sample.length) / perRow(bySchema, sample.length)) * 100) / 100;
  return [source, { ...streamed, note: streamNote }, { ...array, note: `${ratio} × baseline` }, bySchema];
}

await runIfMain(import.meta.url, run);
