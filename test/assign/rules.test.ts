import { describe, expect, it } from 'vitest';
import {
  ASSIGN_DEFAULTS,
  assignInspectors,
  recuse,
  safeAssignInspectors,
  verifyAssignment,
} from '../../src/assign/index.js';
import { isSsjError } from '../../src/core/index.js';
import { DATE, HEALTH, officer, officers, SAFETY, SAMR, SEED, targets } from './fixtures.js';

const teamOf = (record: ReturnType<typeof assignInspectors>, targetId: string, department: string) => {
  const team = record.visits
    .find((v) => v.targetId === targetId)
    ?.teams.find((t) => t.department === department);
  if (team === undefined) throw new Error(`no team ${targetId}/${department}`);
  return team;
};

describe('assignInspectors: rules from the law and practice', () => {
  it('the default minimum team is two officers, sourced to 行政处罚法 art. 42', () => {
    expect(ASSIGN_DEFAULTS.minOfficers.value).toBe(2);
    expect(ASSIGN_DEFAULTS.minOfficers.source).toContain('第四十二条');
  });

  it('every team has two officers with a certificate valid on the inspection date, and one of them leads', () => {
    const expired = officer('X01', SAMR, {
      certificates: [{ number: 'OLD', validFrom: '2019-01-01' as never, validTo: '2025-03-09' as never }],
    });
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: [...officers('A', SAMR, 4), expired],
      targets: targets(5),
    });
    for (const visit of record.visits) {
      const [team] = visit.teams;
      expect(team?.members.filter((m) => m.role === 'officer')).toHaveLength(2);
      expect(team?.members.map((m) => m.inspectorId)).toContain(team?.lead);
      expect(team?.members.map((m) => m.inspectorId)).not.toContain('X01');
    }
    expect(record.departmentExclusions[SAMR]).toEqual([
      {
        code: 'no-valid-certificate',
        inspectorId: 'X01',
        reason: 'no enforcement certificate valid on 2025-03-10',
      },
    ]);
  });

  it('a certificate that ends on the inspection date still counts (both ends included)', () => {
    const lastDay = officer('A01', SAMR, {
      certificates: [{ number: 'C', validFrom: '2020-01-01' as never, validTo: DATE as never }],
    });
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: [lastDay, officer('A02', SAMR)],
      targets: targets(1),
    });
    expect(teamOf(record, 'T001', SAMR).eligible).toBe(2);
  });

  it('experts assist but never count toward the minimum: one officer and three experts cannot form a team', () => {
    const experts = ['E1', 'E2', 'E3'].map((id) => officer(id, SAMR, { role: 'expert', certificates: [] }));
    const attempt = safeAssignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: [officer('A01', SAMR), ...experts],
      targets: targets(1),
    });
    expect(attempt.success).toBe(false);
    if (!attempt.success) {
      expect(attempt.error.code).toBe('ASSIGN_CANNOT_STAFF');
      expect(attempt.error.issues[0]?.expected).toBe('too-few-officers');
    }
  });

  it('experts asked for are added after the officers, from their own random order', () => {
    const experts = ['E1', 'E2', 'E3'].map((id) => officer(id, SAMR, { role: 'expert', certificates: [] }));
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: [...officers('A', SAMR, 3), ...experts],
      targets: targets(3),
      rules: { experts: 1 },
    });
    for (const v of record.visits) {
      expect(v.teams[0]?.members.map((m) => m.role)).toEqual(['officer', 'officer', 'expert']);
      expect(v.teams[0]?.lead.startsWith('A')).toBe(true);
    }
  });

  it('a declared conflict (回避) excludes that pairing, with its reason', () => {
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: officers('A', SAMR, 3),
      targets: targets(4),
      conflicts: [{ inspectorId: 'A02', targetId: 'T002', reason: '近亲属任该企业法定代表人' }],
    });
    const team = teamOf(record, 'T002', SAMR);
    expect(team.members.map((m) => m.inspectorId).sort()).toEqual(['A01', 'A03']);
    expect(team.exclusions).toEqual([
      { code: 'conflict', inspectorId: 'A02', reason: 'declared conflict (回避): 近亲属任该企业法定代表人' },
    ]);
    expect(team.eligible).toBe(2);
  });

  it('the officers of the last visit to the same target are rotated out (轮换)', () => {
    const history = [
      { inspectorId: 'A01', targetId: 'T001', department: SAMR, date: '2024-05-01' },
      { inspectorId: 'A02', targetId: 'T001', department: SAMR, date: '2024-05-01' },
      { inspectorId: 'A03', targetId: 'T001', department: SAMR, date: '2023-05-01' },
    ];
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: officers('A', SAMR, 4),
      targets: targets(1),
      history,
    });
    expect(
      teamOf(record, 'T001', SAMR)
        .members.map((m) => m.inspectorId)
        .sort(),
    ).toEqual(['A03', 'A04']);
  });

  it('rotation reaches back only as far as the window says', () => {
    const history = [{ inspectorId: 'A01', targetId: 'T001', department: SAMR, date: '2024-01-01' }];
    const request = {
      seed: SEED,
      date: DATE,
      inspectors: officers('A', SAMR, 2),
      targets: targets(1),
      history,
    };
    expect(() => assignInspectors(request)).toThrow(/cannot be staffed/);
    const record = assignInspectors({ ...request, rules: { rotationWindowDays: 365 } });
    expect(teamOf(record, 'T001', SAMR).eligible).toBe(2);
  });

  it('a required specialty is held by someone on the team, and with first-specialist that officer leads', () => {
    const people = [...officers('A', SAMR, 8), officer('S01', SAMR, { specialties: ['special-equipment'] })];
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: people,
      targets: targets(6).map((t) => ({ ...t, requiredSpecialties: { [SAMR]: ['special-equipment'] } })),
    });
    for (const v of record.visits) {
      const team = v.teams[0];
      expect(team?.members.map((m) => m.inspectorId)).toContain('S01');
      expect(team?.lead).toBe('S01');
    }
  });

  it('with first-ranked the lead is the officer ranked first', () => {
    const people = [...officers('A', SAMR, 8), officer('S01', SAMR, { specialties: ['food'] })];
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: people,
      targets: targets(6).map((t) => ({ ...t, requiredSpecialties: { [SAMR]: ['food'] } })),
      rules: { lead: 'first-ranked' },
    });
    for (const v of record.visits) {
      const officersByRank = v.teams[0]?.members
        .filter((m) => m.role === 'officer')
        .sort((a, b) => a.rank - b.rank);
      expect(v.teams[0]?.lead).toBe(officersByRank?.[0]?.inspectorId);
    }
  });

  it('a workload cap holds across the task', () => {
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: officers('A', SAMR, 6),
      targets: targets(9),
      rules: { workloadCap: 3 },
    });
    const load = new Map<string, number>();
    for (const v of record.visits)
      for (const m of v.teams[0]?.members ?? []) load.set(m.inspectorId, (load.get(m.inspectorId) ?? 0) + 1);
    expect([...load.values()].every((n) => n <= 3)).toBe(true);
    expect([...load.values()].reduce((a, b) => a + b, 0)).toBe(18);
  });

  it('a joint visit (进一次门、查多项事) lists every participating department with its own team', () => {
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: [...officers('A', SAMR, 3), ...officers('H', HEALTH, 3), ...officers('S', SAFETY, 3)],
      targets: targets(2, [SAMR, HEALTH, SAFETY]),
    });
    for (const v of record.visits) {
      expect(v.teams.map((t) => t.department)).toEqual([SAMR, HEALTH, SAFETY]);
      const prefix = { [SAMR]: 'A', [HEALTH]: 'H', [SAFETY]: 'S' } as Record<string, string>;
      for (const t of v.teams) {
        expect(t.members).toHaveLength(2);
        expect(t.members.every((m) => m.inspectorId.startsWith(prefix[t.department] as string))).toBe(true);
      }
    }
  });

  it('teams that cannot be staffed are all named in one error, with every reason', () => {
    let caught: unknown;
    try {
      assignInspectors({
        seed: SEED,
        date: DATE,
        inspectors: [...officers('A', SAMR, 1), ...officers('H', HEALTH, 3)],
        targets: targets(2, [SAMR, HEALTH]).map((t) => ({
          ...t,
          requiredSpecialties: { [HEALTH]: ['food'] },
        })),
      });
    } catch (error) {
      caught = error;
    }
    expect(isSsjError(caught, 'ASSIGN_CANNOT_STAFF')).toBe(true);
    if (!isSsjError(caught)) return;
    expect(caught.issues.map((i) => `${i.path.join('/')} ${i.expected}`)).toEqual([
      `targets/T001/${SAMR} too-few-officers`,
      `targets/T001/${HEALTH} no-specialty`,
      `targets/T002/${SAMR} too-few-officers`,
      `targets/T002/${HEALTH} no-specialty`,
    ]);
  });

  it('allowPartial returns the unstaffed teams explicitly instead of throwing', () => {
    const record = assignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: [...officers('A', SAMR, 1), ...officers('H', HEALTH, 3)],
      targets: targets(2, [SAMR, HEALTH]),
      allowPartial: true,
    });
    expect(record.unstaffed.map((u) => `${u.targetId}/${u.department}`)).toEqual([
      `T001/${SAMR}`,
      `T002/${SAMR}`,
    ]);
    expect(record.visits.map((v) => v.teams.map((t) => t.department))).toEqual([[HEALTH], [HEALTH]]);
    expect(
      verifyAssignment(
        record,
        [...officers('A', SAMR, 1), ...officers('H', HEALTH, 3)],
        targets(2, [SAMR, HEALTH]),
      ).valid,
    ).toBe(true);
  });

  it('a minimum below two officers is refused as contrary to art. 42', () => {
    const attempt = safeAssignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: officers('A', SAMR, 3),
      targets: targets(1),
      rules: { minOfficers: 1 },
    });
    expect(attempt.success || attempt.error.code).toBe('ASSIGN_INVALID_REQUEST');
    expect(attempt.success || attempt.error.issues[0]?.path).toEqual(['rules', 'minOfficers']);
  });

  it('repeated inspector ids, target ids and departments are refused, never merged', () => {
    const attempt = safeAssignInspectors({
      seed: SEED,
      date: DATE,
      inspectors: [...officers('A', SAMR, 2), officer('A01', SAMR)],
      targets: [...targets(1, [SAMR, SAMR]), ...targets(1)],
    });
    expect(attempt.success || attempt.error.code).toBe('ASSIGN_DUPLICATE_IDS');
    expect(attempt.success || attempt.error.issues.map((i) => i.path.join('.'))).toEqual([
      'inspectors.2.id',
      'targets.1.id',
      'targets.0.departments.1',
    ]);
  });

  it('a malformed request lists every problem with its path', () => {
    const attempt = safeAssignInspectors({
      seed: 'not hex',
      date: '2025-02-30',
      inspectors: [],
      targets: [],
    } as never);
    expect(attempt.success || attempt.error.code).toBe('ASSIGN_INVALID_REQUEST');
    expect(attempt.success || attempt.error.issues.map((i) => i.path[0])).toEqual(['seed', 'date']);
  });
});

