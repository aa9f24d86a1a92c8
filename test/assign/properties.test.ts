import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssignInspector,
  type AssignmentRecord,
  type AssignTarget,
  assignInspectors,
  assignmentDigest,
  verifyAssignment,
} from '../../src/assign/index.js';
import { DATE, HEALTH, SAFETY, SAMR } from './fixtures.js';

const DEPTS = [SAMR, HEALTH, SAFETY] as const;
const SPECS = ['food', 'equip'] as const;
const DATES = ['2024-06-01', '2024-11-20', '2025-01-15', '2025-03-10', '2025-04-01'] as const;

const inspectorArb = (i: number) =>
  fc
    .record({
      department: fc.constantFrom(...DEPTS),
      role: fc.constantFrom('enforcement', 'enforcement', 'staff', 'expert'),
      validTo: fc.constantFrom('2025-03-09', '2025-03-10', '2026-12-31', '2027-12-31'),
      specialties: fc.subarray([...SPECS]),
      active: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
      regions: fc.option(fc.subarray(['东胜', '康巴什']), { nil: undefined }),
    })
    .map(
      (r): AssignInspector => ({
        id: `P${String(i).padStart(2, '0')}`,
        department: r.department,
        role: r.role,
        certificates:
          r.role === 'expert'
            ? []
            : [{ number: `C${i}`, validFrom: '2023-01-01' as never, validTo: r.validTo as never }],
        specialties: r.specialties,
        active: r.active,
        ...(r.regions === undefined ? {} : { regions: r.regions }),
      }),
    );

const scenarioArb = fc
  .record({
    seed: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
    inspectorCount: fc.integer({ min: 4, max: 24 }),
    targetCount: fc.integer({ min: 1, max: 10 }),
    cap: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    experts: fc.integer({ min: 0, max: 1 }),
    rotationVisits: fc.integer({ min: 0, max: 2 }),
    lead: fc.constantFrom('first-ranked' as const, 'first-specialist' as const),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      inspectors: fc.tuple(...Array.from({ length: base.inspectorCount }, (_, i) => inspectorArb(i))),
      targets: fc.tuple(
        ...Array.from({ length: base.targetCount }, (_, i) =>
          fc
            .record({
              departments: fc.subarray([...DEPTS], { minLength: 1 }),
              required: fc.subarray([...SPECS], { maxLength: 1 }),
              region: fc.option(fc.constantFrom('东胜', '康巴什'), { nil: undefined }),
            })
            .map(
              (t): AssignTarget => ({
                id: `T${i}`,
                departments: t.departments,
                ...(t.required.length === 0
                  ? {}
                  : { requiredSpecialties: { [t.departments[0] as string]: t.required } }),
                ...(t.region === undefined ? {} : { region: t.region }),
              }),
            ),
        ),
      ),
      conflicts: fc.array(
        fc.record({
          inspectorId: fc
            .integer({ min: 0, max: base.inspectorCount - 1 })
            .map((i) => `P${String(i).padStart(2, '0')}`),
          targetId: fc.integer({ min: 0, max: base.targetCount - 1 }).map((i) => `T${i}`),
          reason: fc.constant('declared'),
        }),
        { maxLength: 8 },
      ),
      history: fc.array(
        fc.record({
          inspectorId: fc
            .integer({ min: 0, max: base.inspectorCount - 1 })
            .map((i) => `P${String(i).padStart(2, '0')}`),
          targetId: fc.integer({ min: 0, max: base.targetCount - 1 }).map((i) => `T${i}`),
          department: fc.constantFrom(...DEPTS),
          date: fc.constantFrom(...DATES),
        }),
        { maxLength: 10 },
      ),
    }),
  );

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

const run = (s: Scenario): AssignmentRecord =>
  assignInspectors({
    seed: s.base.seed,
    date: DATE,
    inspectors: s.inspectors,
    targets: s.targets,
    conflicts: s.conflicts,
    history: s.history,
    rules: {
      workloadCap: s.base.cap,
      experts: s.base.experts,
      rotationVisits: s.base.rotationVisits,
      lead: s.base.lead,
    },
    allowPartial: true,
  });

