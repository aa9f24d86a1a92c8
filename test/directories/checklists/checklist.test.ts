import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../../src/core/index.js';
import { checklistDigest, checklistItem, createChecklist } from '../../../src/directories/index.js';
import { errorOf, SAMR_ITEMS, samrChecklist } from './fixtures.js';

describe('a department checklist (一单)', () => {
  it('keeps 抽查类别, 抽查事项, 检查内容, 检查方式, 检查依据 and the department of every item', () => {
    const checklist = samrChecklist();
    expect(checklist.version).toBe(1);
    expect(checklist.revision).toBeNull();
    const item = checklistItem(checklist, 'SJ-001');
    expect(item?.legalBasis).toEqual([{ law: '企业信息公示暂行条例', article: '第十五条' }]);
    expect(item?.methods).toEqual(['written-review', 'on-site', 'online-monitoring']);
    expect(item?.industries).toEqual([]);
    expect(checklistItem(checklist, 'SJ-404')).toBeUndefined();
  });

  it('strips the book-title marks from a law name', () => {
    const c = createChecklist({
      department: 'samr',
      title: 't',
      effectiveFrom: '2025-01-01',
      items: [{ ...SAMR_ITEMS[0], legalBasis: [{ law: '《企业信息公示暂行条例》', article: '第十五条' }] }],
    });
    expect(c.items[0]?.legalBasis[0]?.law).toBe('企业信息公示暂行条例');
  });

  it('rejects two items with one code in a department (事项编码 unique), naming each repeat', () => {
    const first = SAMR_ITEMS[0];
    const error = errorOf(() =>
      createChecklist({
        department: 'samr',
        title: 't',
        effectiveFrom: '2025-01-01',
        items: [
          first,
          SAMR_ITEMS[1],
          { ...SAMR_ITEMS[2], code: 'SJ-001' },
          { ...SAMR_ITEMS[1], code: 'SJ-001' },
        ],
      }),
    );
    expect(isSsjError(error, 'CHECKLIST_DUPLICATE_ITEM_CODE')).toBe(true);
    if (!isSsjError(error)) return;
    expect(error.issues.map((i) => i.path)).toEqual([
      ['items', 2, 'code'],
      ['items', 3, 'code'],
    ]);
  });

  it('rejects an item of another department', () => {
    const error = errorOf(() =>
      createChecklist({
        department: 'samr',
        title: 't',
        effectiveFrom: '2025-01-01',
        items: [{ ...SAMR_ITEMS[0], department: 'fire-rescue' }],
      }),
    );
    expect(isSsjError(error, 'CHECKLIST_ITEM_DEPARTMENT_MISMATCH')).toBe(true);
  });

  it('reports every malformed field with its path, never a ZodError', () => {
    const error = errorOf(() =>
      createChecklist({
        department: 'samr',
        title: '',
        effectiveFrom: '2025-02-30',
        items: [
          { ...SAMR_ITEMS[0], methods: [], legalBasis: [], priority: 'urgent', targetKinds: ['alien'] },
        ],
      }),
    );
    expect(isSsjError(error, 'CHECKLIST_INVALID')).toBe(true);
    if (!isSsjError(error)) return;
    const paths = error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'effectiveFrom',
        'items.0.methods',
        'items.0.legalBasis',
        'items.0.priority',
        'items.0.targetKinds.0',
      ]),
    );
  });

  it('rejects a repeated inspection method and a malformed industry code', () => {
    const error = errorOf(() =>
      createChecklist({
        department: 'samr',
        title: 't',
        effectiveFrom: '2025-01-01',
        items: [{ ...SAMR_ITEMS[0], methods: ['on-site', 'on-site'], industries: ['餐饮'] }],
      }),
    );
    expect(isSsjError(error, 'CHECKLIST_INVALID')).toBe(true);
  });

  it('is immutable: a version cannot be changed in place', () => {
    const checklist = samrChecklist();
    expect(Object.isFrozen(checklist)).toBe(true);
    expect(Object.isFrozen(checklist.items)).toBe(true);
    expect(Object.isFrozen(checklist.items[0]?.legalBasis[0])).toBe(true);
    expect(() => {
      (checklist.items as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('does not change the input it was made from', () => {
    const items = structuredClone(SAMR_ITEMS);
    createChecklist({ department: 'samr', title: 't', effectiveFrom: '2025-01-01', items });
    expect(items).toEqual(SAMR_ITEMS);
    expect(Object.isFrozen(items[0])).toBe(false);
  });

  it('has a digest over its content that any change alters', () => {
    const checklist = samrChecklist();
    expect(checklist.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(checklistDigest(checklist)).toBe(checklist.digest);
    expect(samrChecklist().digest).toBe(checklist.digest);
    expect(checklistDigest({ ...checklist, title: `${checklist.title} ` })).not.toBe(checklist.digest);
    const item = checklist.items[0];
    if (item === undefined) throw new Error('fixture');
    const changed = {
      ...checklist,
      items: [{ ...item, priority: 'key' as const }, ...checklist.items.slice(1)],
    };
    expect(checklistDigest(changed)).not.toBe(checklist.digest);
  });
});

describe('checklist digest (properties)', () => {
  const fields = [
    'category',
    'name',
    'content',
    'priority',
    'methods',
    'legalBasis',
    'targetKinds',
    'industries',
  ];
  it('changes when any field of any item changes, and ignores the key order of the input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SAMR_ITEMS.length - 1 }),
        fc.constantFrom(...fields),
        (index, field) => {
          const base = samrChecklist();
          const items = SAMR_ITEMS.map((item, i) => {
            if (i !== index) return item;
            const other: Record<string, unknown> = {
              category: `${item.category}甲`,
              name: `${item.name}甲`,
              content: `${item.content}甲`,
              priority: item.priority === 'key' ? 'general' : 'key',
              methods: item.methods.length > 1 ? item.methods.slice(1) : ['written-review'],
              legalBasis: [...item.legalBasis, { law: '新规章' }],
              targetKinds: [...item.targetKinds, 'product'],
              industries: [...(item.industries ?? []), 'A01'],
            };
            return { ...item, [field]: other[field] };
          });
          const changed = createChecklist({
            department: 'samr',
            title: base.title,
            effectiveFrom: '2025-01-01',
            items,
          });
          expect(changed.digest).not.toBe(base.digest);
          const reordered = SAMR_ITEMS.map((item) => Object.fromEntries(Object.entries(item).reverse()));
          const same = createChecklist({
            items: reordered,
            effectiveFrom: '2025-01-01',
            title: base.title,
            department: 'samr',
          });
          expect(same.digest).toBe(base.digest);
        },
      ),
      { numRuns: 60 },
    );
  });
});