describe('recuse: a conflict found after the draw', () => {
  const people = officers('A', SAMR, 5);
  const list = targets(3);
  const base = assignInspectors({ seed: SEED, date: DATE, inspectors: people, targets: list });

  it('replaces the member with the next eligible officer of the same order, and records why', () => {
    const team = teamOf(base, 'T002', SAMR);
    const leaving = team.members[0]?.inspectorId as string;
    const next = recuse(base, people, list, {
      targetId: 'T002',
      department: SAMR,
      inspectorId: leaving,
      reason: '检查前发现系该企业股东亲属',
    });
    const after = teamOf(next, 'T002', SAMR);
    expect(after.members.map((m) => m.inspectorId)).not.toContain(leaving);
    expect(after.members).toHaveLength(2);
    expect(after.members.map((m) => m.rank)).toEqual([2, 3]);
    expect(next.recusals).toEqual([
      {
        added: after.members[1]?.inspectorId,
        department: SAMR,
        reason: '检查前发现系该企业股东亲属',
        removed: leaving,
        targetId: 'T002',
      },
    ]);
    expect(next.digest).not.toBe(base.digest);
    expect(verifyAssignment(next, people, list)).toEqual({ valid: true, problems: [] });
  });

  it('refuses an inspector not on the team, a team not in the record, and other inputs', () => {
    const outsider = people.find(
      (p) => !teamOf(base, 'T001', SAMR).members.some((m) => m.inspectorId === p.id),
    );
    const call =
      (patch: object, who = people, where = list) =>
      () =>
        recuse(base, who, where, {
          targetId: 'T001',
          department: SAMR,
          inspectorId: 'A01',
          reason: 'x',
          ...patch,
        });
    expect(call({ inspectorId: outsider?.id })).toThrow(
      expect.objectContaining({ code: 'ASSIGN_NOT_ASSIGNED' }),
    );
    expect(call({ department: HEALTH })).toThrow(expect.objectContaining({ code: 'ASSIGN_UNKNOWN_TEAM' }));
    expect(call({}, people.slice(1))).toThrow(expect.objectContaining({ code: 'ASSIGN_RECORD_MISMATCH' }));
    expect(call({ reason: '' })).toThrow(expect.objectContaining({ code: 'ASSIGN_INVALID_REQUEST' }));
  });

  it('when nobody eligible is left, says the team cannot be staffed', () => {
    const two = officers('B', SAMR, 2);
    const record = assignInspectors({ seed: SEED, date: DATE, inspectors: two, targets: targets(1) });
    expect(() =>
      recuse(record, two, targets(1), {
        targetId: 'T001',
        department: SAMR,
        inspectorId: 'B01',
        reason: 'x',
      }),
    ).toThrow(expect.objectContaining({ code: 'ASSIGN_CANNOT_STAFF' }));
  });
});
