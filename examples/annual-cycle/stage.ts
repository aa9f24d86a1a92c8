/**
 * What every step of the annual-cycle demo shares: the fixed setting (达拉特旗 2025, the three departments of the
 * joint task, the public randomness), the workflow context with a hand-moved clock and sequential ids, the
 * hash-chained audit store, and the printer.
 */

import { type IsoInstant, parseInstant, sequentialIds } from '../../src/core/index.js';
import { DEPARTMENTS } from '../../src/directories/index.js';
import type { RandomnessDescriptor } from '../../src/draw/index.js';
import {
  type AuditEventInput,
  createMemoryAuditStore,
  createWorkflowContext,
  type InspectionTask,
  type WorkflowContext,
} from '../../src/workflow/index.js';

/** 达拉特旗: the region of the demo and its year. */
export const REGION = { code: '150621', name: '达拉特旗' } as const;
/** The year of the cycle: one with an official holiday schedule. */
export const YEAR = 2025;

/** The joint task: 旗市场监管局 initiates, 旗卫健委 and 消防救援支队 take part. */
export const SAMR = 'samr';
export const HEALTH = 'health';
export const FIRE = 'fire-rescue';
export const JOINT_DEPARTMENTS = [SAMR, HEALTH, FIRE] as const;

/** Department names (Attachment 2 of 达政办发〔2023〕70号), by id. */
export const NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  DEPARTMENTS.map((d) => [d.id, d.name]),
);

/**
 * The public randomness, fixed in the commitment with its one spelling before it exists (docs/ceremony.md): the
 * 福彩3D draw of issue 2025110 and three dice thrown at the ceremony in front of the notary.
 */
export const RANDOMNESS_DESCRIPTORS = [
  { kind: 'lottery', game: '福彩3D', issue: '2025110', count: 3, min: 0, max: 9, order: 'drawn' },
  { kind: 'dice', event: '2025-04-28 10:00 抽取会, 达拉特旗市场监管局 (公证处监督)', dice: 3, faces: 6 },
] as const satisfies readonly RandomnessDescriptor[];

/** The values read out at the ceremony (the demo's own; a real draw reads the official result). */
export const RANDOMNESS = ['4 7 2', '6 3 5'] as const;

/** Options of the demo's `main`. */
export interface DemoOptions {
  /** Where the published artefacts go (default `demo-output`, or `$SSJ_DEMO_OUT`). */
  readonly outDir?: string;
  /** Prints one line of the summary (default `console.log`). */
  readonly print?: (line: string) => void;
  /** Reports progress of slow steps (default: to stderr). */
  readonly progress?: (line: string) => void;
}

/** The shared state of one run: printer, clock, context and audit trail. */
export interface Stage {
  readonly say: (line?: string) => void;
  readonly progress: (line: string) => void;
  readonly ctx: WorkflowContext;
  /** Moves the demo clock to an instant (China time). */
  readonly at: (instant: string) => void;
  /** Appends the event of a step to the audit trail and returns the step's task. */
  readonly step: (r: {
    readonly task: InspectionTask;
    readonly event: AuditEventInput;
  }) => Promise<InspectionTask>;
  readonly log: (event: AuditEventInput) => Promise<unknown>;
  readonly audit: ReturnType<typeof createMemoryAuditStore>;
}

/**
 * Makes the stage of one run; every run starts from the same clock and id sequence, so runs replay.
 *
 * @param say - prints one line of the summary
 * @param progress - reports progress of a slow step
 * @returns the stage
 */
export function createStage(say: (line?: string) => void, progress: (line: string) => void): Stage {
  let now: IsoInstant = parseInstant('2025-01-06T09:00:00+08:00');
  const ctx = createWorkflowContext({ clock: (): IsoInstant => now, newId: sequentialIds() });
  const audit = createMemoryAuditStore();
  const log = (event: AuditEventInput) => audit.append(event);
  return {
    say,
    progress,
    ctx,
    at: (instant) => {
      now = parseInstant(instant);
    },
    step: async (r) => {
      await log(r.event);
      return r.task;
    },
    log,
    audit,
  };
}
