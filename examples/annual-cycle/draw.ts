/**
 * The first 随机: the sampling plan (a published preset) turned into a draw request, the commitment published
 * before the randomness exists, the randomness revealed at the ceremony, the draw verified, and the joint task taken
 * through commit, draw and the pre-visit check (检查前预查比对), where one deregistered target is replaced through
 * `replaceInDraw`.
 */
import { isValidUscc } from '../../src/core/index.js';
import type { ConflictOfInterest, Inspector, Target } from '../../src/directories/index.js';
import {
  commitDraw,
  type DrawCommitment,
  type DrawRecord,
  describeRandomness,
  type PoolEntry,
  replaceInDraw,
  revealDraw,
  verifyDraw,
} from '../../src/draw/index.js';
import { directoryFilter, planSample, SAMPLING_PRESETS, type SamplePlan } from '../../src/sampling/index.js';
import type { SyntheticDirectories } from '../../src/testing/index.js';
import {
  commitTask,
  createTask,
  type InspectionTask,
  preCheckTargets,
  recordDraw,
} from '../../src/workflow/index.js';
import { JOINT_TASK } from './plans.js';
import { FIRE, HEALTH, RANDOMNESS, RANDOMNESS_DESCRIPTORS, REGION, SAMR, type Stage, YEAR } from './stage.js';
import { SAMPLE_EXCLUSION_WORDS, withWords } from './words.js';

/** What the draw step hands on. */
export interface DrawStep {
  readonly targets: readonly Target[];
  readonly inspectors: readonly Inspector[];
  readonly conflicts: readonly ConflictOfInterest[];
  readonly plan: SamplePlan;
  readonly pool: readonly PoolEntry[];
  readonly commitment: DrawCommitment;
  /** The record as drawn at the ceremony, and as it stands after the pre-visit replacement. */
  readonly drawn: DrawRecord;
  readonly record: DrawRecord;
  readonly task: InspectionTask;
}

/**
 * Plans the sample on the directories, commits, reveals, verifies and pre-checks the joint task's draw.
 *
 * @param stage - the run's stage
 * @param directories - the two directories (两库)
 * @returns the directories, the plan, the pool, the commitment, the records and the drawn task
 */
export async function drawStep(stage: Stage, directories: SyntheticDirectories): Promise<DrawStep> {
  const { targets, inspectors, conflicts } = directories;
  stage.say('== 4. 抽查方案 · Sampling plan → draw request');
  stage.at('2025-04-25T09:00:00+08:00');
  const policy = SAMPLING_PRESETS['daqing-lindian-2024'];
  const plan = planSample({
    targets,
    policy,
    asOf: '2025-05-06',
    filter: directoryFilter({
      regionPrefixes: [REGION.code],
      industryPrefixes: ['H62'],
      kinds: ['enterprise'],
      scales: ['small', 'medium', 'large'],
    }),
    randomness: RANDOMNESS_DESCRIPTORS,
    label: `${YEAR}-${REGION.code}-joint-catering`,
  });
  stage.say(
    `  preset ${policy.name} (${plan.policyId}), 定向 ${REGION.name} catering (H62) enterprises above micro scale`,
  );
  for (const s of Object.values(plan.strata))
    stage.say(
      `  ${s.creditClass} ${s.label}: pool ${s.inPool}, excluded ${s.excluded}, ${s.formula} → ${s.final}`,
    );
  const excluded = Object.entries(plan.exclusionCounts).filter(([, n]) => n > 0);
  const why = (c: string) => withWords(c, SAMPLE_EXCLUSION_WORDS[c as keyof typeof SAMPLE_EXCLUSION_WORDS]);
  stage.say(`  excluded (first reason each): ${excluded.map(([code, n]) => `${why(code)} ${n}`).join(', ')}`);
  stage.say(
    `  in pool ${plan.totals.inPool}, eligible ${plan.totals.eligible}, to draw ${plan.totals.planned}`,
  );
  stage.say();

  stage.say('== 5. 抽取承诺 · Commitment (published before the randomness exists)');
  const pool = plan.request.pool;
  let task = await stage.step(
    createTask(
      {
        name: JOINT_TASK.task,
        year: YEAR,
        mode: { kind: 'random', directed: true },
        initiator: SAMR,
        participants: [HEALTH, FIRE],
        items: [
          { id: 'SJ-002', department: SAMR, label: '餐饮服务食品安全检查' },
          { id: 'WJ-001', department: HEALTH, label: '公共场所卫生检查' },
          { id: 'XF-001', department: FIRE, label: '人员密集场所消防安全检查' },
        ],
        period: JOINT_TASK.inspectionDates,
        industry: JOINT_TASK.industry,
        planId: 'jp-2025-dalate',
        actor: SAMR,
      },
      stage.ctx,
    ),
  );
  const commitment = commitDraw(plan.request);
  task = await stage.step(commitTask(task, { commitment, actor: SAMR }, stage.ctx));
  stage.say(`  commitment digest ${commitment.digest}`);
  for (const line of describeRandomness(commitment).split('; ')) stage.say(`  randomness: ${line}`);
  stage.say();

  stage.say('== 6. 公开抽取 · Randomness revealed at the ceremony, targets drawn and verified');
  stage.at('2025-04-28T10:00:00+08:00');
  for (const r of RANDOMNESS) stage.say(`  revealed: ${r}`);
  const drawn = revealDraw(commitment, pool, [...RANDOMNESS]);
  stage.say(`  seed ${drawn.seed}; ${drawn.selected.length} drawn of ${drawn.pool.count}`);
  const check = verifyDraw(drawn, pool, { commitment: commitment.digest });
  stage.say(
    `  verifyDraw against the published digest: ${check.valid ? 'valid' : 'INVALID'} (${check.anchor})`,
  );
  const byId = new Map(targets.map((t) => [t.id as string, t]));
  const directory = pool.map((p) => {
    const t = byId.get(p.id);
    return {
      id: p.id,
      name: t?.name ?? p.id,
      ...(isValidUscc(p.id) ? { uscc: p.id } : {}),
      ...(p.stratum === undefined ? {} : { stratum: p.stratum }),
    };
  });
  task = await stage.step(recordDraw(task, { record: drawn, targets: directory, actor: SAMR }, stage.ctx));
  stage.say();

  stage.say('== 7. 检查前预查比对 · Pre-visit check');
  stage.at('2025-05-05T09:00:00+08:00');
  const gone = drawn.selected[drawn.selected.length - 1]?.id ?? '';
  let record = drawn;
  task = await stage.step(
    preCheckTargets(
      task,
      {
        record: drawn,
        statuses: { [gone]: 'deregistered' },
        replace: (r, id, why) => {
          record = replaceInDraw(r, pool, id, why);
          return record;
        },
        directory,
        actor: SAMR,
      },
      stage.ctx,
    ),
  );
  if (task.state.status !== 'drawn') throw new Error(`expected a drawn task, got ${task.state.status}`);
  for (const r of task.state.replacements)
    stage.say(`  ${r.replacedId} found 注销 (deregistered) → replaced by ${r.replacementId}`);
  stage.say(`  verifyDraw after replacement: ${verifyDraw(record, pool).valid ? 'valid' : 'INVALID'}`);
  stage.say();
  return { targets, inspectors, conflicts, plan, pool, commitment, drawn, record, task };
}
