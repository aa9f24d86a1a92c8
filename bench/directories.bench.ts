/**
 * The directories (两库) at scale: generating 1,000,000 synthetic targets, the snapshot digest of 1M targets in
 * each version, applying 100 changes to a 1M-entry snapshot (which re-digests it), filtering 1M targets for a
 * directed draw, validating 100,000 entries into a snapshot, and importing 10,000 spreadsheet rows with Chinese
 * headers.
 * Run alone: `npx tsx bench/directories.bench.ts`.
 */
import { createHash } from 'node:crypto';
import {
  applyChanges,
  applyFilter,
  createTargetSnapshot,
  type DirectoryDigestAlgorithm,
  directoryDigest,
  importTargets,
  type Target,
  type TargetChange,
  type TargetSnapshot,
} from '../src/directories/index.js';
import { generateTargets } from '../src/testing/index.js';
import { againstBaseline, type BenchResult, measure, runIfMain } from './harness.js';

/** Targets to generate (default 1,000,000; `SSJ_BENCH_TARGETS` overrides it for a quick run). */
const MILLION = Number(process.env.SSJ_BENCH_TARGETS ?? 1_000_000);
const SIZE = MILLION === 1_000_000 ? '1M' : MILLION.toLocaleString('en');

/** The digest versions measured: version, runs, what it hashes, and the ratio to the baseline it must meet. */
const DIGEST_ROWS: readonly [DirectoryDigestAlgorithm, number, string, number | undefined][] = [
  ['ssj-directory/1', 1, 'canonical JSON lines in one stream', undefined],
  ['ssj-directory/2', 3, 'canonical JSON of each entry hashed once, content-defined buckets', undefined],
  ['ssj-directory/3', 3, 'binary encoding of each entry, hashed in batches; buckets as version 2', undefined],
  ['ssj-directory/4', 3, 'version 3 with the target keys written as one byte each', 0.5],
];

/** A target as a spreadsheet row (Chinese headers). */
const toRow = (t: Target) => ({
  统一社会信用代码: t.id,
  企业名称: t.name,
  对象类型: t.kind,
  行政区划代码: t.region,
  行业代码: t.industry,
  信用风险分类: t.creditClass,
  分类日期: t.creditAsOf,
  登记状态: t.status,
  经营异常名录: t.abnormal ? '是' : '否',
  标签: t.tags.join('；'),
});

/** Runs the directory benchmarks. */
export async function run(): Promise<BenchResult[]> {
  let targets: Target[] = [];
  let sink = 0;
  const results: BenchResult[] = [];
  results.push(
    await measure(
      `directories: generate ${SIZE} synthetic targets`,
      () => {
        targets = generateTargets({ seed: 'bench', count: MILLION });
      },
      { runs: 1, warmup: 0, note: 'valid USCCs with check characters, names, credit mix, history' },
    ),
  );
  const baseline = await measure(
    `baseline: JSON.stringify + node:crypto createHash per entry, ${SIZE} targets`,
    () => {
      for (const t of targets) sink += createHash('sha256').update(JSON.stringify(t)).digest().length;
    },
    { runs: 3, warmup: 0, note: 'the naive digest: no canonical key order' },
  );
  results.push(baseline);
  for (const [algorithm, runs, note, maxRatio] of DIGEST_ROWS)
    results.push(
      againstBaseline(
        await measure(
          `directories: snapshot digest ${algorithm} of ${SIZE} targets`,
          () => {
            sink += directoryDigest('targets', targets, [], algorithm).length;
          },
          { runs, warmup: 0, note },
        ),
        baseline,
        maxRatio,
      ),
    );
  const sorted = [...targets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const snapshot: TargetSnapshot = {
    kind: 'targets',
    version: 1,
    digest: directoryDigest('targets', sorted, [], 'ssj-directory/4'),
    digestAlgorithm: 'ssj-directory/4',
    entries: sorted,
  };
  // One change every 1% of the directory: a hundred different buckets to re-cut, the costly case.
  const step = Math.max(1, Math.floor(sorted.length / 100));
  const changes: TargetChange[] = Array.from(
    { length: Math.min(100, sorted.length) },
    (_, i) => sorted[i * step] as Target,
  ).map((t, i) =>
    i % 2 === 0
      ? { op: 'update', id: t.id, set: { creditClass: 'D' } }
      : { op: 'deactivate', id: t.id, reason: '注销' },
  );
  results.push(
    await measure(
      `directories: applyChanges (100 changes) to a ${SIZE} snapshot`,
      () => {
        sink += applyChanges(snapshot, changes).entries.length;
      },
      {
        runs: 15,
        warmup: 1,
        targetMs: 100,
        note: 'changes spread over the directory; includes the new digest; the warm-up hashes the snapshot once, as its previous version would have',
      },
    ),
  );
  results.push(
    await measure(
      `directories: applyFilter over ${SIZE} targets`,
      () => {
        sink += applyFilter(targets, {
          kinds: ['enterprise', 'individual-business'],
          industryPrefixes: ['H', 'F52'],
          regionPrefixes: ['150621', '150602'],
          creditClasses: ['C', 'D'],
        }).length;
      },
      { runs: 5 },
    ),
  );
  const sample = targets.slice(0, Math.min(100_000, MILLION));
  results.push(
    await measure(
      `directories: createTargetSnapshot of ${sample.length.toLocaleString('en')} targets (zod validation + digest)`,
      () => {
        sink += createTargetSnapshot(sample).entries.length;
      },
      { runs: 3, warmup: 0 },
    ),
  );
  const rows = targets.slice(0, 10_000).map(toRow);
  results.push(
    await measure(
      'directories: importTargets of 10k rows',
      () => {
        sink += importTargets(rows).accepted.length;
      },
      { runs: 3 },
    ),
  );
  if (sink === -1) console.log(sink);
  return results;
}

await runIfMain(import.meta.url, run);
