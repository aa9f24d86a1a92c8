import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEM_FIELDS,
  type ChecklistItem,
  type ChecklistItemCode,
  checklistItemSchema,
  diffChecklistItems,
  diffChecklists,
  isEmptyChecklistDiff,
} from '../../../src/directories/index.js';

const word = fc.constantFrom('企业公示', '食品安全', '特种设备', '广告', '价格', '计量');
const itemArb: fc.Arbitrary<ChecklistItem> = fc
  .record({
    code: fc.constantFrom('A1', 'A2', 'A3', 'A4', 'A5', 'A6'),
    department: fc.constantFrom('samr', 'fire-rescue'),
    category: word,
    name: word,
    content: word,
    methods: fc.uniqueArray(fc.constantFrom('written-review', 'on-site', 'online-monitoring', 'entrusted'), {
      minLength: 1,
    }),
    legalBasis: fc.array(
      fc.record({ law: word, article: fc.constantFrom('第一条', '第十五条') }, { requiredKeys: ['law'] }),
      { minLength: 1, maxLength: 2 },
    ),
    priority: fc.constantFrom('key', 'general'),
    targetKinds: fc.uniqueArray(fc.constantFrom('enterprise', 'individual-business', 'venue'), {
      minLength: 1,
    }),
    industries: fc.uniqueArray(fc.constantFrom('H', 'H62', 'F52'), { maxLength: 2 }),
    guidance: fc.option(fc.record({ why: word, what: word, how: word, requirements: fc.array(word) }), {
      nil: undefined,
    }),
  })
  .map((raw) => checklistItemSchema.parse(raw));

const itemsArb = fc.uniqueArray(itemArb, { selector: (i) => `${i.department}/${i.code}`, maxLength: 8 });

const keyOf = (i: { department: string; code: string }) => `${i.department}/${i.code}`;

describe('diffChecklists (清单比对)', () => {
  it('finds nothing between a version and itself', () => {
    fc.assert(
      fc.property(itemsArb, (items) => isEmptyChecklistDiff(diffChecklists({ items }, { items }))),
      { numRuns: 200 },
    );
  });

  it('is symmetric: what one direction adds the other removes, and changes swap before and after', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (a, b) => {
        const ab = diffChecklists({ items: a }, { items: b });
        const ba = diffChecklists({ items: b }, { items: a });
        expect(ab.added.map(keyOf).sort()).toEqual(ba.removed.map(keyOf).sort());
        expect(ab.removed.map(keyOf).sort()).toEqual(ba.added.map(keyOf).sort());
        const swapped = ba.changed.map((c) => ({
          ...c,
          fields: c.fields.map((f) => ({ field: f.field, before: f.after, after: f.before })),
        }));
        expect([...ab.changed].sort((x, y) => keyOf(x).localeCompare(keyOf(y)))).toEqual(
          swapped.sort((x, y) => keyOf(x).localeCompare(keyOf(y))),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('rebuilds the later version from the earlier one and the diff', () => {
    fc.assert(
      fc.property(itemsArb, itemsArb, (a, b) => {
        const diff = diffChecklists({ items: a }, { items: b });
        const removed = new Set(diff.removed.map(keyOf));
        const changes = new Map(diff.changed.map((c) => [keyOf(c), c.fields]));
        const rebuilt = a
          .filter((i) => !removed.has(keyOf(i)))
          .map((i) => {
            const next: Record<string, unknown> = { ...i };
            for (const f of changes.get(keyOf(i)) ?? []) {
              if (f.after === undefined) delete next[f.field];
              else next[f.field] = f.after;
            }
            return next;
          });
        const byKey = (xs: readonly object[]) =>
          new Map(xs.map((x) => [keyOf(x as ChecklistItem), JSON.stringify(x, Object.keys(x).sort())]));
        expect(byKey([...rebuilt, ...diff.added])).toEqual(byKey(b));
      }),
      { numRuns: 200 },
    );
  });

  it('names exactly the field that changed, whichever it is', () => {
    const otherValue: {
      [K in (typeof CHECKLIST_ITEM_FIELDS)[number]]: (item: ChecklistItem) => ChecklistItem[K];
    } = {
      category: (i) => `${i.category}（调整）`,
      name: (i) => `${i.name}（调整）`,
      content: (i) => `${i.content}（调整）`,
      methods: (i) =>
        !i.methods.includes('entrusted')
          ? [...i.methods, 'entrusted']
          : i.methods.length > 1
            ? i.methods.filter((m) => m !== 'entrusted')
            : ['on-site'],
      legalBasis: (i) => [...i.legalBasis, { law: '新规章' }],
      priority: (i) => (i.priority === 'key' ? 'general' : 'key'),
      targetKinds: (i) => [...i.targetKinds, 'product'],
      industries: (i) => [...i.industries, 'A01'],
      guidance: (i) =>
        i.guidance === undefined ? { why: 'w', what: 'w', how: 'h', requirements: [] } : undefined,
    };
    fc.assert(
      fc.property(itemArb, fc.constantFrom(...CHECKLIST_ITEM_FIELDS), (item, field) => {
        const value = otherValue[field](item);
        const changed: Record<string, unknown> = { ...item, [field]: value };
        if (value === undefined) delete changed[field];
        const fields = diffChecklistItems(item, changed as unknown as ChecklistItem);
        expect(fields.map((f) => f.field)).toEqual([field]);
        expect(fields[0]?.before).toEqual(item[field]);
        expect(fields[0]?.after).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('matches items by department and code, so the same code in two departments is two items', () => {
    const base = checklistItemSchema.parse({
      code: 'X-1',
      department: 'samr',
      category: 'c',
      name: 'n',
      content: 'x',
      methods: ['on-site'],
      legalBasis: [{ law: 'L' }],
      priority: 'general',
      targetKinds: ['enterprise'],
    });
    const other = { ...base, department: 'fire-rescue', code: 'X-1' as ChecklistItemCode };
    const diff = diffChecklists({ items: [base] }, { items: [other] });
    expect(diff.added).toEqual([other]);
    expect(diff.removed).toEqual([base]);
    expect(diff.changed).toEqual([]);
  });
});
