import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../../src/core/index.js';
import { compileIndustryHandbook, createIndustryHandbook } from '../../../src/directories/index.js';
import { errorOf, fireChecklist, samrChecklist } from './fixtures.js';

describe('industry handbook (一业一册)', () => {
  const checklists = [samrChecklist(), fireChecklist()];
  const meta = { industry: 'H62', title: '餐饮业“一业一册”', lead: 'samr' };

  it('bundles the items of several departments that apply to one industry', () => {
    const handbook = compileIndustryHandbook(meta, checklists);
    expect(handbook.items).toEqual([
      { department: 'samr', code: 'SJ-002' },
      { department: 'fire-rescue', code: 'XF-001' },
    ]);
    expect(handbook.departments).toEqual(['samr', 'fire-rescue']);
    expect(handbook.basedOn.map((v) => v.digest)).toEqual(checklists.map((c) => c.digest));
  });

  it('can take the items for every industry too, or key items only', () => {
    const all = compileIndustryHandbook(meta, checklists, { includeAllIndustryItems: true });
    expect(all.items.map((r) => r.code)).toEqual(['SJ-001', 'SJ-002', 'SJ-003', 'XF-001']);
    const key = compileIndustryHandbook(meta, checklists, {
      includeAllIndustryItems: true,
      keyItemsOnly: true,
    });
    expect(key.items.map((r) => r.code)).toEqual(['SJ-002', 'SJ-003', 'XF-001']);
  });

  it('refuses an industry no item applies to', () => {
    const error = errorOf(() => compileIndustryHandbook({ ...meta, industry: 'B06' }, checklists));
    expect(isSsjError(error, 'CHECKLIST_HANDBOOK_INVALID')).toBe(true);
  });

  it('checks chosen items exist and apply to the industry', () => {
    const ok = createIndustryHandbook(
      { ...meta, items: [{ department: 'fire-rescue', code: 'XF-001' }] },
      checklists,
    );
    expect(ok.departments).toEqual(['fire-rescue']);
    const notFound = errorOf(() =>
      createIndustryHandbook({ ...meta, items: [{ department: 'samr', code: 'SJ-404' }] }, checklists),
    );
    expect(isSsjError(notFound, 'CHECKLIST_ITEM_NOT_FOUND')).toBe(true);
    const wrongIndustry = errorOf(() =>
      createIndustryHandbook(
        { ...meta, industry: 'F52', items: [{ department: 'samr', code: 'SJ-002' }] },
        checklists,
      ),
    );
    expect(isSsjError(wrongIndustry, 'CHECKLIST_HANDBOOK_INVALID')).toBe(true);
    const twice = errorOf(() =>
      createIndustryHandbook(
        {
          ...meta,
          items: [
            { department: 'samr', code: 'SJ-002' },
            { department: 'samr', code: 'SJ-002' },
          ],
        },
        checklists,
      ),
    );
    expect(isSsjError(twice, 'CHECKLIST_HANDBOOK_INVALID')).toBe(true);
  });
});
