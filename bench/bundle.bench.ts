/**
 * Browser bundle sizes against their budgets (see `bundle-sizes.ts`): the time column is the bundling time, the
 * note holds the gzipped and minified sizes and the heaviest inputs. Run alone: `npx tsx bench/bundle.bench.ts`.
 */
import { BUNDLE_BUDGETS, kb, measureBundle } from './bundle-sizes.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

/** Measures every budgeted bundle. */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const budget of BUNDLE_BUDGETS) {
    const size = await measureBundle(budget.entry);
    const timed = await measure(`bundle: ${budget.name}`, () => measureBundle(budget.entry), { runs: 3 });
    const heaviest = size.inputs
      .slice(0, 3)
      .map((i) => `${i.path.replace(/^.*node_modules\//, '')} ${kb(i.bytes)}`)
      .join(', ');
    results.push({
      ...timed,
      target: `≤ ${budget.budgetKB} KB gzip`,
      met: size.gzipBytes <= budget.budgetKB * 1024,
      note: `${kb(size.gzipBytes)} gzip, ${kb(size.minifiedBytes)} minified; heaviest: ${heaviest}`,
    });
  }
  return results;
}

await runIfMain(import.meta.url, run);
