/**
 * 两库: the inspection-target directory of 达拉特旗 (about 20,000 synthetic targets) and the inspector directory of
 * the 29 member departments, with declared conflicts of interest, from one seed.
 */
import { generateDirectories, type SyntheticDirectories } from '../../src/testing/index.js';
import { REGION, type Stage } from './stage.js';

/** Directory size, seed and region: about 20,000 synthetic targets in 达拉特旗, the same every run. */
export const DIRECTORY = {
  seed: 'dalate-annual-cycle-2025',
  targets: 20_000,
  regions: [REGION.code],
} as const;

/**
 * Generates both directories (两库), reporting progress, and prints their sizes.
 *
 * @param stage - the run's stage
 * @returns the targets, the inspectors and the declared conflicts
 */
export function directoryStep(stage: Stage): SyntheticDirectories {
  stage.say('== 3. 两库 · The directories');
  const started = performance.now();
  stage.progress(
    `  generating ${DIRECTORY.targets.toLocaleString('en')} synthetic targets and 29 departments' inspectors…`,
  );
  const directories = generateDirectories(DIRECTORY);
  stage.progress(`  … generated in ${Math.round(performance.now() - started)} ms`);
  const { targets, inspectors, conflicts } = directories;
  const local = targets.filter((t) => t.region === REGION.code).length;
  stage.say(`  检查对象名录 targets: ${targets.length} (of which ${REGION.name} ${REGION.code}: ${local})`);
  stage.say(
    `  执法检查人员名录 inspectors: ${inspectors.length} in 29 departments; declared conflicts: ${conflicts.length}`,
  );
  stage.say();
  return directories;
}
