/**
 * The sampling arithmetic one call at a time (抽查比例与数量): exact ratios, one class's size with its formula, a
 * target's own history against its class's cap, a published preset, a policy of one's own, its yearly adjustment
 * from last period's problem rates, and the projected load of a year's rounds.
 *
 * Run: `npx tsx examples/sampling-arithmetic.ts`
 */
import { pathToFileURL } from 'node:url';
import { parseIsoDate } from '../src/core/index.js';
import {
  adjustPolicy,
  applyRatio,
  checkHistory,
  checkPlanSampleInput,
  computeClassSize,
  directoryFilter,
  isExactRatio,
  parseSamplingPolicy,
  projectLoad,
  type SamplingTarget,
  safeParseSamplingPolicy,
  samplingPreset,
} from '../src/sampling/index.js';
import { generateTargets } from '../src/testing/index.js';

/** Runs the example and returns what it prints. */
export function main(): string {
  const out: string[] = [];

  // #region ratio
  out.push(`isExactRatio(0.05) = ${isExactRatio(0.05)}; isExactRatio(1 / 3) = ${isExactRatio(1 / 3)}`);
  const product = applyRatio(107, 0.05, 'ceil');
  out.push(`applyRatio(107, 5%, ceil): raw ${product.raw}, rounded ${product.rounded}`);
  // #endregion ratio

  // #region class-size
  const size = computeClassSize(
    107,
    { label: '信用风险一般', ratio: 0.05, min: 8 },
    { rounding: 'ceil', combine: 'larger', ceilingRatio: 1 },
  );
  out.push(`class B of 107: ${size.formula} → ${size.size}`);
  // #endregion class-size

  // #region history
  const capped = checkHistory(
    [parseIsoDate('2025-03-01')],
    { label: '信用风险一般', ratio: 0.05, frequencyCap: { max: 1, years: 1 } },
    parseIsoDate('2025-09-01'),
  );
  const free = checkHistory(
    [parseIsoDate('2024-03-01')],
    { label: '信用风险一般', ratio: 0.05, frequencyCap: { max: 1, years: 1 } },
    parseIsoDate('2025-09-01'),
  );
  out.push(`inspected 2025-03-01, again 2025-09-01: ${capped?.code} (${capped?.reason})`);
  out.push(`inspected 2024-03-01, again 2025-09-01: ${free === undefined ? 'may be drawn' : free.code}`);
  // #endregion history

  // #region policy
  const preset = samplingPreset('daqing-lindian-2024');
  out.push(`preset ${preset.name}: C ratio ${preset.classes.C.ratio}`);
  const own = parseSamplingPolicy({
    id: 'county-2025',
    name: '2025 年度抽查',
    classes: {
      A: { label: '信用风险低', ratio: 0.02 },
      B: { label: '信用风险一般', ratio: 0.05 },
      C: { label: '信用风险较高', ratio: 0.2 },
      D: { label: '信用风险高', ratio: 1 },
    },
    adjustment: { raiseAbove: 0.2, lowerBelow: 0.05, step: 0.05, source: '本县2025年度抽查工作方案' },
  });
  out.push(`own policy ${own.id}: A ${own.classes.A.ratio}, D ${own.classes.D.ratio}`);
  const wrong = safeParseSamplingPolicy({ id: 'x', name: 'x', classes: { A: { label: 'A', ratio: 2 } } });
  out.push(`a ratio of 200%: ${wrong.success ? 'accepted' : wrong.error.code}`);
  // #endregion policy

  // #region adjust
  const { policy: next, changes } = adjustPolicy(own, { C: { inspected: 40, withProblems: 14 } });
  const c = changes.find((ch) => ch.creditClass === 'C');
  out.push(`C after a 35% problem rate: ${c?.explanation}; now ${next.classes.C.ratio}`);
  // #endregion adjust

  // #region load
  const targets: SamplingTarget[] = Array.from({ length: 100 }, (_, i) => ({
    id: `t${i + 1}`,
    creditClass: i < 80 ? 'A' : i < 95 ? 'B' : 'C',
    status: 'operating',
  }));
  const load = projectLoad({ targets, policy: own, rounds: [{ department: 'samr', month: 4 }] });
  out.push(`one April round of samr over 100 targets: ${load.byDepartment.samr} inspections`);
  // #endregion load

  // #region filter
  const dalate = directoryFilter({ regionPrefixes: ['150621'] });
  const [here] = generateTargets({ seed: 'filter', count: 1, regions: ['150621'] });
  const [there] = generateTargets({ seed: 'filter', count: 1, regions: ['150602'] });
  out.push(`filter 150621: 150621 ${here && dalate.matches(here)}, 150602 ${there && dalate.matches(there)}`);
  // #endregion filter

  // #region plan-input
  try {
    checkPlanSampleInput({ targets: [], asOf: '2025-02-30', randomnessSource: 'x' });
  } catch (error) {
    out.push(`a plan dated 2025-02-30: ${(error as { code: string }).code}`);
  }
  // #endregion plan-input

  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main());
