import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, defaultCalendar } from '../../../src/calendar/index.js';
import { addDays, isSsjError, parseIsoDate } from '../../../src/core/index.js';
import {
  CHECKLIST_ENTRY_DEADLINE,
  type ChecklistChange,
  checklistDigest,
  diffChecklists,
  reviseChecklist,
} from '../../../src/directories/index.js';
import { errorOf, SAMR_ITEMS, samrChecklist } from './fixtures.js';

const NEW_ITEM = {
  code: 'SJ-004',
  category: '广告监督检查',
  name: '广告发布行为检查',
  content: '广告内容真实性、广告发布登记',
  methods: ['online-monitoring'],
  legalBasis: [{ law: '中华人民共和国广告法', article: '第四条' }],
  priority: 'general',
  targetKinds: ['enterprise'],
} as const;

describe('revising a checklist (动态调整)', () => {
  const v1 = samrChecklist();
  const changes: ChecklistChange[] = [
    { op: 'add', item: NEW_ITEM },
    { op: 'remove', code: 'SJ-003' },
    { op: 'update', code: 'SJ-001', set: { priority: 'key', methods: ['written-review'] } },
  ];
  const options = {
    reason: '《企业信息公示暂行条例》修订',
    legalBasisChangedOn: '2025-09-26',
    cause: 'law-amended',
  } as const;

  it('gives a new version and leaves the old one as it was', () => {
    const before = structuredClone(v1);
    const v2 = reviseChecklist(v1, changes, options);
    expect(v2.version).toBe(2);
    expect(v1).toEqual(before);
    expect(v2.items.map((i) => i.code)).toEqual(['SJ-001', 'SJ-002', 'SJ-004']);
    expect(v2.items[0]?.priority).toBe('key');
    expect(v2.items[0]?.guidance).toEqual(v1.items[0]?.guidance);
    expect(v2.items[2]?.department).toBe('samr');
    expect(v2.effectiveFrom).toBe('2025-09-26');
    expect(checklistDigest(v2)).toBe(v2.digest);
  });

  it('logs items added, removed and changed field by field, with reason, cause and date', () => {
    const v2 = reviseChecklist(v1, changes, options);
    const r = v2.revision;
    expect(r?.fromVersion).toBe(1);
    expect(r?.toVersion).toBe(2);
    expect(r?.previousDigest).toBe(v1.digest);
    expect(r?.reason).toBe('《企业信息公示暂行条例》修订');
    expect(r?.cause).toBe('law-amended');
    expect(r?.legalBasisChangedOn).toBe('2025-09-26');
    expect(r?.diff.added.map((i) => i.code)).toEqual(['SJ-004']);
    expect(r?.diff.removed.map((i) => i.code)).toEqual(['SJ-003']);
    expect(r?.diff.changed).toEqual([
      {
        department: 'samr',
        code: 'SJ-001',
        fields: [
          {
            field: 'methods',
            before: ['written-review', 'on-site', 'online-monitoring'],
            after: ['written-review'],
          },
          { field: 'priority', before: 'general', after: 'key' },
        ],
      },
    ]);
    expect(r?.diff).toEqual(diffChecklists(v1, v2));
  });

  it('a law changed on 2025-09-26 must be entered by 2025-10-16: 10 working days across 国庆节, with the make-up days', () => {
    const v2 = reviseChecklist(v1, changes, options);
    expect(v2.revision?.entryDeadline).toEqual({
      from: '2025-09-26',
      workdays: 10,
      due: '2025-10-16',
      provisional: false,
      source: '达政办发〔2023〕70号 三（三）',
    });
  });

  it('counts the entry deadline with the calendar passed in (a local day off moves it)', () => {
    const calendar = createWorkCalendar({ extraHolidays: [{ date: '2025-10-13', name: '本地休假' }] });
    const v2 = reviseChecklist(v1, changes, { ...options, calendar });
    expect(v2.revision?.entryDeadline.due).toBe('2025-10-17');
  });

  it('for any date, the deadline is the 10th working day after it', () => {
    const calendar = defaultCalendar();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 7 }), (offset) => {
        const changedOn = addDays(parseIsoDate('2019-01-01'), offset);
        const v2 = reviseChecklist(v1, [{ op: 'remove', code: 'SJ-002' }], {
          reason: 'r',
          legalBasisChangedOn: changedOn,
        });
        const due = v2.revision?.entryDeadline.due;
        expect(due).toBe(calendar.addWorkdays(changedOn, CHECKLIST_ENTRY_DEADLINE.value));
        expect(calendar.workdaysBetween(changedOn, due ?? changedOn)).toBe(10);
        expect(calendar.isWorkday(due ?? changedOn)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('chains versions: each revision names the digest of the one before', () => {
    const v2 = reviseChecklist(v1, changes, options);
    const v3 = reviseChecklist(
      v2,
      [{ op: 'update', code: 'SJ-002', set: { guidance: SAMR_ITEMS[0]?.guidance } }],
      {
        reason: '补充工作指引',
        legalBasisChangedOn: '2025-11-03',
        cause: 'work-practice',
      },
    );
    expect(v3.version).toBe(3);
    expect(v3.revision?.previousDigest).toBe(v2.digest);
    expect(v3.revision?.diff.changed[0]?.fields.map((f) => f.field)).toEqual(['guidance']);
    const v4 = reviseChecklist(v3, [{ op: 'update', code: 'SJ-002', set: { guidance: null } }], {
      reason: '撤回指引',
      legalBasisChangedOn: '2025-11-10',
    });
    expect(v4.items.find((i) => i.code === 'SJ-002')).not.toHaveProperty('guidance');
    expect(v4.revision).not.toHaveProperty('cause');
  });

  it.each([
    ['no changes', [], 'CHECKLIST_CHANGE_INVALID'],
    [
      'two changes to one item',
      [
        { op: 'remove', code: 'SJ-001' },
        { op: 'update', code: 'SJ-001', set: { name: 'x' } },
      ],
      'CHECKLIST_CHANGE_INVALID',
    ],
    [
      'a change that changes nothing',
      [{ op: 'update', code: 'SJ-001', set: { priority: 'general' } }],
      'CHECKLIST_CHANGE_INVALID',
    ],
    ['removing an unknown item', [{ op: 'remove', code: 'SJ-404' }], 'CHECKLIST_ITEM_NOT_FOUND'],
    [
      'updating an unknown item',
      [{ op: 'update', code: 'SJ-404', set: { name: 'x' } }],
      'CHECKLIST_ITEM_NOT_FOUND',
    ],
    [
      'adding an existing code',
      [{ op: 'add', item: { ...NEW_ITEM, code: 'SJ-002' } }],
      'CHECKLIST_DUPLICATE_ITEM_CODE',
    ],
    [
      'adding an item of another department',
      [{ op: 'add', item: { ...NEW_ITEM, department: 'taxation' } }],
      'CHECKLIST_ITEM_DEPARTMENT_MISMATCH',
    ],
    [
      'an update to a malformed value',
      [{ op: 'update', code: 'SJ-001', set: { methods: [] } }],
      'CHECKLIST_INVALID',
    ],
    [
      'an update of the code',
      [{ op: 'update', code: 'SJ-001', set: { code: 'SJ-100' } }],
      'CHECKLIST_CHANGE_INVALID',
    ],
  ] as const)('rejects %s', (_name, bad, code) => {
    const error = errorOf(() => reviseChecklist(v1, bad as unknown as ChecklistChange[], options));
    expect(isSsjError(error, code)).toBe(true);
  });

  it('requires a reason and a real date for the legal-basis change', () => {
    const noReason = errorOf(() => reviseChecklist(v1, changes, { ...options, reason: ' ' }));
    expect(isSsjError(noReason, 'CHECKLIST_CHANGE_INVALID')).toBe(true);
    const badDate = errorOf(() =>
      reviseChecklist(v1, changes, { ...options, legalBasisChangedOn: '2025-13-01' }),
    );
    expect(isSsjError(badDate, 'CHECKLIST_CHANGE_INVALID')).toBe(true);
    if (isSsjError(badDate)) expect(badDate.issues[0]?.path).toEqual(['legalBasisChangedOn']);
  });

  it('reports the path of a bad field inside a change', () => {
    const error = errorOf(() =>
      reviseChecklist(v1, [{ op: 'update', code: 'SJ-002', set: { industries: ['X9'] } }], options),
    );
    expect(isSsjError(error, 'CHECKLIST_INVALID')).toBe(true);
    if (isSsjError(error)) expect(error.issues[0]?.path).toEqual(['changes', 0, 'set', 'industries', 0]);
  });
});
