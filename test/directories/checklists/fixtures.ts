import { type Checklist, type ChecklistItemInput, createChecklist } from '../../../src/directories/index.js';

/** Sample items of the 旗市场监管局 (illustrative, modelled on published 随机抽查事项清单). */
export const SAMR_ITEMS: readonly ChecklistItemInput[] = [
  {
    code: 'SJ-001',
    department: 'samr',
    category: '企业公示信息抽查',
    name: '企业公示信息情况检查',
    content: '企业年度报告公示信息；企业即时公示信息',
    methods: ['written-review', 'on-site', 'online-monitoring'],
    legalBasis: [{ law: '企业信息公示暂行条例', article: '第十五条' }],
    priority: 'general',
    targetKinds: ['enterprise', 'farmer-cooperative'],
    guidance: {
      why: '企业对公示信息的真实性、及时性负责，抽查是信用监管的基础',
      what: '年度报告及即时信息是否按时公示、内容是否真实',
      how: '比对登记档案、财务报表，必要时实地核查住所',
      requirements: ['执法人员不少于2人', '检查之日起20个工作日内公示结果'],
    },
  },
  {
    code: 'SJ-002',
    department: 'samr',
    category: '食品安全监督检查',
    name: '餐饮服务食品安全检查',
    content: '许可证照、从业人员健康管理、原料控制、加工过程',
    methods: ['on-site'],
    legalBasis: [
      { law: '中华人民共和国食品安全法', article: '第一百一十条' },
      { law: '餐饮服务食品安全操作规范' },
    ],
    priority: 'key',
    targetKinds: ['enterprise', 'individual-business'],
    industries: ['H62'],
  },
  {
    code: 'SJ-003',
    department: 'samr',
    category: '特种设备安全监督检查',
    name: '特种设备使用单位检查',
    content: '使用登记、定期检验、作业人员持证',
    methods: ['on-site', 'entrusted'],
    legalBasis: [{ law: '中华人民共和国特种设备安全法', article: '第五十七条' }],
    priority: 'key',
    targetKinds: ['enterprise', 'facility'],
  },
];

/** Sample items of the 消防救援支队. */
export const FIRE_ITEMS: readonly ChecklistItemInput[] = [
  {
    code: 'XF-001',
    department: 'fire-rescue',
    category: '消防监督检查',
    name: '人员密集场所消防安全检查',
    content: '疏散通道、安全出口、消防设施',
    methods: ['on-site'],
    legalBasis: [{ law: '中华人民共和国消防法', article: '第五十三条' }],
    priority: 'key',
    targetKinds: ['enterprise', 'venue'],
    industries: ['H'],
  },
];

/** The 旗市场监管局's checklist, version 1. */
export function samrChecklist(): Checklist {
  return createChecklist({
    department: 'samr',
    title: '旗市场监管局随机抽查事项清单',
    effectiveFrom: '2025-01-01',
    items: SAMR_ITEMS,
  });
}

/** The 消防救援支队's checklist, version 1. */
export function fireChecklist(): Checklist {
  return createChecklist({
    department: 'fire-rescue',
    title: '消防救援支队随机抽查事项清单',
    effectiveFrom: '2025-01-01',
    items: FIRE_ITEMS,
  });
}

/** Runs `run` and returns what it threw; fails the test when it returns normally. */
export function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
