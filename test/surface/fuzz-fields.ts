import { drawTargets } from '../../src/draw/index.js';
import { samrChecklist } from '../directories/checklists/fixtures.js';
import { target } from '../directories/fixtures.js';

/**
 * Where a function's domain is known field by field: a valid call, the argument that is an object of options or
 * a spec, and for each of its fields the bad inputs (by their label in `BAD_INPUTS`) that are nevertheless valid
 * values. Every other bad input in that field must be refused with an `SsjError`: an answer means the function
 * silently read garbage (a wrong-typed option ignored, `kinds: ''` taken as "no kinds").
 */
export interface FieldDomain {
  /** The export, as named in its entry point. */
  readonly name: string;
  /** The module it is exported from. */
  readonly module: string;
  /** A valid call's arguments, built fresh. */
  readonly args: () => unknown[];
  /** Which argument is the object whose fields are fuzzed. */
  readonly position: number;
  /** Per field: the labels of the bad inputs that are valid values of that field. */
  readonly fields: Readonly<Record<string, readonly string[]>>;
}

/** Labels of the bad inputs that are strings (of any content). */
const STRINGS = [
  "''",
  '1,000,000-character string',
  'lone surrogate',
  "'2025-02-30'",
  "'2025-2-3'",
  "'2025-01-20T00:00:00' (no offset)",
  "'Jan 20 2025'",
] as const;
const OPTIONAL = ['undefined'] as const;
const OPTIONAL_BOOLEAN = ['undefined', 'true'] as const;
const SEED = 'ab'.repeat(32);
const POOL = () => [
  { id: 'a', stratum: 'A' },
  { id: 'b', stratum: 'B' },
];
const FULL_FILTER = () => ({
  kinds: ['enterprise'],
  scales: ['small'],
  industryPrefixes: ['F'],
  regionPrefixes: ['1506'],
  statuses: ['operating'],
  creditClasses: ['A'],
  tags: ['食品'],
  anyTags: ['食品'],
  abnormal: false,
  active: true,
});
const FILTER_FIELDS = {
  kinds: OPTIONAL,
  scales: OPTIONAL,
  industryPrefixes: OPTIONAL,
  regionPrefixes: OPTIONAL,
  statuses: OPTIONAL,
  creditClasses: OPTIONAL,
  tags: OPTIONAL,
  anyTags: OPTIONAL,
  abnormal: OPTIONAL_BOOLEAN,
  active: OPTIONAL_BOOLEAN,
};

export const FIELD_DOMAINS: readonly FieldDomain[] = [
  {
    name: 'applyFilter',
    module: 'directories',
    args: () => [[target()], FULL_FILTER()],
    position: 1,
    fields: FILTER_FIELDS,
  },
  {
    name: 'matchesFilter',
    module: 'directories',
    args: () => [target(), FULL_FILTER()],
    position: 1,
    fields: FILTER_FIELDS,
  },
  {
    name: 'compileIndustryHandbook',
    module: 'directories',
    args: () => [
      { industry: 'H62', title: '餐饮业一业一册', lead: 'samr' },
      [samrChecklist()],
      { includeAllIndustryItems: true, keyItemsOnly: false },
    ],
    position: 2,
    fields: { includeAllIndustryItems: OPTIONAL_BOOLEAN, keyItemsOnly: OPTIONAL_BOOLEAN },
  },
  {
    name: 'importTargets',
    module: 'directories',
    args: () => [
      [],
      { defaultKind: 'enterprise', existingIds: new Set<string>(), firstRow: 2, headerMap: { 名称: 'name' } },
    ],
    position: 1,
    fields: {
      defaultKind: OPTIONAL,
      existingIds: OPTIONAL,
      firstRow: [...OPTIONAL, '0'],
      headerMap: [...OPTIONAL, '{}'],
    },
  },
  {
    name: 'importInspectors',
    module: 'directories',
    args: () => [[], { existingIds: new Set<string>(), firstRow: 2, headerMap: { 姓名: 'name' } }],
    position: 1,
    fields: { existingIds: OPTIONAL, firstRow: [...OPTIONAL, '0'], headerMap: [...OPTIONAL, '{}'] },
  },
  {
    name: 'importChecklistItems',
    module: 'directories',
    args: () => [[], { department: 'samr', firstRow: 2, existing: samrChecklist() }],
    position: 1,
    fields: {
      // A department id is any text of 1–100 characters (a host's own departments too).
      department: [
        ...OPTIONAL,
        'lone surrogate',
        "'2025-02-30'",
        "'2025-2-3'",
        "'2025-01-20T00:00:00' (no offset)",
        "'Jan 20 2025'",
      ],
      firstRow: [...OPTIONAL, '0'],
      existing: OPTIONAL,
    },
  },
  {
    name: 'parsePoolFile',
    module: 'draw',
    args: () => ['id\na\n', { format: 'csv', name: 'pool.csv', encoding: 'utf-8' }],
    position: 1,
    fields: { format: OPTIONAL, name: [...OPTIONAL, ...STRINGS], encoding: OPTIONAL },
  },
  {
    name: 'drawTargets',
    module: 'draw',
    args: () => [{ pool: POOL(), sample: { count: 1 }, seed: SEED, exclude: [] }],
    position: 0,
    fields: { pool: ['[]'], sample: [], seed: [], exclude: [...OPTIONAL, '[]'] },
  },
  {
    name: 'mergeShards',
    module: 'draw',
    args: () => [{ shards: [], sample: { count: 1 }, seed: SEED, exclude: [] }],
    position: 0,
    fields: { shards: ['[]'], sample: [], seed: [], exclude: [...OPTIONAL, '[]'] },
  },
  {
    name: 'describeRandomness',
    module: 'draw',
    args: () => [{ randomnessSource: '福彩3D 第2026335期' }],
    position: 0,
    fields: {
      randomnessSource: [
        '1,000,000-character string',
        "'2025-02-30'",
        "'2025-2-3'",
        "'2025-01-20T00:00:00' (no offset)",
        "'Jan 20 2025'",
        'lone surrogate',
      ],
    },
  },
  {
    name: 'verifyDraw',
    module: 'draw',
    args: () => [
      drawTargets({ pool: POOL(), sample: { count: 1 }, seed: SEED }),
      POOL(),
      { allowDirect: true },
    ],
    position: 2,
    fields: {
      // A commitment object that is not the record's is a verification problem (an answer), not bad input.
      commitment: [
        ...OPTIONAL,
        '{}',
        '[]',
        'sparse array',
        'array of garbage',
        '__proto__ key',
        'Date(NaN)',
        'wrong field types',
        'an object with a huge length',
      ],
      verifyBeacon: [...OPTIONAL, 'a function'],
      allowDirect: OPTIONAL_BOOLEAN,
    },
  },
  {
    name: 'drawShard',
    module: 'draw',
    args: () => [{ pool: POOL(), seed: SEED, keep: 2, exclude: [] }],
    position: 0,
    fields: {
      pool: ['[]'],
      seed: [],
      keep: ['0', '{}', '__proto__ key', 'an object with a huge length'],
      exclude: [...OPTIONAL, '[]'],
    },
  },
  {
    name: 'createWorkCalendar',
    module: 'calendar',
    args: () => [{ schedules: [], extraHolidays: [], extraWorkdays: [], strict: false }],
    position: 0,
    fields: {
      schedules: [...OPTIONAL, '[]'],
      extraHolidays: [...OPTIONAL, '[]'],
      extraWorkdays: [...OPTIONAL, '[]'],
      strict: OPTIONAL_BOOLEAN,
    },
  },
];
