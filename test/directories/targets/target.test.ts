import { describe, expect, it } from 'vitest';
import {
  isMarketSubjectKind,
  TARGET_KINDS,
  targetKindFromLabel,
  targetSchema,
  targetStatusFromLabel,
} from '../../../src/directories/index.js';
import { target } from '../fixtures.js';

describe('target kinds (检查对象类型)', () => {
  it('lists every kind the regulation names, with its Chinese name', () => {
    expect(TARGET_KINDS.map((k) => k.name)).toEqual([
      '企业',
      '个体工商户',
      '农民专业合作社',
      '事业单位',
      '社团法人',
      '项目工程',
      '特定人员',
      '设施设备',
      '场地场所',
      '产品',
      '行为',
    ]);
  });

  it('keys only 企业, 个体工商户 and 农民专业合作社 by USCC', () => {
    expect(TARGET_KINDS.filter((k) => isMarketSubjectKind(k.kind)).map((k) => k.name)).toEqual([
      '企业',
      '个体工商户',
      '农民专业合作社',
    ]);
  });

  it('reads Chinese labels', () => {
    expect(targetKindFromLabel('项目工程')).toBe('project');
    expect(targetStatusFromLabel('存续')).toBe('operating');
    expect(targetStatusFromLabel('吊销')).toBe('revoked');
    expect(targetStatusFromLabel('营业中')).toBeUndefined();
  });
});

describe('targetSchema', () => {
  it('accepts a complete enterprise', () => {
    expect(targetSchema.safeParse(target()).success).toBe(true);
  });

  it('rejects an enterprise whose id is not a valid 统一社会信用代码', () => {
    const result = targetSchema.safeParse(target({ id: '91150621MA0Q123450' as never }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['id']);
    expect(result.error?.issues[0]?.message).toContain('统一社会信用代码');
  });

  it('lets a product carry its own id', () => {
    expect(targetSchema.safeParse(target({ id: 'product-0001' as never, kind: 'product' })).success).toBe(
      true,
    );
  });

  it('rejects a bad region, industry, credit class or date', () => {
    for (const bad of [
      { region: '15062' },
      { industry: 'C13111' },
      { creditClass: 'E' },
      { creditAsOf: '2024-02-30' },
    ]) {
      expect(targetSchema.safeParse({ ...target(), ...bad }).success).toBe(false);
    }
  });
});
