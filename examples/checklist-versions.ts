/**
 * Checklist versions (一单的动态调整): import a department's random-inspection checklist from spreadsheet rows,
 * revise it after a change in its legal basis, see the change log and the 10-working-day entry deadline, and
 * bundle items into a joint checklist and an industry handbook.
 *
 * ALL DATA HERE IS AN ILLUSTRATIVE EXAMPLE (示例数据), modelled on published 随机抽查事项清单; it is not any
 * department's official checklist, and the revision below is hypothetical.
 *
 * Run: `npx tsx examples/checklist-versions.ts`
 */
import { pathToFileURL } from 'node:url';
import { createWorkCalendar } from '../src/calendar/index.js';
import {
  compileIndustryHandbook,
  createChecklist,
  createJointChecklist,
  defineWorkRules,
  diffChecklists,
  formatLegalBasis,
  guidanceGaps,
  guidanceSheet,
  importChecklistItems,
  reviseChecklist,
} from '../src/directories/index.js';

// #region rows
/** Example rows of the 旗市场监管局, as a host parses them from the department's sheet (row 1 is the header). */
export const SAMR_ROWS = [
  {
    事项编码: 'SJ-001',
    抽查类别: '企业公示信息抽查',
    抽查事项: '企业公示信息情况检查',
    检查内容: '企业年度报告公示信息；企业即时公示信息',
    检查方式: '书面检查、实地核查、网络监测',
    检查依据: '《企业信息公示暂行条例》第十五条',
    抽查主体: '旗市场监管局',
    事项类型: '一般检查事项',
    检查对象类型: '企业、农民专业合作社',
    为何查: '企业对公示信息的真实性、及时性负责，抽查结果是信用监管的基础',
    查什么: '年度报告和即时信息是否按时公示、内容是否真实',
    怎么查: '比对登记档案和财务资料，必要时实地核查住所（经营场所）',
    工作要求: '执法人员不少于2人；检查之日起20个工作日内公示结果',
  },
  {
    事项编码: 'SJ-002',
    抽查类别: '食品安全监督检查',
    抽查事项: '餐饮服务食品安全检查',
    检查内容: '许可证照、从业人员健康管理、原料控制、加工过程',
    检查方式: '实地核查',
    检查依据: '《中华人民共和国食品安全法》第一百一十条',
    抽查主体: '旗市场监管局',
    事项类型: '重点检查事项',
    检查对象类型: '企业、个体工商户',
    适用行业: 'H62',
  },
  {
    事项编码: 'SJ-003',
    抽查类别: '特种设备安全监督检查',
    抽查事项: '特种设备使用单位检查',
    检查内容: '使用登记、定期检验、作业人员持证',
    检查方式: '现场检查、检验检测',
    检查依据: '《中华人民共和国特种设备安全法》第五十七条',
    抽查主体: '市场监管局',
    事项类型: '重点',
    检查对象类型: '企业、设施设备',
  },
  {
    事项编码: 'SJ-004',
    抽查类别: '价格监督检查',
    抽查事项: '明码标价检查',
    检查方式: '电话抽查',
    抽查主体: '旗市场监管局',
    事项类型: '一般',
    检查对象类型: '企业',
  },
];
// #endregion rows

