import { describe, expect, it } from 'vitest';
import { main } from '../../examples/checklist-versions.js';

describe('examples/checklist-versions.ts', () => {
  const out = main();
  const lines = out.split('\n');

  it('imports the good rows and reports the bad one with its row number and each problem', () => {
    expect(lines[0]).toBe('== Import: 3 items accepted, 1 rejected');
    const row5 = lines.filter((l) => l.startsWith('row 5 (SJ-004)'));
    expect(row5.map((l) => l.split(':')[0])).toEqual([
      'row 5 (SJ-004) content',
      'row 5 (SJ-004) 检查方式.0',
      'row 5 (SJ-004) legalBasis',
    ]);
  });

  it('shows the guidance, the gaps, and the change log of the revision', () => {
    expect(out).toContain('检查依据: 《企业信息公示暂行条例》第十五条');
    expect(out).toContain('items without guidance: SJ-002, SJ-003');
    expect(out).toContain('added: SJ-005');
    expect(out).toContain('removed: SJ-003');
    expect(out).toMatch(/changed SJ-001\.content: .* → .*公示信息的更正情况/);
    expect(out).toContain('diff v1→v2: +1 −1 ~1');
  });

  it('gives the entry deadline: 10 working days after 2025-09-26 is 2025-10-16 (国庆节 and make-up days)', () => {
    expect(out).toContain('enter into the platform by 2025-10-16 (10 working days after 2025-09-26');
  });

  it('bundles a joint item and an industry handbook across departments, and shows the work rules', () => {
    expect(out).toContain('== Joint item LH-001 餐饮服务单位食品安全和消防安全联合检查: samr + fire-rescue');
    expect(out).toContain('samr/SJ-002, fire-rescue/XF-001');
    expect(out).toContain('publish within 20 working days (达政办发〔2023〕70号 三（九）)');
  });
});
