import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLegalBasis, type LegalBasis, parseLegalBasisText } from '../../../src/directories/index.js';

describe('legal basis (检查依据)', () => {
  it('cites a law as 《name》article', () => {
    expect(formatLegalBasis({ law: '企业信息公示暂行条例', article: '第十五条' })).toBe(
      '《企业信息公示暂行条例》第十五条',
    );
    expect(formatLegalBasis({ law: '餐饮服务食品安全操作规范' })).toBe('《餐饮服务食品安全操作规范》');
  });

  it('reads a cell citing several laws, keeping multi-article citations whole', () => {
    expect(
      parseLegalBasisText(
        '《企业信息公示暂行条例》第十五条；《中华人民共和国食品安全法》第一百一十条、第一百二十二条\n《餐饮服务食品安全操作规范》',
      ),
    ).toEqual([
      { law: '企业信息公示暂行条例', article: '第十五条' },
      { law: '中华人民共和国食品安全法', article: '第一百一十条、第一百二十二条' },
      { law: '餐饮服务食品安全操作规范' },
    ]);
  });

  it('reads citations written without book-title marks', () => {
    expect(parseLegalBasisText('企业信息公示暂行条例第十五条; 中华人民共和国广告法')).toEqual([
      { law: '企业信息公示暂行条例', article: '第十五条' },
      { law: '中华人民共和国广告法' },
    ]);
    expect(parseLegalBasisText('  ')).toEqual([]);
  });

  it('reads back what it writes, for any list of citations', () => {
    const name = fc.stringMatching(/^[\u4e00-\u9fa5]{2,12}$/);
    const article = fc.integer({ min: 1, max: 300 }).map((n) => `第${n}条`);
    const basis: fc.Arbitrary<LegalBasis> = fc.record({ law: name, article }, { requiredKeys: ['law'] });
    fc.assert(
      fc.property(
        fc.array(basis, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('；', ';', '\n', '、'),
        (list, sep) => {
          expect(parseLegalBasisText(list.map(formatLegalBasis).join(sep))).toEqual(list);
        },
      ),
      { numRuns: 300 },
    );
  });
});