/** Runs the example and returns what it prints. */
export function main(): string {
  const lines: string[] = [];
  const calendar = createWorkCalendar();

  // #region import
  const { accepted, rejected } = importChecklistItems(SAMR_ROWS);
  lines.push(`== Import: ${accepted.length} items accepted, ${rejected.length} rejected`);
  for (const r of rejected) {
    for (const p of r.problems) lines.push(`row ${r.row} (${r.id ?? '?'}) ${p.path.join('.')}: ${p.message}`);
  }
  const v1 = createChecklist({
    department: 'samr',
    title: '旗市场监管局随机抽查事项清单（示例）',
    effectiveFrom: '2025-01-01',
    items: accepted,
  });
  lines.push(
    `version ${v1.version}: ${v1.items.map((i) => i.code).join(', ')}; digest ${v1.digest.slice(0, 16)}…`,
  );
  // #endregion import

  // #region guidance
  const first = v1.items[0];
  if (first === undefined) throw new Error('the example checklist has items');
  const sheet = guidanceSheet(first);
  lines.push('== Guidance (一指引) of SJ-001');
  lines.push(`为何查: ${sheet.guidance?.why}`, `怎么查: ${sheet.guidance?.how}`);
  lines.push(`检查方式: ${sheet.methodNames.join('、')}; 检查依据: ${sheet.legalBasis.join('；')}`);
  lines.push(`items without guidance: ${guidanceGaps(v1).join(', ')}`);
  // #endregion guidance

  // #region revise
  const v2 = reviseChecklist(
    v1,
    [
      {
        op: 'update',
        code: 'SJ-001',
        set: { content: '企业年度报告公示信息；企业即时公示信息；公示信息的更正情况' },
      },
      { op: 'remove', code: 'SJ-003' },
      {
        op: 'add',
        item: {
          code: 'SJ-005',
          category: '广告监督检查',
          name: '广告发布行为检查',
          content: '广告内容的真实性、合法性',
          methods: ['online-monitoring'],
          legalBasis: [{ law: '中华人民共和国广告法', article: '第四条' }],
          priority: 'general',
          targetKinds: ['enterprise'],
        },
      },
    ],
    {
      reason: '示例：假设相关法规于2025-09-26修订，调整检查内容',
      legalBasisChangedOn: '2025-09-26',
      cause: 'law-amended',
      calendar,
    },
  );
  const log = v2.revision;
  lines.push(`== Revision ${log?.fromVersion} → ${log?.toVersion}: ${log?.reason}`);
  lines.push(`added: ${log?.diff.added.map((i) => i.code).join(', ')}`);
  lines.push(`removed: ${log?.diff.removed.map((i) => i.code).join(', ')}`);
  for (const c of log?.diff.changed ?? []) {
    for (const f of c.fields)
      lines.push(`changed ${c.code}.${f.field}: ${String(f.before)} → ${String(f.after)}`);
  }
  const due = log?.entryDeadline;
  lines.push(
    `enter into the platform by ${due?.due} (${due?.workdays} working days after ${due?.from}, ${due?.source})`,
  );
  const sinceV1 = diffChecklists(v1, v2);
  lines.push(`diff v1→v2: +${sinceV1.added.length} −${sinceV1.removed.length} ~${sinceV1.changed.length}`);
  // #endregion revise

  // #region joint
  const fire = createChecklist({
    department: 'fire-rescue',
    title: '消防救援支队随机抽查事项清单（示例）',
    effectiveFrom: '2025-01-01',
    items: [
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
    ],
  });
  const joint = createJointChecklist(
    {
      title: '部门联合随机抽查事项清单（示例）',
      effectiveFrom: '2025-10-16',
      entries: [
        {
          code: 'LH-001',
          name: '餐饮服务单位食品安全和消防安全联合检查',
          departments: ['samr', 'fire-rescue'],
          items: [
            { department: 'samr', code: 'SJ-002' },
            { department: 'fire-rescue', code: 'XF-001' },
          ],
        },
      ],
    },
    [v2, fire],
  );
  const entry = joint.entries[0];
  lines.push(`== Joint item ${entry?.code} ${entry?.name}: ${entry?.departments.join(' + ')}`);
  const handbook = compileIndustryHandbook(
    { industry: 'H62', title: '餐饮业“一业一册”（示例）', lead: 'samr' },
    [v2, fire],
  );
  const refs = handbook.items.map((r) => `${r.department}/${r.code}`).join(', ');
  lines.push(`== Handbook ${handbook.title}: ${refs}`);
  // #endregion joint

  // #region work-rules
  const rules = defineWorkRules('samr', {
    taskApprover: { value: '分管副局长（示例）', source: '旗市场监管局随机抽查工作细则（示例）第八条' },
  });
  lines.push('== Work rules (一细则) of samr');
  lines.push(`publish within ${rules.publication.value.workdays} working days (${rules.publication.source})`);
  lines.push(`task approver: ${rules.taskApprover.value} (${rules.taskApprover.source})`);
  lines.push(
    `basis of SJ-002: ${v2.items
      .find((i) => i.code === 'SJ-002')
      ?.legalBasis.map(formatLegalBasis)
      .join('；')}`,
  );
  // #endregion work-rules
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main());
}
