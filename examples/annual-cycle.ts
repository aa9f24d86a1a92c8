/**
 * The annual cycle of 双随机、一公开 for 达拉特旗 (150621), 2025, on a synthetic directory of 20,000 targets and the
 * inspectors of the 29 departments of the joint meeting: checklists (一单) and a revision, the year's plans and
 * deadlines, a sampling plan turned into a draw, the commitment published before the randomness exists, the draw at
 * a public ceremony and its verification, a pre-visit replacement, inspectors matched at random for joint visits of
 * three departments, results recorded, reviewed and published (one late), follow-up, statistics, the audit trail and
 * an accountability report. Writes the published artefacts to `demo-output/` (or `$SSJ_DEMO_OUT`, or the first
 * argument), where `shuangsuiji verify-draw demo-output/draw-record.json demo-output/pool.csv` checks the draw.
 *
 * Run: `npm run demo` (= `npx tsx examples/annual-cycle.ts [outDir]`)
 */
import { pathToFileURL } from 'node:url';
import { verifyDraw } from '../src/draw/index.js';
import { createMemoryPublicationSink, formatAnnouncement } from '../src/workflow/index.js';
import { type Artefacts, writeArtefacts } from './annual-cycle/artefacts.js';
import { assignStep } from './annual-cycle/assign.js';
import { capsStep } from './annual-cycle/caps.js';
import { checklistStep } from './annual-cycle/checklists.js';
import { directoryStep } from './annual-cycle/directories.js';
import { drawStep } from './annual-cycle/draw.js';
import { inspectStep } from './annual-cycle/inspect.js';
import { planStep } from './annual-cycle/plans.js';
import { accountabilityStep, auditStep, statisticsStep } from './annual-cycle/report.js';
import { createStage, type DemoOptions, NAMES, REGION, YEAR } from './annual-cycle/stage.js';

export type { DemoOptions } from './annual-cycle/stage.js';

/** What a run returns: the printed summary, the artefacts and where they were written. */
export interface DemoResult {
  readonly output: string;
  readonly artefacts: Artefacts;
  readonly files: readonly string[];
}

/**
 * Runs the whole annual cycle (年度双随机抽查全流程), prints the summary and writes the published artefacts.
 *
 * @param options - where to write (`outDir`), and how to print the summary and the progress
 * @returns the printed summary, the artefacts and the paths written
 * @throws {SsjError} if a library step rejects its input (it does not, with the demo's fixed data)
 * @example
 * ```ts
 * const { artefacts } = await main({ outDir: 'out', print: () => {} });
 * verifyDraw(artefacts.record, artefacts.pool).valid; // true
 * ```
 */
export async function main(options: DemoOptions = {}): Promise<DemoResult> {
  const outDir = options.outDir ?? process.env.SSJ_DEMO_OUT ?? 'demo-output';
  const lines: string[] = [];
  const print = options.print ?? ((line: string) => console.log(line));
  const say = (line = '') => {
    lines.push(line);
    print(line);
  };
  const stage = createStage(say, options.progress ?? ((line) => process.stderr.write(`${line}\n`)));
  say(`双随机、一公开 · ${REGION.name} (${REGION.code}) ${YEAR} annual cycle`);
  say();

  checklistStep(stage);
  await planStep(stage);
  const drawn = await drawStep(stage, directoryStep(stage));
  const assigned = await assignStep(stage, drawn, drawn.task, drawn.record);
  const task = await inspectStep(stage, assigned.task, assigned.assignment);
  if (task.state.status !== 'follow-up-closed')
    throw new Error(`expected a closed task, got ${task.state.status}`);
  const sink = createMemoryPublicationSink();
  await sink.publish(task.state.publications);
  statisticsStep(stage, task);
  const events = await stage.audit.read();
  auditStep(stage, events);
  accountabilityStep(stage, task, assigned.assignment, drawn.inspectors);
  capsStep(stage, task);

  const artefacts: Artefacts = {
    commitment: drawn.commitment,
    record: drawn.record,
    pool: drawn.pool,
    assignment: assigned.assignment,
    inspectors: assigned.inspectors,
    assignTargets: assigned.targets,
    announcement: {
      title: `${task.name} 抽查结果公示`,
      text: formatAnnouncement(sink.published(), NAMES),
      records: sink.published(),
    },
    audit: events,
  };
  const files = await writeArtefacts(outDir, artefacts);
  say('== 15. 公示材料 · Published artefacts');
  for (const f of files) say(`  wrote ${f}`);
  say(
    `  draw record re-verified from the pool: ${verifyDraw(drawn.record, drawn.pool).valid ? 'valid' : 'INVALID'}`,
  );
  say(
    `  check it yourself: npx shuangsuiji verify-draw ${outDir}/draw-record.json ${outDir}/pool.csv --commitment ${drawn.commitment.digest}`,
  );
  say(
    `  and: npx shuangsuiji verify-assignment ${outDir}/assignment.json ${outDir}/inspectors.json ${outDir}/assignment-targets.json --draw ${outDir}/draw-record.json`,
  );
  return { output: lines.join('\n'), artefacts, files };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = process.argv[2];
  await main(outDir === undefined ? {} : { outDir });
}
