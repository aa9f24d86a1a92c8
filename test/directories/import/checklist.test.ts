import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChecklistItem,
  checklistItemSchema,
  createChecklist,
  DEPARTMENTS,
  formatLegalBasis,
  INSPECTION_METHODS,
  importChecklistItems,
  TARGET_KINDS,
} from '../../../src/directories/index.js';
import { samrChecklist } from '../checklists/fixtures.js';

/** Writes an item as a spreadsheet row with Chinese headers, the way a department's sheet has it. */
function toRow(item: ChecklistItem): Record<string, string> {
  const row: Record<string, string> = {
    事项编码: item.code,
    抽查类别: item.category,
    抽查事项: item.name,
    检查内容: item.content,
    检查方式: item.methods.map((m) => INSPECTION_METHODS[m].zh).join('、'),
    检查依据: item.legalBasis.map(formatLegalBasis).join('；'),
    抽查主体: DEPARTMENTS.find((d) => d.id === item.department)?.name ?? item.department,
    事项类型: item.priority === 'key' ? '重点检查事项' : '一般检查事项',
    检查对象类型: item.targetKinds.map((k) => TARGET_KINDS.find((t) => t.kind === k)?.name ?? k).join('、'),
    适用行业: item.industries.join('，'),
  };
  if (item.guidance !== undefined) {
    row.为何查 = item.guidance.why;
    row.查什么 = item.guidance.what;
    row.怎么查 = item.guidance.how;
    row.工作要求 = item.guidance.requirements.join('\n');
  }
  return row;
}

const word = fc.constantFrom('企业公示', '食品安全', '特种设备', '广告发布', '价格行为', '计量器具');
const itemArb = fc
  .record({
    department: fc.constantFrom('samr', 'fire-rescue', 'taxation'),
    category: word,
    name: word,
    content: word,
    methods: fc.uniqueArray(fc.constantFrom('written-review', 'on-site', 'online-monitoring', 'entrusted'), {
      minLength: 1,
    }),
    legalBasis: fc.array(
      fc.record({ law: word, article: fc.constantFrom('第一条', '第十五条') }, { requiredKeys: ['law'] }),
      { minLength: 1, maxLength: 3 },
    ),
    priority: fc.constantFrom('key', 'general'),
    targetKinds: fc.uniqueArray(fc.constantFrom(...TARGET_KINDS.map((k) => k.kind)), {
      minLength: 1,
      maxLength: 3,
    }),
    industries: fc.uniqueArray(fc.constantFrom('H', 'H62', 'F52', 'C1311'), { maxLength: 2 }),
    guidance: fc.option(
      fc.record({ why: word, what: word, how: word, requirements: fc.array(word, { maxLength: 3 }) }),
      {
        nil: undefined,
      },
    ),
  })
  .map((raw) => (code: string) => checklistItemSchema.parse({ ...raw, code }));

/** Ways to spoil a row; each must be reported. */
const SPOIL: Record<string, (row: Record<string, string>) => Record<string, string>> = {
  'no category': ({ 抽查类别: _c, ...rest }) => rest,
  'unknown method': (row) => ({ ...row, 检查方式: '电话抽查' }),
  'no legal basis': (row) => ({ ...row, 检查依据: '' }),
  'unknown priority': (row) => ({ ...row, 事项类型: '紧急' }),
  'unknown target kind': (row) => ({ ...row, 检查对象类型: '外星人' }),
  'bad industry': (row) => ({ ...row, 适用行业: '餐饮' }),
  'unknown department': (row) => ({ ...row, 抽查主体: '旗不存在局' }),
  'half guidance': (row) => ({ ...row, 为何查: '为何', 查什么: '', 怎么查: '' }),
};

