import { describe, expect, it } from 'vitest';
import { guidanceGaps, guidanceSheet } from '../../../src/directories/index.js';
import { samrChecklist } from './fixtures.js';

describe('guidance (一指引): 为何查、查什么、怎么查', () => {
  it('puts each item’s why, what, how and requirements together with its content, methods and legal basis', () => {
    const item = samrChecklist().items[0];
    if (item === undefined) throw new Error('fixture');
    const sheet = guidanceSheet(item);
    expect(sheet.name).toBe('企业公示信息情况检查');
    expect(sheet.methodNames).toEqual(['书面检查', '实地核查', '网络监测']);
    expect(sheet.legalBasis).toEqual(['《企业信息公示暂行条例》第十五条']);
    expect(sheet.guidance?.requirements).toContain('执法人员不少于2人');
    expect(sheet.source).toBe('达政办发〔2023〕70号 三（六）');
  });

  it('shows an item without guidance as such, and lists every item still lacking it (逐一明确)', () => {
    const checklist = samrChecklist();
    const item = checklist.items[1];
    if (item === undefined) throw new Error('fixture');
    expect(guidanceSheet(item).guidance).toBeNull();
    expect(guidanceGaps(checklist)).toEqual(['SJ-002', 'SJ-003']);
  });
});
