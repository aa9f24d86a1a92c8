/**
 * Seeded synthetic data for examples, benchmarks and host tests (模拟数据): realistic target and inspector
 * directories. The same seed always gives the same data.
 *
 * The public promise of `shuangsuiji/testing`, pinned by `test/surface/exported-names.test.ts`: a name added or
 * removed here is a change to the surface and belongs in `CHANGELOG.md`.
 *
 * @module testing
 */
export { seedState } from './seeded-rng.js';
export {
  type GenerateDirectoriesOptions,
  generateDirectories,
  SYNTHETIC_CONFLICT_REASONS,
  type SyntheticDirectories,
} from './synthetic-directories.js';
export {
  DEPARTMENT_SPECIALTIES,
  GENERAL_SPECIALTIES,
  type GenerateInspectorsOptions,
  generateInspectors,
} from './synthetic-inspectors.js';
export {
  SURNAMES,
  SYNTHETIC_CREDIT_MIX,
  SYNTHETIC_INDUSTRIES,
  SYNTHETIC_KIND_MIX,
  SYNTHETIC_REGION_MIX,
  SYNTHETIC_SCALE_MIX,
  SYNTHETIC_STATUS_MIX,
} from './synthetic-tables.js';
export { type GenerateTargetsOptions, generateTargets } from './synthetic-targets.js';
export { SYNTHETIC_USCC_CAPACITY } from './synthetic-uscc.js';
