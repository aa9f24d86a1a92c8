/**
 * The plan-to-draw arithmetic for a synthetic 达拉特旗 directory under two published presets side by side:
 * 巴彦淖尔 2022 (A 2%, B 5%, C and D 100%) and 大庆林甸 2024 (A ≤ 5%, B 5–20%, C 21–60%, D 61–100%, with caps).
 *
 * Run: npx tsx examples/sampling-policy.ts
 */
import { pathToFileURL } from 'node:url';
import { commitDraw, revealDraw } from '../src/draw/index.js';
import {
  planSample,
  SAMPLING_PRESETS,
  type SamplePlan,
  type SamplingPresetName,
  type TargetedInspection,
} from '../src/sampling/index.js';
import { generateTargets } from '../src/testing/index.js';

// #region plan
/** 达拉特旗 (150621): the targets of a seeded synthetic Ordos directory located there, with 2025 history. */
export function dalateDirectory() {
  return generateTargets({ seed: 'dalate-2026', count: 20_000, asOf: '2025-12-01' }).filter(
    (t) => t.region === '150621',
  );
}

/** Plans the 2026 Q1 draw of the directory under a preset. */
export function planUnder(
  preset: SamplingPresetName,
  targets: ReturnType<typeof dalateDirectory>,
): SamplePlan {
  const targeted: TargetedInspection[] = targets
    .filter((t) => t.status === 'operating')
    .slice(0, 3)
    .map((t, i) => ({
      targetId: t.id,
      trigger: i === 0 ? 'complaint' : 'referral',
      reference: `DLT-2026-00${i + 1}`,
    }));
  return planSample({
    targets,
    policy: SAMPLING_PRESETS[preset],
    asOf: '2026-03-02',
    targeted,
    randomnessSource: 'drand quicknet round 1234567',
    label: `dalate-2026-q1/${preset}`,
  });
}
// #endregion plan

/** Prints both plans side by side and returns the printed lines and the plans. */
export function main(): { readonly lines: readonly string[]; readonly plans: readonly SamplePlan[] } {
  const targets = dalateDirectory();
  const presets: SamplingPresetName[] = ['bayannur-2022', 'daqing-lindian-2024'];
  const plans = presets.map((p) => planUnder(p, targets));
  const lines: string[] = [
    `达拉特旗 synthetic directory: ${targets.length} targets, plan date 2026-03-02`,
    '',
  ];
  lines.push(
    `class  ${presets.map((p) => `${SAMPLING_PRESETS[p].name}: eligible → draw`.padEnd(34)).join('')}`,
  );
  for (const cls of ['A', 'B', 'C', 'D'] as const) {
    const cells = plans.map((p) => `${p.strata[cls].eligible} → ${p.strata[cls].final}`.padEnd(34));
    lines.push(`${cls}      ${cells.join('')}`);
  }
  lines.push(
    `total  ${plans.map((p) => `${p.totals.eligible} → ${p.totals.planned}`.padEnd(34)).join('')}`,
    '',
  );
  for (const [i, plan] of plans.entries()) {
    lines.push(`== ${SAMPLING_PRESETS[presets[i] ?? 'bayannur-2022'].name} (${plan.policyId})`);
    for (const s of Object.values(plan.strata)) {
      const floor = s.floorAdded > 0 ? ` + floor ${s.floorAdded}` : '';
      lines.push(
        `  ${s.creditClass} ${s.label}: pool ${s.inPool}, excluded ${s.excluded}, eligible ${s.eligible}`,
      );
      lines.push(`     ${s.formula}${floor} → draw ${s.final}`);
    }
    const ex = Object.entries(plan.exclusionCounts).filter(([, n]) => n > 0);
    lines.push(`  excluded: ${ex.map(([code, n]) => `${code} ${n}`).join(', ')}`);
    lines.push(
      `  targeted (apart from the draw): ${plan.targetedCounts.total} — ${plan.targeted.map((t) => t.trigger).join(', ')}`,
    );
    const commitment = commitDraw(plan.request);
    const record = revealDraw(commitment, plan.request.pool, ['example beacon value']);
    lines.push(
      `  planned ${plan.totals.planned} of ${plan.totals.eligible} eligible; commitment ${commitment.digest}`,
    );
    lines.push(
      `  drawn ${record.selected.length}; first: ${record.selected
        .slice(0, 3)
        .map((s) => s.id)
        .join(', ')}`,
    );
    lines.push('');
  }
  for (const line of lines) console.log(line);
  return { lines, plans };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
