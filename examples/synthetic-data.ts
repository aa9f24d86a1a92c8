/**
 * Seeded synthetic data for a host's own tests (模拟数据): the same seed gives the same directories, so a test can
 * pin what it draws from them.
 *
 * Run: `npx tsx examples/synthetic-data.ts`
 */
import { pathToFileURL } from 'node:url';
import { generateDirectories, generateInspectors, generateTargets, seedState } from '../src/testing/index.js';

/** Runs the example and returns what it prints. */
export function main(): string {
  const out: string[] = [];

  // #region seed
  const state = seedState('demo');
  out.push(
    `seedState('demo') is four 32-bit words: ${state.length}, the same again: ${seedState('demo').join() === state.join()}`,
  );
  // #endregion seed

  // #region inspectors
  const inspectors = generateInspectors({ seed: 'demo', perDepartment: 3, departments: ['samr', 'health'] });
  out.push(`inspectors: ${inspectors.map((i) => i.id).join(', ')}`);
  // #endregion inspectors

  // #region targets
  const targets = generateTargets({ seed: 'demo', count: 5, regions: ['150621'] });
  out.push(
    `targets in 达拉特旗: ${targets.length}, regions ${[...new Set(targets.map((t) => t.region))].join()}`,
  );
  const both = generateDirectories({ seed: 'demo', targets: 50, inspectorsPerDepartment: 2 });
  out.push(
    `directories: ${both.targets.length} targets, ${both.inspectors.length} inspectors, ${both.conflicts.length} conflicts`,
  );
  // #endregion targets

  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main());