/** Inspectors of the `n` latest visits (distinct dates before DATE) of a target by a department. */
function rotated(s: Scenario, targetId: string, department: string, n: number): Set<string> {
  const past = s.history.filter(
    (h) => h.targetId === targetId && h.department === department && h.date < DATE,
  );
  const dates = [...new Set(past.map((h) => h.date))].sort().reverse().slice(0, n);
  return new Set(past.filter((h) => dates.includes(h.date)).map((h) => h.inspectorId));
}

const RUNS = { numRuns: 120 };

describe('assignInspectors: properties', () => {
  it('every team has the minimum of active officers with a certificate valid on the date, and an officer lead', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const byId = new Map(s.inspectors.map((p) => [p.id, p]));
        for (const v of run(s).visits)
          for (const t of v.teams) {
            const officers = t.members.filter((m) => m.role === 'officer');
            expect(officers.length).toBeGreaterThanOrEqual(2);
            for (const m of officers) {
              const p = byId.get(m.inspectorId);
              expect(p?.department).toBe(t.department);
              expect(p?.active).toBe(true);
              expect(p?.role).not.toBe('expert');
              expect(p?.certificates.some((c) => c.validFrom <= DATE && DATE <= c.validTo)).toBe(true);
            }
            for (const m of t.members.filter((x) => x.role === 'expert'))
              expect(byId.get(m.inspectorId)?.role).toBe('expert');
            expect(officers.map((m) => m.inspectorId)).toContain(t.lead);
            const target = s.targets.find((x) => x.id === v.targetId);
            for (const spec of target?.requiredSpecialties?.[t.department] ?? [])
              expect(officers.some((m) => byId.get(m.inspectorId)?.specialties.includes(spec))).toBe(true);
          }
      }),
      RUNS,
    );
  });

  it('no conflicted, rotated-out or out-of-region inspector is ever assigned, and caps hold', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const record = run(s);
        const byId = new Map(s.inspectors.map((p) => [p.id, p]));
        const load = new Map<string, number>();
        for (const v of record.visits) {
          const target = s.targets.find((x) => x.id === v.targetId);
          for (const t of v.teams) {
            const out = rotated(s, v.targetId, t.department, s.base.rotationVisits);
            for (const m of t.members) {
              expect(
                s.conflicts.some((c) => c.inspectorId === m.inspectorId && c.targetId === v.targetId),
              ).toBe(false);
              expect(out.has(m.inspectorId)).toBe(false);
              const regions = byId.get(m.inspectorId)?.regions;
              if (target?.region !== undefined && regions !== undefined)
                expect(regions).toContain(target.region);
              load.set(m.inspectorId, (load.get(m.inspectorId) ?? 0) + 1);
            }
          }
        }
        if (s.base.cap !== null) for (const n of load.values()) expect(n).toBeLessThanOrEqual(s.base.cap);
      }),
      RUNS,
    );
  });

  it('every (target, department) is either staffed or listed as unstaffed, never both, never dropped', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const record = run(s);
        const staffed = record.visits.flatMap((v) => v.teams.map((t) => `${v.targetId}/${t.department}`));
        const unstaffed = record.unstaffed.map((u) => `${u.targetId}/${u.department}`);
        const all = s.targets.flatMap((t) => t.departments.map((d) => `${t.id}/${d}`));
        expect([...staffed, ...unstaffed].sort()).toEqual([...all].sort());
        for (const u of record.unstaffed) expect(u.reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('the same input gives the same record; the order inspectors are listed in does not matter', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = run(s);
        expect(run(s)).toEqual(a);
        const b = run({ ...s, inspectors: [...s.inspectors].reverse() });
        expect(b.digest).toBe(a.digest);
      }),
      { numRuns: 60 },
    );
  });

  it('a record built here verifies, and its fast digest equals the canonical digest', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const record = run(s);
        expect(assignmentDigest(record)).toBe(record.digest);
        expect(verifyAssignment(record, s.inspectors, s.targets)).toEqual({ valid: true, problems: [] });
      }),
      { numRuns: 60 },
    );
  });

  it('any change to the record fails verification; changes to what it derives fail even with the digest recomputed', () => {
    // Derived parts (teams, ranks, keys, counts, exclusions, unstaffed) are checked by replay, so recomputing the
    // digest does not help a forger. The record's claims (seed, date, label, declared conflicts) are checked by
    // the digest, and against anchors known from elsewhere (the seed of the target draw, the task's date).
    const derived: ((r: Mutable) => boolean)[] = [
      (r) =>
        mutateMember(r, (m) => {
          m.rank += 1;
        }),
      (r) =>
        mutateMember(r, (m) => {
          m.key = m.key === '00000000' ? '00000001' : '00000000';
        }),
      (r) =>
        mutateMember(r, (m) => {
          m.inspectorId = `${m.inspectorId}x`;
        }),
      (r) =>
        mutateTeam(r, (t) => {
          t.lead = `${t.lead}x`;
        }),
      (r) =>
        mutateTeam(r, (t) => {
          t.eligible += 1;
        }),
      (r) =>
        mutateTeam(r, (t) => {
          t.order += 1;
        }),
      (r) => mutateTeam(r, (t) => t.exclusions.push({ code: 'conflict', inspectorId: 'ZZ', reason: 'x' })),
      (r) => mutateTeam(r, (t) => t.members.pop() !== undefined),
      (r) => {
        r.visits = r.visits.slice(1);
        return true;
      },
      (r) => r.unstaffed.push({ department: SAMR, reasons: [], targetId: 'T0' }) > 0,
    ];
    const claims: ((r: Mutable) => boolean)[] = [
      (r) => {
        r.seed = r.seed.replace(/^./, (c) => (c === '0' ? '1' : '0'));
        return true;
      },
      (r) => {
        r.date = '2025-03-11';
        return true;
      },
      (r) => r.conflicts.push({ inspectorId: 'P00', targetId: 'T0', reason: 'x' }) > 0,
      (r) => {
        r.label = 'changed';
        return true;
      },
    ];
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.boolean(), (s, pick, onDerived) => {
        const record = run(s);
        const copy = structuredClone(record) as unknown as Mutable;
        const list = onDerived ? derived : claims;
        if (!(list[pick % list.length] as (r: Mutable) => boolean)(copy)) return;
        if (onDerived) copy.digest = assignmentDigest(copy as unknown as AssignmentRecord);
        const anchors = { seed: record.seed, date: record.date };
        const result = verifyAssignment(
          copy as unknown as AssignmentRecord,
          s.inspectors,
          s.targets,
          anchors,
        );
        expect(result.valid).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 80 },
    );
  });
});

type Mutable = {
  seed: string;
  date: string;
  label: string | null;
  digest: string;
  conflicts: { inspectorId: string; targetId: string; reason: string }[];
  unstaffed: { department: string; reasons: unknown[]; targetId: string }[];
  visits: { targetId: string; teams: MutableTeam[] }[];
};
type MutableTeam = {
  lead: string;
  eligible: number;
  order: number;
  exclusions: { code: string; inspectorId: string; reason: string }[];
  members: { inspectorId: string; rank: number; key: string }[];
};
const firstTeam = (r: Mutable) => r.visits.flatMap((v) => v.teams)[0];
const mutateTeam = (r: Mutable, f: (t: MutableTeam) => unknown): boolean => {
  const t = firstTeam(r);
  if (t === undefined) return false;
  return f(t) !== false;
};
const mutateMember = (r: Mutable, f: (m: MutableTeam['members'][number]) => unknown): boolean =>
  mutateTeam(r, (t) => {
    const m = t.members[0];
    if (m === undefined) return false;
    f(m);
    return true;
  });