describe('importChecklistItems (导入随机抽查事项清单)', () => {
  it('reads a sheet with Chinese headers into items ready for a checklist', () => {
    const rows = samrChecklist().items.map(toRow);
    const { accepted, rejected, unmappedHeaders } = importChecklistItems(rows);
    expect(rejected).toEqual([]);
    expect(unmappedHeaders).toEqual([]);
    expect(accepted).toEqual(samrChecklist().items);
    const checklist = createChecklist({
      department: 'samr',
      title: 't',
      effectiveFrom: '2025-01-01',
      items: accepted,
    });
    expect(checklist.items).toHaveLength(3);
  });

  it('takes the spellings of real sheets: 现场检查, 重点检查事项 是/否, 市场监管局 without 旗, 序号 as code', () => {
    const { accepted, rejected } = importChecklistItems(
      [
        {
          序号: 7,
          抽查类别: '企业公示信息抽查',
          抽查事项: '企业公示信息情况检查',
          检查内容: '年度报告',
          检查方式: '书面审查，现场检查',
          检查依据: '企业信息公示暂行条例第十五条',
          实施主体: '市场监管局',
          重点检查事项: '否',
          检查对象: '企业;农民专业合作社',
          备注: '示例',
        },
      ],
      {
        headerMap: {
          序号: 'code',
          抽查类别: 'category',
          抽查事项: 'name',
          检查内容: 'content',
          检查方式: 'methods',
          检查依据: 'legalBasis',
          实施主体: 'department',
          重点检查事项: 'priority',
          检查对象: 'targetKinds',
        },
      },
    );
    expect(rejected).toEqual([]);
    expect(accepted[0]).toMatchObject({
      code: '7',
      department: 'samr',
      methods: ['written-review', 'on-site'],
      legalBasis: [{ law: '企业信息公示暂行条例', article: '第十五条' }],
      priority: 'general',
      targetKinds: ['enterprise', 'farmer-cooperative'],
    });
  });

  it('reports a bad row with its row number and every problem, naming the column', () => {
    const good = toRow(samrChecklist().items[0] as ChecklistItem);
    const { accepted, rejected } = importChecklistItems([
      good,
      { ...good, 事项编码: 'SJ-009', 检查方式: '电话抽查', 事项类型: '紧急', 抽查主体: '旗烟草局' },
    ]);
    expect(accepted).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.row).toBe(3);
    expect(rejected[0]?.id).toBe('SJ-009');
    expect(rejected[0]?.problems.map((p) => p.path[0]).sort()).toEqual(
      ['事项类型', '抽查主体', '检查方式'].sort(),
    );
  });

  it('reports every row that repeats a code within a department, never merging them', () => {
    const [a, b] = samrChecklist().items.map(toRow);
    const { accepted, rejected } = importChecklistItems([
      a,
      { ...b, 事项编码: 'SJ-001' },
      { ...a, 抽查主体: '消防救援支队' },
    ]);
    expect(accepted.map((i) => `${i.department}/${i.code}`)).toEqual(['fire-rescue/SJ-001']);
    expect(rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(rejected[0]?.problems[0]?.message).toMatch(/rows 2, 3/);
  });

  it('rejects rows whose code the existing checklist already has (revise it instead)', () => {
    const rows = samrChecklist().items.map(toRow);
    const { accepted, rejected } = importChecklistItems(rows, { existing: samrChecklist() });
    expect(accepted).toEqual([]);
    expect(rejected).toHaveLength(3);
  });

  it('fills the department of a sheet without a 抽查主体 column', () => {
    const { 抽查主体: _d, ...row } = toRow(samrChecklist().items[0] as ChecklistItem);
    expect(importChecklistItems([row], { department: 'samr' }).accepted[0]?.department).toBe('samr');
    expect(importChecklistItems([row]).rejected[0]?.problems[0]?.path).toEqual(['department']);
  });

  it('never loses a valid row and never accepts an invalid one', () => {
    const sheet = fc.array(
      fc.tuple(itemArb, fc.option(fc.constantFrom(...Object.keys(SPOIL)), { nil: undefined })),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(sheet, (entries) => {
        const items = entries.map(([make], i) => make(`C-${i}`));
        const rows = entries.map(([, spoil], i) => {
          const row = toRow(items[i] as ChecklistItem);
          return spoil === undefined
            ? row
            : (SPOIL[spoil] as (r: Record<string, string>) => Record<string, string>)(row);
        });
        const { accepted, rejected } = importChecklistItems(rows);
        const valid = items.filter((_, i) => entries[i]?.[1] === undefined);
        expect(accepted).toEqual(valid);
        expect(rejected.map((r) => r.row)).toEqual(
          entries.flatMap(([, spoil], i) => (spoil === undefined ? [] : [i + 2])),
        );
        for (const r of rejected) expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws for rows of any shape', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.anything(),
            fc.dictionary(
              fc.constantFrom(
                '事项编码',
                '检查方式',
                '检查依据',
                '抽查主体',
                '检查对象类型',
                '适用行业',
                '为何查',
              ),
              fc.anything(),
            ),
          ),
          { maxLength: 10 },
        ),
        (rows) => {
          const { accepted, rejected } = importChecklistItems(rows);
          expect(accepted.length + rejected.length).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
