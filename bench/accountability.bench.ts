/**
 * Assessing officers: 100,000 assessments of varied facts with the built-in rules, 10,000 with a host rule set
 * checked on every call, 100,000 with the same set checked once (`defineAccountabilityRules`), and 10,000
 * explanations. Run alone:
 * `npx tsx bench/accountability.bench.ts`.
 */
import {
  ACCOUNTABILITY_FACT_NAMES,
  ACCOUNTABILITY_RULES,
  type AccountabilityFacts,
  assessAccountability,
  defineAccountabilityRules,
  explainAssessment,
  type FactValue,
  OTHER_CASES,
  when,
} from '../src/accountability/index.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const VALUES: readonly FactValue[] = [true, false, 'unknown'];

/** 3^10 = 59,049 distinct fact sets would be too many to keep; 4,096 spread over them, deterministic. */
function factSets(): AccountabilityFacts[] {
  return Array.from({ length: 4096 }, (_, i) => {
    let n = i * 14;
    const facts: Record<string, FactValue> = {};
    for (const name of ACCOUNTABILITY_FACT_NAMES) {
      facts[name] = VALUES[n % 3] as FactValue;
      n = Math.floor(n / 3);
    }
    return facts as AccountabilityFacts;
  });
}

/** Runs the accountability benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const sets = factSets();
  const hostRules = [
    ...ACCOUNTABILITY_RULES,
    { ...OTHER_CASES.accountability, id: 'host', basis: '本地规定', when: when.fact('recordsFalsified') },
  ];
  const defined = defineAccountabilityRules(hostRules);
  let sink = 0;
  const results = [
    await measure('accountability: 100k assessments, built-in rules', () => {
      for (let i = 0; i < 100_000; i++) sink += assessAccountability(sets[i & 4095]!).grounds.length;
    }),
    await measure('accountability: 10k assessments, host rule set validated each call', () => {
      for (let i = 0; i < 10_000; i++)
        sink += assessAccountability(sets[i & 4095]!, hostRules).grounds.length;
    }),
    await measure('accountability: 100k assessments, host rule set defined once', () => {
      for (let i = 0; i < 100_000; i++) sink += assessAccountability(sets[i & 4095]!, defined).grounds.length;
    }),
    await measure('accountability: 10k explanations (zh + en)', () => {
      for (let i = 0; i < 10_000; i++)
        sink += explainAssessment(assessAccountability(sets[i & 4095]!)).zh.length;
    }),
  ];
  if (sink === -1) console.log(sink);
  return results;
}

await runIfMain(import.meta.url, run);
