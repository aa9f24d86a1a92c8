import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInspectorRow } from '../../../src/directories/import/inspector-row-check.js';
import {
  INSPECTOR_HEADER_MAP,
  importInspectors,
  importInspectorsStream,
  importRows,
  inspectorRowSchema,
} from '../../../src/directories/index.js';

/** Mapped rows (cells by field name) that the schema takes: an officer, a staff member, an expert, a bare one. */
const GOOD: readonly Readonly<Record<string, unknown>>[] = [
  {
    id: 'samr-001',
    name: '王明',
    department: '旗市场监管局',
    role: '执法人员',
    certificateNumber: 150621000001,
    certificateValidFrom: '2023/1/1',
    certificateValidTo: '2027-12-31',
    specialties: '食品安全、特种设备',
    regions: '150621；150622',
    active: '是',
  },
  { id: ' s-2 ', name: '李华 ', department: 'samr', role: '日常监管人员', regions: 150602, active: 'no' },
  {
    id: 'x-1',
    name: '赵强',
    department: '旗公安局',
    role: '专家',
    affiliationKind: '检测机构',
    affiliationName: '鄂尔多斯市检验检测中心',
    specialties: '计量',
  },
  { id: 7, name: '钱七', department: 'county-office', role: 'enforcement' },
];

/** Every field the import maps to, and one it does not. */
const FIELD_NAMES = [...new Set(Object.values(INSPECTOR_HEADER_MAP)), 'remark'];

/** Cells a sheet may hold: good ones of each column, near misses, and anything. */
const cell = fc.oneof(
  fc.constantFrom('', ' ', '是', '否', 'yes', '0', 0, 1, 2, true, null, '在岗', '离岗'),
  fc.constantFrom(
    '执法人员',
    '监管人员',
    '行政执法人员',
    '专家',
    'expert',
    'staff',
    ' staff ',
    'toString',
    '警察',
  ),
  fc.constantFrom(
    'samr',
    ' samr ',
    '旗市场监管局',
    '旗公安局 ',
    'x'.repeat(101),
    '检测机构',
    '科研院所',
    '行业',
  ),
  fc.constantFrom('testing-body', ' 行业专家 ', 'industry ', 'N-1', 'N'.repeat(65), 150621000002, Number.NaN),
  fc.constantFrom(
    '2023/1/1',
    '2023-02-29',
    '2024-02-29',
    '2028.1.1',
    ' 2022-12-31 ',
    '2027-12-31',
    '20240101',
  ),
  fc.constantFrom(
    '150621',
    '150621、150622',
    '050621',
    '15062',
    150627,
    '150621；',
    '食品安全；',
    'x'.repeat(51),
  ),
  fc.string({ maxLength: 6 }),
  fc.constant(undefined),
);

describe('the good-row check of the inspector import', () => {
  it('gives exactly the schema’s inspector whenever it gives one, for rows with any cells changed (property)', () => {
    const schema = inspectorRowSchema();
    let taken = 0;
    fc.assert(
      fc.property(
        fc.nat(GOOD.length - 1),
        fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), cell), { maxLength: 3 }),
        (i, edits) => {
          const fields: Record<string, unknown> = { ...GOOD[i] };
          for (const [k, v] of edits) fields[k] = v;
          for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
          const fast = checkInspectorRow(fields);
          const slow = schema.safeParse(fields);
          if (fast === undefined) return;
          taken++;
          expect(slow.success).toBe(true);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
          expect(fast).toEqual(slow.data);
          for (const list of ['certificates', 'specialties', 'regions'] as const)
            expect(Object.isFrozen(fast[list])).toBe(Object.isFrozen(slow.data?.[list]));
          expect(Object.isFrozen(fast.certificates[0])).toBe(Object.isFrozen(slow.data?.certificates[0]));
          expect(Object.isFrozen(fast.affiliation)).toBe(Object.isFrozen(slow.data?.affiliation));
        },
      ),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it('takes the good rows, so they skip the schema', () => {
    for (const fields of GOOD) expect(checkInspectorRow(fields)).toEqual(inspectorRowSchema().parse(fields));
  });

  it('leaves every near miss to the schema', () => {
    const officer = GOOD[0] as Record<string, unknown>;
    const misses = [
      { ...officer, certificateValidTo: '2022-12-31' },
      { ...officer, certificateValidTo: undefined },
      { ...officer, role: '专家' },
      { ...officer, affiliationName: '某检测站' },
      { ...officer, regions: '15062' },
      { ...officer, department: '  ' },
      { ...officer, remark: '新调入' },
    ].map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)));
    for (const fields of misses) expect(checkInspectorRow(fields)).toBeUndefined();
  });
});

describe('the inspector import with the good-row check', () => {
  it('gives what the schema alone gives, row for row, array or stream', async () => {
    const headerOf = Object.fromEntries(
      Object.entries(INSPECTOR_HEADER_MAP).map(([header, field]) => [field, header]),
    );
    const toRow = (fields: Readonly<Record<string, unknown>>) =>
      Object.fromEntries(Object.entries(fields).map(([k, v]) => [headerOf[k] ?? k, v]));
    const rows = [
      ...GOOD.map(toRow),
      toRow({ ...GOOD[0], id: 'samr-009', certificateValidTo: '2020-1-1' }),
      toRow({ ...GOOD[1], id: 'samr-001' }),
      { ...toRow({ ...GOOD[3], id: 'n-2' }), 备注: 'x' },
      { ...toRow({ ...GOOD[3], id: 'n-3' }), 人员编号: 'n-4' },
    ];
    const bySchema = importRows(rows, {
      headerMap: INSPECTOR_HEADER_MAP,
      schema: inspectorRowSchema(),
      idOf: (i) => i.id,
      firstRow: 2,
    });
    const fromArray = importInspectors(rows);
    expect(fromArray.accepted.map((i) => i.id)).toEqual([' s-2 '.trim(), 'x-1', '7', 'n-2']);
    expect(fromArray).toEqual(bySchema);
    expect(JSON.stringify(fromArray)).toBe(JSON.stringify(bySchema));
    expect(await importInspectorsStream(rows)).toEqual(bySchema);
  });
});
