import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/index.js';
import { sha256Hex } from '../../src/core/index.js';
import { DATE, officer, officers, SAMR } from './fixtures.js';

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

// Critical values at p = 0.001 (fixed seeds, so the test is deterministic; a fair draw passes with room to spare).
const CRITICAL_0_001 = { 5: 20.515, 3: 16.266 } as const;

const people = officers('A', SAMR, 6);
const list = Array.from({ length: 600 }, (_, i) => ({ id: `T${i}`, departments: [SAMR] }));
const seeds = [0, 1, 2].map((i) => sha256Hex(`assign distribution seed ${i}`));

function tally(run: (seed: string) => ReturnType<typeof assignInspectors>) {
  const onTeam = new Map<string, number>();
  const leads = new Map<string, number>();
  for (const seed of seeds) {
    for (const v of run(seed).visits) {
      const team = v.teams[0];
      if (team === undefined) continue;
      for (const m of team.members) onTeam.set(m.inspectorId, (onTeam.get(m.inspectorId) ?? 0) + 1);
      leads.set(team.lead, (leads.get(team.lead) ?? 0) + 1);
    }
  }
  return { onTeam, leads };
}

describe('fairness without caps: each eligible officer is equally likely to be on a team and to lead it', () => {
  it('6 officers, teams of 2, 1,800 teams: team and lead counts pass chi-square (df 5, p = 0.001)', () => {
    const { onTeam, leads } = tally((seed) =>
      assignInspectors({
        seed,
        date: DATE,
        inspectors: people,
        targets: list,
        rules: { lead: 'first-ranked' },
      }),
    );
    const teamCounts = people.map((p) => onTeam.get(p.id) ?? 0);
    const leadCounts = people.map((p) => leads.get(p.id) ?? 0);
    expect(teamCounts.reduce((a, b) => a + b, 0)).toBe(3600);
    expect(chiSquare(teamCounts)).toBeLessThan(CRITICAL_0_001[5]);
    expect(chiSquare(leadCounts)).toBeLessThan(CRITICAL_0_001[5]);
  });

  it('with one officer recused from every target, the other five share the teams equally', () => {
    const conflicts = list.map((t) => ({ inspectorId: 'A03', targetId: t.id, reason: 'declared' }));
    const { onTeam } = tally((seed) =>
      assignInspectors({ seed, date: DATE, inspectors: people, targets: list, conflicts }),
    );
    expect(onTeam.get('A03')).toBeUndefined();
    const counts = people.filter((p) => p.id !== 'A03').map((p) => onTeam.get(p.id) ?? 0);
    expect(chiSquare(counts)).toBeLessThan(18.467); // df 4, p = 0.001
  });

  it('a required specialty: every team has one of the four holders, each equally often', () => {
    const holders = ['S1', 'S2', 'S3', 'S4'].map((id) => officer(id, SAMR, { specialties: ['food'] }));
    const needing = list.map((t) => ({ ...t, requiredSpecialties: { [SAMR]: ['food'] } }));
    const { onTeam, leads } = tally((seed) =>
      assignInspectors({ seed, date: DATE, inspectors: [...people, ...holders], targets: needing }),
    );
    const holderLeads = holders.map((p) => leads.get(p.id) ?? 0);
    expect(holderLeads.reduce((a, b) => a + b, 0)).toBe(1800);
    expect(chiSquare(holderLeads)).toBeLessThan(CRITICAL_0_001[3]);
    expect(chiSquare(people.map((p) => onTeam.get(p.id) ?? 0))).toBeLessThan(CRITICAL_0_001[5]);
  });
});
