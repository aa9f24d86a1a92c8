/**
 * Importing one million spreadsheet rows (Chinese headers) into a target directory: what a province-sized
 * 检查对象名录库 import costs, bad rows included (one in a thousand carries a wrong check character). The rows
 * are streamed: an async generator makes each row when the import asks for it (as a CSV parser reading a file
 * would), so the peak memory is the import's own plus what it keeps, not a million row objects. Each timed run
 * of the streamed import is a process of its own, so its peak RSS is that one import's alone (the million
 * targets it keeps included). The source alone is timed too; the import's cost is the difference. Array imports
 * of 100,000 target and inspector rows are judged against every row going through the zod schema.
 *
 * Run alone: `npx tsx bench/import.bench.ts` (`SSJ_BENCH_ROWS=100000` for a quick run).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { INSPECTOR_ROLES, usccCheckCharacter } from '../src/core/index.js';
import {
  DEPARTMENTS,
  INSPECTOR_HEADER_MAP,
  type Inspector,
  importInspectors,
  importRows,
  importTargets,
  importTargetsStream,
  inspectorRowSchema,
  TARGET_HEADER_MAP,
  targetRowSchema,
} from '../src/directories/index.js';
import { generateInspectors, generateTargets } from '../src/testing/index.js';
import { type BenchResult, measure, peakRssMiB, runIfMain } from './harness.js';

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

const AFFILIATION_LABELS = { 'testing-body': '检测机构', 'research-institute': '科研院所', industry: '行业' };
const slashed = (date: string) => date.replaceAll('-', '/');

/**
 * An inspector as a spreadsheet row: Chinese headers, department and role names, 是/否, list cells (every 1000th
 * without a name).
 */
function inspectorRow(i: Inspector, n: number): Record<string, unknown> {
  const certificate = i.certificates[0];
  return {
    人员编号: `${i.id}-${n}`,
    姓名: n % 1000 === 999 ? '' : i.name,
    所属部门: DEPARTMENTS.find((d) => d.id === i.department)?.name ?? i.department,
    人员类别: INSPECTOR_ROLES.find((r) => r.role === i.role)?.name,
    ...(certificate === undefined
      ? {}
      : {
          执法证号: certificate.number,
          执法证有效期起: slashed(certificate.validFrom),
          执法证有效期止: slashed(certificate.validTo),
        }),
    业务专长: i.specialties.join('、'),
    负责区域: i.regions.join('；'),
    是否在岗: i.active ? '是' : '否',
    ...(i.affiliation === undefined
      ? {}
      : { 专家来源: AFFILIATION_LABELS[i.affiliation.kind], 专家所在单位: i.affiliation.name }),
  };
}

/** One streamed import of `n` rows in this process: its time and this process's peak RSS, as JSON. */
async function streamOnly(n: number): Promise<void> {
  const start = performance.now();
  const out = await importTargetsStream(rows(n), { defaultKind: 'enterprise' });
  const ms = performance.now() - start;
  const counts = { accepted: out.accepted.length, rejected: out.rejected.length };
  process.stdout.write(`${JSON.stringify({ ms, peakRssMiB: peakRssMiB(), ...counts })}\n`);
}

interface ChildRun {
  readonly ms: number;
  readonly peakRssMiB: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** The streamed import of `n` rows, each of `runs` runs in a process of its own. */
function streamInChildren(n: number, runs: number): BenchResult {
  const done: ChildRun[] = [];
  for (let r = 0; r < runs; r++) {
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), `--stream=${n}`];
    const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
    done.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildRun);
  }
  const times = done.map((d) => d.ms).sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const medianMs = round(times[Math.floor(times.length / 2)] ?? 0);
  const last = done[done.length - 1];
  return {
    name: `import ${n.toLocaleString('en')} target rows, streamed (Chinese headers, 0.1% bad; own process per run)`,
    medianMs,
    minMs: round(times[0] ?? 0),
    runs,
    peakRssMiB: Math.max(...done.map((d) => d.peakRssMiB)),
    target: '< 8000 ms',
    met: medianMs < 8000,
    note: `${last?.accepted.toLocaleString('en')} accepted, ${last?.rejected.toLocaleString('en')} rejected; peak RSS of one run's process (the kept targets included), target ≤ 1536 MiB`,
  };
}

/** An array import (`own`, giving the number accepted) and the same by the schema alone, with their ratio. */
async function againstSchema(
  what: string,
  own: () => number,
  bySchema: () => number,
): Promise<BenchResult[]> {
  let accepted = 0;
  const fast = await measure(
    `import ${what} from an array`,
    () => {
      accepted = own();
    },
    { runs: 3, warmup: 1 },
  );
  const slow = await measure(
    `baseline: import ${what} from an array, every row through the zod schema`,
    bySchema,
    { runs: 3, warmup: 1, note: 'the import as it was before good rows skipped the schema' },
  );
  const ratio = Math.round((fast.medianMs / slow.medianMs) * 100) / 100;
  return [{ ...fast, note: `${ratio} × baseline; ${accepted.toLocaleString('en')} accepted` }, slow];
}

export async function run(): Promise<BenchResult[]> {
  let made = 0;
  const source = await measure(
    `import source alone: ${SIZE} rows made and read from an async generator`,
    async () => {
      for await (const r of rows(ROWS)) made += r.统一社会信用代码 === undefined ? 0 : 1;
    },
    { runs: 3, warmup: 0, note: 'what a host spends making the rows; included in the streamed import below' },
  );
  if (made !== 3 * ROWS) throw new Error(`the row source gave ${made} rows in three runs, not ${3 * ROWS}`);
  const streamed = streamInChildren(ROWS, 3);
  const sample = Array.from({ length: Math.min(ROWS, 100_000) }, (_, i) => rowAt(i));
  const schema = targetRowSchema('enterprise');
  const targets = await againstSchema(
    `${sample.length.toLocaleString('en')} target rows`,
    () => importTargets(sample, { defaultKind: 'enterprise' }).accepted.length,
    () =>
      importRows(sample, { headerMap: TARGET_HEADER_MAP, schema, idOf: (t) => t.id, firstRow: 2 }).accepted
        .length,
  );
  const people = generateInspectors({ seed: 'bench: import', perDepartment: 100 });
  const inspectorRows = Array.from({ length: sample.length }, (_, n) =>
    inspectorRow(people[n % people.length] as Inspector, n),
  );
  const inspectorSchema = inspectorRowSchema();
  const inspectors = await againstSchema(
    `${inspectorRows.length.toLocaleString('en')} inspector rows (0.1% bad)`,
    () => importInspectors(inspectorRows).accepted.length,
    () =>
      importRows(inspectorRows, {
        headerMap: INSPECTOR_HEADER_MAP,
        schema: inspectorSchema,
        idOf: (i) => i.id,
        firstRow: 2,
      }).accepted.length,
  );
  return [source, streamed, ...targets, ...inspectors];
}

const streamArg = process.argv.find((a) => a.startsWith('--stream='));
if (streamArg !== undefined) await streamOnly(Number(streamArg.slice('--stream='.length)));
else await runIfMain(import.meta.url, run);
