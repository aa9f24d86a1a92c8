import { describe, expect, it } from 'vitest';
import { main } from '../../examples/inspector-assignment.js';

describe('examples/inspector-assignment.ts', () => {
  const lines = main().split('\n');

  it('prints one team per department of the joint visit, each with two officers and a lead', () => {
    const teams = lines.filter((l) => /^ {2}\S+: lead /.test(l));
    expect(teams.map((l) => l.trim().split(':')[0])).toEqual(['市场监管局', '卫生健康委', '应急管理局']);
    for (const t of teams) expect(t.match(/\(officer #/g)).toHaveLength(2);
  });

  it('the specialists lead where a specialty is required, and the health team has its expert', () => {
    expect(lines[1]).toContain('lead S03 张伟');
    expect(lines[2]).toContain('lead H03 黄强');
    expect(lines[2]).toContain('E01 吴教授 (expert #1');
  });

  it('prints every exclusion with its reason: the conflict, the rotation and the expired certificate', () => {
    expect(lines).toContain('    excluded H02: conflict (declared conflict (回避): 配偶在该企业任职)');
    expect(lines).toContain('    excluded A01: rotation (inspected this target on 2024-06-18)');
    expect(lines).toContain(
      '  市场监管局 excluded S05: no-valid-certificate (no enforcement certificate valid on 2025-03-10)',
    );
  });

  it('recuses a member after the draw and the changed record still verifies', () => {
    expect(lines.at(-2)).toMatch(/^recused S0\d from 市场监管局, replaced by S0\d$/);
    expect(lines.at(-1)).toBe('verified: true (0 problems)');
  });
});
