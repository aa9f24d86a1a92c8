import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../../src/core/index.js';
import { createJointChecklist, jointEntriesOf } from '../../../src/directories/index.js';
import { errorOf, fireChecklist, samrChecklist } from './fixtures.js';

const entry = {
  code: 'LH-001',
  name: '餐饮服务单位食品安全和消防安全联合检查',
  departments: ['samr', 'fire-rescue'],
  items: [
    { department: 'samr', code: 'SJ-002' },
    { department: 'fire-rescue', code: 'XF-001' },
  ],
};
const input = { title: '部门联合随机抽查事项清单', effectiveFrom: '2025-03-01', entries: [entry] };

describe('joint checklist (部门联合随机抽查事项清单)', () => {
  const checklists = [samrChecklist(), fireChecklist()];

  it('is made by the 旗市场监管局 and names the departments that inspect each item together', () => {
    const joint = createJointChecklist(input, checklists);
    expect(joint.owner).toBe('samr');
    expect(joint.entries[0]?.departments).toEqual(['samr', 'fire-rescue']);
    expect(joint.basedOn.map((v) => [v.department, v.version])).toEqual([
      ['samr', 1],
      ['fire-rescue', 1],
    ]);
    expect(joint.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(joint.entries[0]?.items)).toBe(true);
    expect(jointEntriesOf(joint, 'fire-rescue').map((e) => e.code)).toEqual(['LH-001']);
    expect(jointEntriesOf(joint, 'taxation')).toEqual([]);
  });

  it('a joint item needs at least two departments, each with an item of its own', () => {
    const one = errorOf(() =>
      createJointChecklist(
        { ...input, entries: [{ ...entry, departments: ['samr'], items: [entry.items[0]] }] },
        checklists,
      ),
    );
    expect(isSsjError(one, 'CHECKLIST_JOINT_INVALID')).toBe(true);
    const idle = errorOf(() =>
      createJointChecklist({ ...input, entries: [{ ...entry, items: [entry.items[0]] }] }, checklists),
    );
    expect(isSsjError(idle, 'CHECKLIST_JOINT_INVALID')).toBe(true);
    const foreign = errorOf(() =>
      createJointChecklist(
        {
          ...input,
          entries: [{ ...entry, items: [...entry.items, { department: 'taxation', code: 'SW-1' }] }],
        },
        checklists,
      ),
    );
    expect(isSsjError(foreign, 'CHECKLIST_JOINT_INVALID')).toBe(true);
  });

  it('refers only to items that exist in the departments’ checklists', () => {
    const error = errorOf(() =>
      createJointChecklist(
        {
          ...input,
          entries: [{ ...entry, items: [{ department: 'samr', code: 'SJ-404' }, entry.items[1]] }],
        },
        checklists,
      ),
    );
    expect(isSsjError(error, 'CHECKLIST_ITEM_NOT_FOUND')).toBe(true);
    if (isSsjError(error)) expect(error.issues[0]?.path).toEqual(['entries', 0, 'items', 0]);
  });

  it('keeps joint item codes unique', () => {
    const error = errorOf(() => createJointChecklist({ ...input, entries: [entry, entry] }, checklists));
    expect(isSsjError(error, 'CHECKLIST_DUPLICATE_ITEM_CODE')).toBe(true);
  });

  it('refuses two versions of one department’s checklist', () => {
    const error = errorOf(() => createJointChecklist(input, [...checklists, samrChecklist()]));
    expect(isSsjError(error, 'CHECKLIST_INVALID')).toBe(true);
  });
});
