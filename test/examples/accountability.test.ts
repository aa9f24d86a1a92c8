import { describe, expect, it } from 'vitest';
import { main } from '../../examples/accountability.js';

describe('examples/accountability.ts', () => {
  const out = main();
  const sections = out.split('== ').filter((s) => s.trim() !== '');

  it('assesses four officers, each with an explanation in Chinese and English', () => {
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      '王芳 (market, food safety): exempt',
      '李强 (market, product quality): accountable',
      '张伟 (health, public venues): needs-review',
      '赵敏 (emergency management, on a superior’s order): exempt',
    ]);
    for (const s of sections) {
      expect(s).toMatch(/结论：/);
      expect(s).toMatch(/Outcome: /);
    }
  });

  it('cites the clause of each ground, and the local basis of the added rule', () => {
    expect(sections[0]).toContain('依据达政办发〔2023〕70号四（二）免责情形1');
    expect(sections[1]).toContain('Accountability under 达政办发〔2023〕70号 四（二）问责情形3');
    expect(sections[2]).toContain('（参见达政办发〔2023〕70号四（二）问责情形2；');
    expect(sections[2]).toContain('待查明事实：造成后果');
    expect(sections[3]).toContain('四（二）免责情形4、某局执法责任制规定 第十二条');
  });
});
