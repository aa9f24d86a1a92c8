import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { SafeResult } from '../../../src/core/index.js';
import {
  type Checklist,
  type ChecklistChange,
  type ChecklistInspectionMethod,
  type ChecklistItem,
  type ChecklistItemCode,
  type ChecklistItemPriority,
  type ChecklistRevision,
  type checklistItemSchema,
  defineWorkRules,
  type FieldChange,
  type ImportResult,
  type InspectorId,
  importChecklistItems,
  type JointChecklist,
  reviseChecklist,
  type TargetKind,
  type WorkRules,
} from '../../../src/directories/index.js';

describe('checklist types', () => {
  it('the item schema yields exactly a ChecklistItem', () => {
    expectTypeOf<z.output<typeof checklistItemSchema>>().toEqualTypeOf<ChecklistItem>();
  });

  it('an item code is branded: a plain string or another id is not one', () => {
    expectTypeOf<ChecklistItemCode>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<ChecklistItemCode>();
    expectTypeOf<InspectorId>().not.toExtend<ChecklistItemCode>();
  });

  it('methods, priority and target kinds are closed unions', () => {
    expectTypeOf<ChecklistInspectionMethod>().toEqualTypeOf<
      'written-review' | 'on-site' | 'online-monitoring' | 'entrusted'
    >();
    expectTypeOf<ChecklistItemPriority>().toEqualTypeOf<'key' | 'general'>();
    expectTypeOf<ChecklistItem['targetKinds']>().toEqualTypeOf<readonly TargetKind[]>();
  });

  it('a version and its parts are read-only', () => {
    const check = (c: Checklist, j: JointChecklist, w: WorkRules) => {
      // @ts-expect-error a version cannot be changed in place
      c.version = 2;
      // @ts-expect-error items cannot be pushed
      c.items.push(c.items[0]);
      // @ts-expect-error joint entries are read-only
      j.entries = [];
      // @ts-expect-error work rules are read-only
      w.taskApprover = { value: null, source: '' };
    };
    expectTypeOf(check).toBeFunction();
  });

  it('a field change pairs the field with values of that field', () => {
    const show = (f: FieldChange) => {
      if (f.field === 'priority') expectTypeOf(f.before).toEqualTypeOf<ChecklistItemPriority>();
      if (f.field === 'guidance') expectTypeOf(f.after).toEqualTypeOf<ChecklistItem['guidance']>();
    };
    expectTypeOf(show).toBeFunction();
  });

  it('changes are a tagged union; code and department cannot be updated', () => {
    expectTypeOf<ChecklistChange['op']>().toEqualTypeOf<'add' | 'remove' | 'update'>();
    // @ts-expect-error the code of an item is not an updatable field
    const bad: ChecklistChange = { op: 'update', code: 'SJ-001', set: { code: 'SJ-002' } };
    expectTypeOf(bad).toBeObject();
  });

  it('revise returns a new version whose revision is typed; imports return accepted items', () => {
    expectTypeOf(reviseChecklist).returns.toEqualTypeOf<Checklist>();
    expectTypeOf<Checklist['revision']>().toEqualTypeOf<ChecklistRevision | null>();
    expectTypeOf(importChecklistItems).returns.toEqualTypeOf<ImportResult<ChecklistItem>>();
    expectTypeOf(defineWorkRules).returns.toEqualTypeOf<WorkRules>();
    expectTypeOf<WorkRules['publication']['value']['workdays']>().toEqualTypeOf<number>();
    expectTypeOf<SafeResult<Checklist>>().toBeObject();
  });
});
