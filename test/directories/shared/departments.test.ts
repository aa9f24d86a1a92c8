import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, departmentById, isDepartmentId } from '../../../src/directories/index.js';

describe('the joint-meeting departments (附件1 二、成员组成)', () => {
  it('has the 29 law-enforcement departments the source counts', () => {
    expect(DEPARTMENTS).toHaveLength(29);
  });

  it('gives every department a unique ASCII id and a unique name', () => {
    expect(new Set(DEPARTMENTS.map((d) => d.id)).size).toBe(29);
    expect(new Set(DEPARTMENTS.map((d) => d.name)).size).toBe(29);
    for (const d of DEPARTMENTS) expect(d.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('names each member as the source lists it, in its order', () => {
    expect(DEPARTMENTS[0]?.name).toBe('旗发改委');
    expect(departmentById('samr')?.name).toBe('旗市场监管局');
    expect(departmentById('ecology-environment')?.name).toBe('鄂尔多斯市生态环境局达拉特旗分局');
    expect(DEPARTMENTS[28]?.name).toBe('鄂尔多斯市交通运输综合行政执法支队达拉特旗大队');
  });

  it('cites the source on every entry', () => {
    for (const d of DEPARTMENTS) expect(d.source).toContain('达政办发〔2023〕70号');
  });

  it('tells its own ids from others', () => {
    expect(isDepartmentId('public-security')).toBe(true);
    expect(isDepartmentId('tobacco')).toBe(false);
    expect(isDepartmentId(3)).toBe(false);
  });
});
