import { parseWith } from '../core/internal.js';
import type { ConflictOfInterest, Inspector, Target } from '../directories/index.js';
import { generateDirectoriesOptionsSchema } from './options-schema.js';
import { createRng } from './seeded-rng.js';
import { generateInspectors } from './synthetic-inspectors.js';
import { generateTargets } from './synthetic-targets.js';

/**
 * Reasons of synthetic conflicts of interest (利害关系).
 *
 * @example
 * ```ts
 * SYNTHETIC_CONFLICT_REASONS[0]; // '近亲属任该企业法定代表人'
 * ```
 */
export const SYNTHETIC_CONFLICT_REASONS = [
  '近亲属任该企业法定代表人',
  '近亲属在该企业任职',
  '曾在该企业任职未满三年',
  '与该企业存在经济往来',
] as const;

/** Options of {@link generateDirectories}. */
export interface GenerateDirectoriesOptions {
  /** Any string; the same seed always gives the same directories. */
  readonly seed: string;
  /** How many targets (default 1,000). */
  readonly targets?: number;
  /** Inspectors per department (default 12). */
  readonly inspectorsPerDepartment?: number;
  /** How many declared conflicts of interest (default 1 per 50 inspectors, at least 1 when both exist). */
  readonly conflicts?: number;
  /** Only these 6-digit region codes, for targets and inspectors alike (default: the 鄂尔多斯 mix). */
  readonly regions?: readonly string[];
}

/** Both synthetic directories with declared conflicts. */
export interface SyntheticDirectories {
  readonly targets: Target[];
  readonly inspectors: Inspector[];
  readonly conflicts: ConflictOfInterest[];
}

/**
 * Generates both directories (两库) and some declared conflicts of interest between them, from one seed.
 *
 * @param options - seed and sizes ({@link GenerateDirectoriesOptions})
 * @returns `{ targets, inspectors, conflicts }`, conflicts unique per (inspector, target)
 * @throws {SsjError} `INVALID_INPUT` when a size is not a whole number in range, `regions` is empty or holds a
 *   code that is not 6 digits, or an option is not one of these
 * @example
 * ```ts
 * const { targets, inspectors, conflicts } = generateDirectories({ seed: 'demo', targets: 500 });
 * ```
 *
 * @example
 * Run in `examples/synthetic-data.ts`:
 *
 * {@includeCode ../../examples/synthetic-data.ts#targets}
 */
export function generateDirectories(options: GenerateDirectoriesOptions): SyntheticDirectories {
  parseWith(generateDirectoriesOptionsSchema, options, 'generateDirectories options');
  const regions = options.regions === undefined ? {} : { regions: options.regions };
  const targets = generateTargets({ seed: options.seed, count: options.targets ?? 1000, ...regions });
  const inspectors = generateInspectors({
    seed: options.seed,
    ...regions,
    ...(options.inspectorsPerDepartment === undefined
      ? {}
      : { perDepartment: options.inspectorsPerDepartment }),
  });
  const rng = createRng(`conflicts\n${options.seed}`);
  const wanted =
    targets.length === 0 || inspectors.length === 0
      ? 0
      : Math.min(
          options.conflicts ?? Math.max(1, Math.floor(inspectors.length / 50)),
          targets.length * inspectors.length,
        );
  const seen = new Set<string>();
  const conflicts: ConflictOfInterest[] = [];
  while (conflicts.length < wanted) {
    const inspector = rng.pick(inspectors);
    const target = rng.pick(targets);
    const key = `${inspector.id}\n${target.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    conflicts.push({
      inspectorId: inspector.id,
      targetId: target.id,
      reason: rng.pick(SYNTHETIC_CONFLICT_REASONS),
    });
  }
  return { targets, inspectors, conflicts };
}
