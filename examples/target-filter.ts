/**
 * A directed draw's pool (定向抽查): the targets of a directory that pass a filter, and a filter that would
 * silently empty the pool refused instead.
 *
 * Run: `npx tsx examples/target-filter.ts`
 */
import { pathToFileURL } from 'node:url';
import { isSsjError } from '../src/core/index.js';
import { applyFilter, createTargetSnapshot, matchesFilter } from '../src/directories/index.js';

const base = {
  kind: 'enterprise',
  region: '150621',
  creditAsOf: '2024-12-01',
  abnormal: false,
  active: true,
  history: [],
} as const;

/** Three targets of 达拉特旗: a restaurant (class C), a shop (class A) and a closed restaurant. */
export const TARGETS = [
  {
    ...base,
    id: '91150621MA0Q5XKD7K',
    name: '达拉特旗某某餐饮店',
    industry: 'H6210',
    creditClass: 'C',
    status: 'operating',
    tags: ['食品'],
  },
  {
    ...base,
    id: '91150621MA0Q123457',
    name: '达拉特旗鑫盛商贸有限公司',
    industry: 'F5212',
    creditClass: 'A',
    status: 'operating',
    tags: [],
  },
  {
    ...base,
    id: '91150621MA0Q99999B',
    name: '达拉特旗某某饭庄',
    industry: 'H6210',
    creditClass: 'C',
    status: 'deregistered',
    tags: ['食品'],
  },
];

/** Filters the directory for operating restaurants of credit class C or D, and shows a refused filter. */
export function main(): string[] {
  const lines: string[] = [];
  const snapshot = createTargetSnapshot(TARGETS);
  // #region apply
  const filter = { industryPrefixes: ['H62'], statuses: ['operating'], creditClasses: ['C', 'D'] } as const;
  const pool = applyFilter(snapshot.entries, filter);
  // #endregion apply
  lines.push(`pool: ${pool.map((t) => t.name).join(', ')}`);
  // #region match
  const shop = snapshot.entries.find((t) => t.industry === 'F5212');
  const shopMatches = shop !== undefined && matchesFilter(shop, filter);
  // #endregion match
  lines.push(`the shop matches: ${shopMatches}`);
  try {
    applyFilter(snapshot.entries, { kinds: '' } as never);
  } catch (error) {
    if (isSsjError(error)) lines.push(`${error.code} at ${error.issues[0]?.path.join('.')}`);
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
