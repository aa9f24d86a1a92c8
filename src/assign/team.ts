import type { RankedEntry, randomOrder } from './order.js';
import type { TeamMember, UnstaffedUnit } from './record.js';
import type { AssignRule } from './rules.js';

type Order = ReturnType<typeof randomOrder>;

/** What team formation needs about a unit. */
export interface TeamInput {
  readonly officers: Order;
  readonly experts: Order;
  /** Required specialties of the visit for this department, sorted, without duplicates. */
  readonly required: readonly string[];
  /** The specialties of every inspector, by id. */
  readonly specialtiesOf: (id: string) => readonly string[];
  readonly rule: AssignRule;
}

/** A formed team, or every reason it cannot be formed. */
export type TeamResult =
  | { readonly ok: true; readonly members: readonly TeamMember[]; readonly lead: string }
  | { readonly ok: false; readonly reasons: UnstaffedUnit['reasons'] };

/** Walks `order` from the start and returns the first entry accepted by `accept`. */
export function firstRanked(order: Order, accept: (id: string) => boolean): RankedEntry | undefined {
  for (let r = 0; r < order.length; r++) {
    const entry = order.at(r);
    if (entry !== undefined && accept(entry.id)) return entry;
  }
  return undefined;
}

/**
 * Forms one team (组建检查组): for each required specialty not yet covered, the best-ranked officer holding it;
 * then the best-ranked remaining officers until the minimum is met; then the first `rule.experts` experts. The
 * lead follows `rule.lead`. Reports every reason when the team cannot be formed.
 *
 * @param input - the unit's random orders, requirements and rule
 * @returns the members and lead, or the reasons
 */
export function formTeam(input: TeamInput): TeamResult {
  const { officers, experts, required, specialtiesOf, rule } = input;
  const reasons: { code: 'too-few-officers' | 'no-specialty' | 'too-few-experts'; message: string }[] = [];
  if (officers.length < rule.minOfficers)
    reasons.push({
      code: 'too-few-officers',
      message: `${officers.length} eligible officer(s), ${rule.minOfficers} needed`,
    });
  for (const s of required) {
    if (firstRanked(officers, (id) => specialtiesOf(id).includes(s)) === undefined)
      reasons.push({ code: 'no-specialty', message: `no eligible officer holds the specialty "${s}"` });
  }
  if (experts.length < rule.experts)
    reasons.push({
      code: 'too-few-experts',
      message: `${experts.length} eligible expert(s), ${rule.experts} needed`,
    });
  if (reasons.length > 0) return { ok: false, reasons };

  const chosen: RankedEntry[] = [];
  const has = (id: string) => chosen.some((m) => m.id === id);
  for (const s of required) {
    if (chosen.some((m) => specialtiesOf(m.id).includes(s))) continue;
    const holder = firstRanked(officers, (id) => !has(id) && specialtiesOf(id).includes(s));
    if (holder !== undefined) chosen.push(holder);
  }
  for (let r = 0; chosen.length < rule.minOfficers; r++) {
    const entry = officers.at(r) as RankedEntry;
    if (!has(entry.id)) chosen.push(entry);
  }
  chosen.sort((a, b) => a.rank - b.rank);
  // Keys in code-unit order, so the record serialises canonically (see assign-digest.ts).
  const toMember = (e: RankedEntry, role: 'officer' | 'expert'): TeamMember => ({
    covers: required.filter((s) => specialtiesOf(e.id).includes(s)),
    inspectorId: e.id,
    key: e.key,
    rank: e.rank,
    role,
  });
  const members = chosen.map((e) => toMember(e, 'officer'));
  for (let r = 0; r < rule.experts; r++) members.push(toMember(experts.at(r) as RankedEntry, 'expert'));
  return { ok: true, members, lead: chooseLead(members, required, rule) };
}

/**
 * The lead (主检) of a team: with `first-specialist` and required specialties, the best-ranked officer holding
 * one; otherwise the best-ranked officer.
 *
 * @param members - the team, officers by rank first
 * @param required - the visit's required specialties for the department
 * @param rule - the department's rule
 * @returns the lead's id
 */
export function chooseLead(
  members: readonly TeamMember[],
  required: readonly string[],
  rule: AssignRule,
): string {
  const officers = members.filter((m) => m.role === 'officer').sort((a, b) => a.rank - b.rank);
  switch (rule.lead) {
    case 'first-specialist': {
      const specialist = required.length > 0 ? officers.find((m) => m.covers.length > 0) : undefined;
      return (specialist ?? (officers[0] as TeamMember)).inspectorId;
    }
    case 'first-ranked':
      return (officers[0] as TeamMember).inspectorId;
    default: {
      const never: never = rule.lead;
      return never;
    }
  }
}
