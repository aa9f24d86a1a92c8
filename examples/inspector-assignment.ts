/**
 * The second 随机: inspectors matched at random to a drawn target visited jointly by three departments
 * (进一次门、查多项事). Each department draws its own team of two certified officers with a lead (主检); a declared
 * conflict (回避), the last visit's officers (轮换) and an expired certificate are excluded with their reasons;
 * required specialties are covered and their holder leads; a conflict found after the draw is recused and replaced; anyone can verify the record.
 *
 * Run: `npx tsx examples/inspector-assignment.ts`
 */
import { pathToFileURL } from 'node:url';
import { type AssignRequest, assignInspectors, recuse, verifyAssignment } from '../src/assign/index.js';
import { sha256Hex } from '../src/core/index.js';

/** An inspector as a request takes it (dates as `YYYY-MM-DD` strings). */
type Inspector = AssignRequest['inspectors'][number];

const SAMR = '市场监管局';
const HEALTH = '卫生健康委';
const SAFETY = '应急管理局';

// #region directory
const valid = [{ number: 'placeholder', validFrom: '2024-01-01', validTo: '2027-12-31' }] as const;
const person = (id: string, name: string, department: string, extra: Partial<Inspector> = {}): Inspector => ({
  id,
  name,
  department,
  role: 'enforcement',
  certificates: valid.map((c) => ({ ...c, number: `证-${id}` })),
  specialties: [],
  active: true,
  ...extra,
});

export const inspectors: Inspector[] = [
  person('S01', '王磊', SAMR),
  person('S02', '李娜', SAMR),
  person('S03', '张伟', SAMR, { specialties: ['special-equipment'] }),
  person('S04', '刘洋', SAMR),
  person('S05', '陈静', SAMR, {
    certificates: [{ number: '证-S05', validFrom: '2019-01-01', validTo: '2024-12-31' }],
  }),
  person('H01', '杨帆', HEALTH, { specialties: ['food-safety'] }),
  person('H02', '赵敏', HEALTH),
  person('H03', '黄强', HEALTH, { specialties: ['food-safety'] }),
  person('H04', '周婷', HEALTH),
  person('E01', '吴教授', HEALTH, { role: 'expert', certificates: [], specialties: ['food-safety'] }),
  person('A01', '徐刚', SAFETY),
  person('A02', '孙丽', SAFETY),
  person('A03', '马超', SAFETY),
];

export const targets = [
  {
    id: '91150621MA0Q5XYZ0A',
    departments: [SAMR, HEALTH, SAFETY],
    requiredSpecialties: { [SAMR]: ['special-equipment'], [HEALTH]: ['food-safety'] },
  },
];
// #endregion directory

/** Runs the example and returns what it prints. */
export function main(): string {
  const lines: string[] = [];
  // #region assign
  // The seed comes from the published target draw (its record's `seed`); a fixed one keeps the example stable.
  const seed = sha256Hex('example: joint visit 2025-03-10');
  const record = assignInspectors({
    seed,
    date: '2025-03-10',
    inspectors,
    targets,
    conflicts: [{ inspectorId: 'H02', targetId: '91150621MA0Q5XYZ0A', reason: '配偶在该企业任职' }],
    history: [{ inspectorId: 'A01', targetId: '91150621MA0Q5XYZ0A', department: SAFETY, date: '2024-06-18' }],
    rulesByDepartment: { [HEALTH]: { experts: 1 } },
    label: '2025年第一批联合抽查',
  });
  // #endregion assign
  const names = new Map(inspectors.map((p) => [p.id, p.name]));
  const show = (id: string) => `${id} ${names.get(id) ?? ''}`;
  for (const visit of record.visits) {
    lines.push(`visit ${visit.targetId}`);
    for (const team of visit.teams) {
      const members = team.members.map((m) => `${show(m.inspectorId)} (${m.role} #${m.rank}, key ${m.key})`);
      lines.push(
        `  ${team.department}: lead ${show(team.lead)}; ${members.join(', ')}; eligible ${team.eligible}`,
      );
      for (const e of team.exclusions) lines.push(`    excluded ${e.inspectorId}: ${e.code} (${e.reason})`);
    }
  }
  for (const [department, list] of Object.entries(record.departmentExclusions))
    for (const e of list) lines.push(`  ${department} excluded ${e.inspectorId}: ${e.code} (${e.reason})`);

  // #region recuse
  const samrTeam = record.visits[0]?.teams.find((t) => t.department === SAMR);
  const leaving = samrTeam?.members.find((m) => m.inspectorId !== samrTeam.lead)?.inspectorId ?? '';
  const after = recuse(record, inspectors, targets, {
    targetId: '91150621MA0Q5XYZ0A',
    department: SAMR,
    inspectorId: leaving,
    reason: '检查前申报：与该企业负责人系同学且有经济往来',
  });
  // #endregion recuse
  for (const r of after.recusals)
    lines.push(`recused ${r.removed} from ${r.department}, replaced by ${r.added}`);
  const check = verifyAssignment(after, inspectors, targets, { seed });
  lines.push(`verified: ${check.valid} (${check.problems.length} problems)`);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main());
}
