/**
 * The measuring harness every benchmark uses: median of several timed runs after a warm-up, and the peak
 * resident memory of the process. Benchmarks run one file per process (see `run.ts`), so the peak memory of a
 * file is its own.
 */
import { pathToFileURL } from 'node:url';

/** One measured operation. */
export interface BenchResult {
  /** What was measured, e.g. `draw 1M entries, 4 strata`. */
  readonly name: string;
  /** Median wall time of one run, in milliseconds. */
  readonly medianMs: number;
  /** Fastest run, in milliseconds. */
  readonly minMs: number;
  /** How many timed runs. */
  readonly runs: number;
  /** Peak resident set size of the process so far, in MiB. */
  readonly peakRssMiB: number;
  /** The target, e.g. `< 1000 ms`, when there is one. */
  readonly target?: string;
  /** Whether the median meets the target (when a numeric target in ms is given). */
  readonly met?: boolean;
  /** Anything a reader needs to interpret the number. */
  readonly note?: string;
}

/** Options of {@link measure}. */
export interface MeasureOptions {
  readonly runs?: number;
  readonly warmup?: number;
  /** Target median in ms. */
  readonly targetMs?: number;
  readonly note?: string;
}

/** Peak resident memory of this process in MiB (`maxRSS` is in KiB). */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Times `fn` (sync or async) `runs` times after `warmup` untimed runs and returns the median.
 */
export async function measure(
  name: string,
  fn: () => unknown,
  options: MeasureOptions = {},
): Promise<BenchResult> {
  const { runs = 5, warmup = 1, targetMs, note } = options;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = round(times[Math.floor(times.length / 2)] ?? 0);
  return {
    name,
    medianMs,
    minMs: round(times[0] ?? 0),
    runs,
    peakRssMiB: peakRssMiB(),
    ...(targetMs === undefined ? {} : { target: `< ${targetMs} ms`, met: medianMs < targetMs }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * Times `fn` and `baseline` in turns, `runs` times each after a warm-up of each, so that both see the same load
 * of a shared machine: returns `fn`'s result and the baseline's, to be judged with {@link againstBaseline}.
 */
export async function measurePair(
  name: string,
  fn: () => unknown,
  baseline: { readonly name: string; readonly fn: () => unknown },
  options: MeasureOptions = {},
): Promise<{ result: BenchResult; baseline: BenchResult }> {
  const { runs = 5, warmup = 1, targetMs, note } = options;
  const times: number[] = [];
  const base: number[] = [];
  const time = async (f: () => unknown, into: number[]) => {
    const start = performance.now();
    await f();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < warmup; i++) {
    await baseline.fn();
    await fn();
  }
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await time(baseline.fn, base);
      await time(fn, times);
    } else {
      await time(fn, times);
      await time(baseline.fn, base);
    }
  }
  const summary = (label: string, t: number[]): BenchResult => {
    t.sort((a, b) => a - b);
    return {
      name: label,
      medianMs: round(t[Math.floor(t.length / 2)] ?? 0),
      minMs: round(t[0] ?? 0),
      runs,
      peakRssMiB: peakRssMiB(),
    };
  };
  const result = summary(name, times);
  return {
    result: {
      ...result,
      ...(targetMs === undefined ? {} : { target: `< ${targetMs} ms`, met: result.medianMs < targetMs }),
      ...(note === undefined ? {} : { note }),
    },
    baseline: summary(baseline.name, base),
  };
}

/**
 * The same result judged against a baseline measured in the same run: the note gives the ratio of the medians,
 * and the target is `≤ maxRatio × baseline` (and, when given, an absolute median in ms as well).
 */
export function againstBaseline(
  result: BenchResult,
  baseline: BenchResult,
  maxRatio?: number,
  maxMs?: number,
): BenchResult {
  const ratio = Math.round((result.medianMs / baseline.medianMs) * 100) / 100;
  const targets = [
    ...(maxRatio === undefined ? [] : [`≤ ${maxRatio} × baseline`]),
    ...(maxMs === undefined ? [] : [`≤ ${maxMs} ms`]),
  ];
  const met =
    targets.length === 0
      ? undefined
      : (maxRatio === undefined || ratio <= maxRatio) && (maxMs === undefined || result.medianMs <= maxMs);
  const note = [`${ratio} × baseline`, ...(result.note === undefined ? [] : [result.note])].join('; ');
  const { target: _t, met: _m, ...rest } = result;
  return { ...rest, note, ...(met === undefined ? {} : { target: targets.join(' and '), met }) };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Formats results as a Markdown table. */
export function formatTable(results: readonly BenchResult[]): string {
  const lines = [
    '| benchmark | median ms | min ms | runs | peak RSS MiB | target | met | note |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- | --- |',
  ];
  for (const r of results) {
    const met = r.met === undefined ? '' : r.met ? 'yes' : 'no';
    lines.push(
      `| ${r.name} | ${r.medianMs} | ${r.minMs} | ${r.runs} | ${r.peakRssMiB} | ${r.target ?? ''} | ${met} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/**
 * Makes a bench file runnable alone: when `moduleUrl` is the script node was started with, runs `run` and
 * prints the table (or JSON with `--json`, which `run.ts` reads).
 */
export async function runIfMain(
  moduleUrl: string,
  run: () => Promise<readonly BenchResult[]>,
): Promise<void> {
  const entry = process.argv[1];
  if (entry === undefined || pathToFileURL(entry).href !== moduleUrl) return;
  const results = await run();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(results)}\n`);
  else console.log(formatTable(results));
}
