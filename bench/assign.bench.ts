/**
 * Inspector assignment at scale: 10,000 drawn targets, 500 inspectors in 3 departments, every visit joint
 * (3 departments), 2 officers per team, a required specialty on one visit in ten, 2,000 declared conflicts and a
 * workload cap. Target: under 1 s.
 */
import { assignInspectors } from '../src/assign/index.js';
import { type BenchResult, measure, runIfMain } from './harness.js';

const DEPARTMENTS = ['市场监管局', '卫生健康委', '应急管理局'] as const;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The synthetic request of the benchmark (deterministic). */
export function benchRequest(targetCount = 10_000, inspectorCount = 500) {
  const inspectors = Array.from({ length: inspectorCount }, (_, i) => ({
    id: `I${pad(i, 4)}`,
    department: DEPARTMENTS[i % 3] as string,
    role: (i % 25 === 0 ? 'expert' : 'enforcement') as 'expert' | 'enforcement',
    certificates: [{ number: `C${i}`, validFrom: '2024-01-01', validTo: '2027-12-31' }],
    specialties: i % 7 === 0 ? ['food-safety'] : [],
    active: i % 50 !== 1,
  }));
  const targets = Array.from({ length: targetCount }, (_, i) => ({
    id: `T${pad(i, 6)}`,
    departments: DEPARTMENTS,
    ...(i % 10 === 0 ? { requiredSpecialties: { 卫生健康委: ['food-safety'] } } : {}),
  }));
  const conflicts = Array.from({ length: 2000 }, (_, i) => ({
    inspectorId: `I${pad(i % inspectorCount, 4)}`,
    targetId: `T${pad((i * 5) % targetCount, 6)}`,
    reason: 'declared relationship',
  }));
  return {
    seed: 'ab'.repeat(32),
    date: '2025-03-10',
    inspectors,
    targets,
    conflicts,
    rules: { workloadCap: 200 },
  };
}

/** Runs the benchmark: wall time (median of 5) plus the CPU time of the process, which load on a shared machine inflates less. */
export async function run(): Promise<BenchResult[]> {
  const request = benchRequest();
  let teams = 0;
  const cpu: number[] = [];
  const result = await measure(
    'assign 10k targets × 3 departments, 500 inspectors',
    () => {
      const start = process.cpuUsage();
      teams = assignInspectors(request).visits.reduce((n, v) => n + v.teams.length, 0);
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
    },
    { runs: 5, warmup: 1, targetMs: 1000 },
  );
  const cpuMedian = Math.round([...cpu.slice(1)].sort((a, b) => a - b)[2] ?? 0);
  return [{ ...result, note: `${teams} teams, record digest included; CPU ${cpuMedian} ms (median)` }];
}

await runIfMain(import.meta.url, run);
