import type { CreditRiskClass, TargetKind, TargetScale, TargetStatus } from '../directories/index.js';

/**
 * The credit-class mix of the synthetic targets: 鄂尔多斯 2024, of about 87,000 enterprises A 68,000, B 12,700,
 * C 3,131, D 3,184 (≈ 78% A, 15% B, 3.6% C, 3.7% D).
 *
 * @example
 * ```ts
 * SYNTHETIC_CREDIT_MIX.find((m) => m.value === 'A')?.weight; // 68000
 * ```
 */
export const SYNTHETIC_CREDIT_MIX = [
  { value: 'A', weight: 68_000, source: '鄂尔多斯市 2024 企业信用风险分类结果' },
  { value: 'B', weight: 12_700, source: '鄂尔多斯市 2024 企业信用风险分类结果' },
  { value: 'C', weight: 3_131, source: '鄂尔多斯市 2024 企业信用风险分类结果' },
  { value: 'D', weight: 3_184, source: '鄂尔多斯市 2024 企业信用风险分类结果' },
] as const satisfies readonly { value: CreditRiskClass; weight: number; source: string }[];

/**
 * Weights of the target kinds in synthetic directories (illustrative: most are 个体工商户 and 企业).
 *
 * @example
 * ```ts
 * SYNTHETIC_KIND_MIX[0].value; // 'individual-business'
 * ```
 */
export const SYNTHETIC_KIND_MIX = [
  { value: 'individual-business', weight: 5800 },
  { value: 'enterprise', weight: 3600 },
  { value: 'farmer-cooperative', weight: 300 },
  { value: 'public-institution', weight: 40 },
  { value: 'social-organization', weight: 30 },
  { value: 'project', weight: 60 },
  { value: 'specific-person', weight: 20 },
  { value: 'facility', weight: 80 },
  { value: 'venue', weight: 30 },
  { value: 'product', weight: 30 },
  { value: 'conduct', weight: 10 },
] as const satisfies readonly { value: TargetKind; weight: number }[];

/**
 * Weights of the 鄂尔多斯 divisions (illustrative, larger for the urban districts).
 *
 * @example
 * ```ts
 * SYNTHETIC_REGION_MIX[0].value; // '150602' 东胜区
 * ```
 */
export const SYNTHETIC_REGION_MIX = [
  { value: '150602', weight: 30 },
  { value: '150603', weight: 6 },
  { value: '150621', weight: 12 },
  { value: '150622', weight: 14 },
  { value: '150623', weight: 4 },
  { value: '150624', weight: 6 },
  { value: '150625', weight: 5 },
  { value: '150626', weight: 6 },
  { value: '150627', weight: 17 },
] as const satisfies readonly { value: string; weight: number }[];

/**
 * Scales of synthetic enterprises and cooperatives (individual businesses are `micro`).
 *
 * @example
 * ```ts
 * SYNTHETIC_SCALE_MIX[0]; // { value: 'micro', weight: 70 }
 * ```
 */
export const SYNTHETIC_SCALE_MIX = [
  { value: 'micro', weight: 70 },
  { value: 'small', weight: 22 },
  { value: 'medium', weight: 6 },
  { value: 'large', weight: 2 },
] as const satisfies readonly { value: TargetScale; weight: number }[];

/**
 * Registration statuses of synthetic targets (illustrative).
 *
 * @example
 * ```ts
 * SYNTHETIC_STATUS_MIX[0].value; // 'operating'
 * ```
 */
export const SYNTHETIC_STATUS_MIX = [
  { value: 'operating', weight: 920 },
  { value: 'suspended', weight: 30 },
  { value: 'deregistered', weight: 20 },
  { value: 'revoked', weight: 15 },
  { value: 'cancelled', weight: 5 },
  { value: 'moved-out', weight: 10 },
] as const satisfies readonly { value: TargetStatus; weight: number }[];

/**
 * Industries of synthetic targets: a GB/T 4754-2017 class, a word for names, tags, and a weight.
 *
 * @example
 * ```ts
 * SYNTHETIC_INDUSTRIES[0].code; // 'A0141'
 * ```
 */
export const SYNTHETIC_INDUSTRIES = [
  { code: 'A0141', word: '蔬菜种植', tags: ['农产品'], weight: 3 },
  { code: 'A0311', word: '肉牛养殖', tags: ['农产品', '畜牧'], weight: 2 },
  { code: 'A0313', word: '养羊', tags: ['农产品', '畜牧'], weight: 3 },
  { code: 'B0610', word: '煤炭', tags: ['安全生产', '矿山'], weight: 3 },
  { code: 'C1411', word: '食品', tags: ['食品', '生产'], weight: 2 },
  { code: 'C1441', word: '乳业', tags: ['食品', '生产'], weight: 1 },
  { code: 'C2614', word: '化工', tags: ['安全生产', '危险化学品'], weight: 1 },
  { code: 'C3011', word: '水泥', tags: ['产品质量', '生产'], weight: 1 },
  { code: 'D4411', word: '电力', tags: ['特种设备'], weight: 1 },
  { code: 'E4710', word: '建筑工程', tags: ['建设工程'], weight: 4 },
  { code: 'F5212', word: '超市', tags: ['食品', '流通'], weight: 12 },
  { code: 'F5221', word: '粮油', tags: ['食品', '流通'], weight: 6 },
  { code: 'F5251', word: '药店', tags: ['药品', '流通'], weight: 4 },
  { code: 'F5274', word: '五金建材', tags: ['产品质量', '流通'], weight: 6 },
  { code: 'G5431', word: '物流', tags: ['道路运输'], weight: 5 },
  { code: 'H6110', word: '酒店', tags: ['住宿', '消防'], weight: 3 },
  { code: 'H6210', word: '餐饮', tags: ['食品', '餐饮'], weight: 16 },
  { code: 'H6220', word: '快餐', tags: ['食品', '餐饮'], weight: 6 },
  { code: 'K7010', word: '房地产开发', tags: ['房地产'], weight: 1 },
  { code: 'O8051', word: '美容美发', tags: ['公共场所'], weight: 8 },
  { code: 'O8111', word: '汽车修理', tags: ['机动车维修'], weight: 5 },
] as const satisfies readonly { code: string; word: string; tags: readonly string[]; weight: number }[];

/**
 * Syllables for synthetic trade names (字号).
 *
 * @example
 * ```ts
 * TRADE_NAME_SYLLABLES[0]; // '鑫'
 * ```
 */
export const TRADE_NAME_SYLLABLES = [
  ...'鑫盛恒泰华兴隆达源丰瑞祥宏通顺安德福利新晟蒙鄂尔多斯草原金银博远聚昌明辉腾飞越嘉禾',
] as const;

/**
 * Common surnames (姓) for synthetic inspector names.
 *
 * @example
 * ```ts
 * SURNAMES[0]; // '王'
 * ```
 */
export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
] as const;

/**
 * Characters for synthetic given names (名).
 *
 * @example
 * ```ts
 * GIVEN_NAME_CHARACTERS[0]; // '伟'
 * ```
 */
export const GIVEN_NAME_CHARACTERS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红志峰宇浩凯丹斌博文俊晨欣怡嘉瑞佳琳雪梅海波乐',
] as const;
