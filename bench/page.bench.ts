/**
 * The verification page in headless Chromium on a million-entry pool (target < 5 s from pressing 开始核验 to the
 * verdict, measured in the page, the bar moving meanwhile), as CSV and as JSON Lines, each against the baseline of
 * the library's `parsePoolFile` + `verifyDraw` on the same bytes in Node in the same run. Needs Debian's chromium
 * (see scripts/chromium.sh); without it the result says so. Run alone: `npx tsx bench/page.bench.ts`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPage } from '../page/build.js';
import { type DrawRecord, parsePoolFile, verifyDraw } from '../src/draw/index.js';
import { type Started, startChromium } from '../test/page/chromium.js';
import { verifyInPage } from '../test/page/drive.js';
import { bigDraw } from '../test/page/fixtures.js';
import { type BenchResult, measure, peakRssMiB, runIfMain } from './harness.js';

const RUNS = 3;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function inPage(started: Started, url: string, files: string[], digest: string, baselineMs: number) {
  const name = `verify page in headless Chromium, 1M entries in 4 strata, ${files[1]?.split('.').pop()} pool`;
  if (started.browser === undefined)
    return {
      name,
      medianMs: 0,
      minMs: 0,
      runs: 0,
      peakRssMiB: peakRssMiB(),
      note: `not run: ${started.reason}`,
    };
  const times: number[] = [];
  let note = '';
  for (let i = 0; i <= RUNS; i++) {
    const shown = await verifyInPage(started.browser, url, files, { digest, timeout: 120_000 });
    if (shown.verdict !== 'valid') throw new Error(`verdict ${shown.verdict}`);
    const phases = await shown.page.$eval('#results-bottom details summary', (el) => el.textContent ?? '');
    note = `the bar took ${shown.progress.length} values; the page's own timing: ${phases.split('·')[1]?.trim()}`;
    if (i > 0) times.push(shown.elapsedMs);
    await shown.page.close();
  }
  const medianMs = round(median(times));
  return {
    name,
    medianMs,
    minMs: round(Math.min(...times)),
    runs: RUNS,
    peakRssMiB: peakRssMiB(),
    target: '< 5000 ms',
    met: medianMs < 5000,
    note: `${(medianMs / baselineMs).toFixed(2)} × the Node baseline; ${note}`,
  } satisfies BenchResult;
}

/** Runs the page benchmark. */
export async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ssj-page-bench-'));
  const started = await startChromium();
  try {
    const url = pathToFileURL((await buildPage(join(dir, 'verify.html'))).path).href;
    const { commitment } = await bigDraw(dir);
    const record = JSON.parse(await readFile(join(dir, 'million-record.json'), 'utf8')) as DrawRecord;
    const results: BenchResult[] = [];
    for (const pool of ['million.csv', 'million.jsonl']) {
      const bytes = await readFile(join(dir, pool));
      const baseline = await measure(
        `baseline: parsePoolFile + verifyDraw of the same ${pool.split('.')[1]} pool in Node`,
        () => {
          if (
            !verifyDraw(record, parsePoolFile(bytes, { name: pool }), { commitment: commitment.digest }).valid
          )
            throw new Error('invalid');
        },
        { runs: RUNS },
      );
      const files = ['million-record.json', pool, 'million-commitment.json'].map((f) => join(dir, f));
      results.push(baseline, await inPage(started, url, files, commitment.digest, baseline.medianMs));
    }
    return results;
  } finally {
    if (started.browser !== undefined) await started.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, run);
