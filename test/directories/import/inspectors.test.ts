import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/core/index.js';
import { hasValidCertificate, importInspectors } from '../../../src/directories/index.js';

const officer = {
  人员编号: 'samr-001',
  姓名: '王明',
  所属部门: '旗市场监管局',
  人员类别: '执法人员',
  执法证号: 150621000001,
  执法证有效期起: '2023/1/1',
  执法证有效期止: '2027-12-31',
  业务专长: '食品安全、特种设备',
  负责区域: '150621；150622',
  是否在岗: '是',
};

describe('importInspectors (执法检查人员导入)', () => {
  it('reads an enforcement officer from a row with Chinese headers', () => {
    const { accepted, rejected } = importInspectors([officer]);
    expect(rejected).toEqual([]);
    expect(accepted[0]).toEqual({
      id: 'samr-001',
      name: '王明',
      department: 'samr',
      role: 'enforcement',
      certificates: [{ number: '150621000001', validFrom: '2023-01-01', validTo: '2027-12-31' }],
      specialties: ['食品安全', '特种设备'],
      regions: ['150621', '150622'],
      active: true,
    });
    expect(hasValidCertificate(accepted[0] as never, '2025-06-01' as IsoDate)).toBe(true);
    expect(hasValidCertificate(accepted[0] as never, '2028-01-01' as IsoDate)).toBe(false);
  });

  it('reads an expert from a testing body (检测机构)', () => {
    const { accepted } = importInspectors([
      {
        人员编号: 'x-1',
        姓名: '李华',
        所属部门: 'samr',
        人员类别: '专家',
        专家来源: '检测机构',
        专家所在单位: '鄂尔多斯市检验检测中心',
      },
    ]);
    expect(accepted[0]?.role).toBe('expert');
    expect(accepted[0]?.affiliation).toEqual({ kind: 'testing-body', name: '鄂尔多斯市检验检测中心' });
  });

  it('rejects an expert without an affiliation, a certificate missing a date, and one that ends before it starts', () => {
    const { accepted, rejected } = importInspectors([
      { 人员编号: 'x-2', 姓名: '张三', 所属部门: 'samr', 人员类别: '专家' },
      { ...officer, 人员编号: 'samr-002', 执法证有效期止: undefined },
      { ...officer, 人员编号: 'samr-003', 执法证有效期止: '2022-12-31' },
    ]);
    expect(accepted).toEqual([]);
    expect(rejected.map((r) => [r.row, r.problems[0]?.path[0]])).toEqual([
      [2, 'affiliation'],
      [3, '执法证有效期止'],
      [4, '执法证有效期止'],
    ]);
  });

  it('rejects a certificate date that is not a real date, never throwing for the row', () => {
    const { accepted, rejected } = importInspectors([
      { ...officer, 执法证有效期止: '20271231' },
      { ...officer, 人员编号: 'samr-002', 执法证有效期起: '2023-02-29' },
    ]);
    expect(accepted).toEqual([]);
    expect(rejected.map((r) => [r.row, r.problems.map((p) => p.path[0])])).toEqual([
      [2, ['执法证有效期止']],
      [3, ['执法证有效期起']],
    ]);
  });

  it('reports duplicate inspector ids instead of merging', () => {
    const { accepted, rejected } = importInspectors([officer, { ...officer, 姓名: '王敏' }]);
    expect(accepted).toEqual([]);
    expect(rejected.map((r) => r.row)).toEqual([2, 3]);
  });
});
