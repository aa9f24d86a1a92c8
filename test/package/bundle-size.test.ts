import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, kb, measureBundle } from '../../bench/bundle-sizes.js';

describe('browser bundles stay within their gzipped budgets (esbuild, minified, platform browser)', () => {
  for (const budget of BUNDLE_BUDGETS) {
    it(`${budget.name}: ≤ ${budget.budgetKB} KB`, async () => {
      const size = await measureBundle(budget.entry);
      const heaviest = size.inputs.slice(0, 8).map((i) => `${kb(i.bytes)} ${i.path}`);
      expect(
        size.gzipBytes,
        `${kb(size.gzipBytes)} gzipped; heaviest inputs (minified):\n${heaviest.join('\n')}`,
      ).toBeLessThanOrEqual(budget.budgetKB * 1024);
      const excludes: readonly string[] = 'excludes' in budget ? budget.excludes : [];
      expect(size.packages.filter((p) => excludes.includes(p))).toEqual([]);
    });
  }

  it('measures what it is given: a bundle that pulls in classic zod is far above every budget', async () => {
    const size = await measureBundle("import { z } from 'zod'; export const s = z.string();");
    expect(size.gzipBytes).toBeGreaterThan(30 * 1024);
    expect(size.packages).toEqual(['zod']);
  });
});
