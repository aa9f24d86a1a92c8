import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_FACT_NAMES,
  type AccountabilityFacts,
  type AccountabilityOutcome,
  assessAccountability,
  type ReviewReason,
} from '../../src/accountability/index.js';

/** Every built-in fact known and false: a task where nothing went wrong and nothing was missed. */
const ALL_FALSE: AccountabilityFacts = Object.fromEntries(ACCOUNTABILITY_FACT_NAMES.map((n) => [n, false]));
/** The inspection found nothing at a target that did have a problem: when exemptions can apply. */
const MISSED = { ...ALL_FALSE, nothingFound: true, problemFoundLater: true } as const;

interface Scenario {
  readonly name: string;
  readonly facts: AccountabilityFacts;
  readonly outcome: AccountabilityOutcome;
  readonly clauses: readonly string[];
  readonly risks?: readonly string[];
  readonly missing?: readonly string[];
  readonly reasons?: readonly ReviewReason[];
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'nothing went wrong and nothing was missed: no finding',
    facts: ALL_FALSE,
    outcome: 'no-finding',
    clauses: [],
  },
  {
    name: '免责情形1 alone: followed the checklist, problem missed → exempt',
    facts: { ...MISSED, followedChecklist: true },
    outcome: 'exempt',
    clauses: ['四（二）免责情形1'],
  },
  {
    name: '免责情形2 alone (technical means): problem beyond current means → exempt',
    facts: { ...MISSED, beyondTechnicalMeans: true },
    outcome: 'exempt',
    clauses: ['四（二）免责情形2'],
  },
  {
    name: '免责情形2 alone (checklist): problem not on the checklist → exempt',
    facts: { ...MISSED, notOnChecklist: true },
    outcome: 'exempt',
    clauses: ['四（二）免责情形2'],
  },
  {
    name: '免责情形3 alone: misled by an entrusted body → exempt',
    facts: { ...MISSED, misledByEntrustedBody: true },
    outcome: 'exempt',
    clauses: ['四（二）免责情形3'],
  },
  {
    name: 'a missed problem with no exemption situation: no finding (no accountability situation either)',
    facts: MISSED,
    outcome: 'no-finding',
    clauses: [],
  },
  {
    name: 'followed the checklist but nothing was missed: exemption does not apply',
    facts: { ...ALL_FALSE, followedChecklist: true },
    outcome: 'no-finding',
    clauses: [],
  },
  {
    name: 'followed the checklist, the inspection found the problem: exemption does not apply',
    facts: { ...ALL_FALSE, problemFoundLater: true, followedChecklist: true },
    outcome: 'no-finding',
    clauses: [],
  },
  {
    name: 'several exemption situations: exempt on every ground, in clause order',
    facts: { ...MISSED, followedChecklist: true, notOnChecklist: true, misledByEntrustedBody: true },
    outcome: 'exempt',
    clauses: ['四（二）免责情形1', '四（二）免责情形2', '四（二）免责情形3'],
  },
  {
    name: '问责情形1 alone: inspection not as required with consequences → accountable',
    facts: { ...ALL_FALSE, inspectionNotAsRequired: true, consequencesFollowed: true },
    outcome: 'accountable',
    clauses: ['四（二）问责情形1'],
  },
  {
    name: '问责情形1 without consequences: a risk, not accountability',
    facts: { ...ALL_FALSE, inspectionNotAsRequired: true },
    outcome: 'no-finding',
    clauses: [],
    risks: ['四（二）问责情形1'],
  },
  {
    name: '问责情形2 alone: results published late with consequences → accountable',
    facts: { ...ALL_FALSE, resultsNotPublishedInTime: true, consequencesFollowed: true },
    outcome: 'accountable',
    clauses: ['四（二）问责情形2'],
  },
  {
    name: 'late publication known to have no consequences: a risk, not accountability',
    facts: { ...ALL_FALSE, resultsNotPublishedInTime: true },
    outcome: 'no-finding',
    clauses: [],
    risks: ['四（二）问责情形2'],
  },
  {
    name: 'late publication with consequences unknown: a risk, and review until consequences are known',
    facts: { ...ALL_FALSE, resultsNotPublishedInTime: true, consequencesFollowed: 'unknown' },
    outcome: 'needs-review',
    clauses: [],
    risks: ['四（二）问责情形2'],
    missing: ['consequencesFollowed'],
    reasons: ['unknown-facts'],
  },
  {
    name: '问责情形3 alone: crime lead not transferred → accountable even without consequences',
    facts: { ...ALL_FALSE, crimeLeadNotTransferred: true },
    outcome: 'accountable',
    clauses: ['四（二）问责情形3'],
  },
  {
    name: 'consequences followed but no failing: no finding',
    facts: { ...ALL_FALSE, consequencesFollowed: true },
    outcome: 'no-finding',
    clauses: [],
  },
  {
    name: 'both late publication and an untransferred lead, with consequences: accountable on both',
    facts: {
      ...ALL_FALSE,
      resultsNotPublishedInTime: true,
      crimeLeadNotTransferred: true,
      consequencesFollowed: true,
    },
    outcome: 'accountable',
    clauses: ['四（二）问责情形2', '四（二）问责情形3'],
  },
  {
    name: 'exempt for the missed problem yet a crime lead was not transferred: conflict, review',
    facts: { ...MISSED, followedChecklist: true, crimeLeadNotTransferred: true },
    outcome: 'needs-review',
    clauses: ['四（二）免责情形1', '四（二）问责情形3'],
    reasons: ['conflict'],
  },
  {
    name: 'exempt for the missed problem, published late without consequences: exempt, no publication risk (nothing was found)',
    facts: { ...MISSED, followedChecklist: true, resultsNotPublishedInTime: true },
    outcome: 'exempt',
    clauses: ['四（二）免责情形1'],
    risks: [],
  },
  {
    // 问责情形2: "对抽查检查中发现的问题，未依法及时公示抽查检查结果造成后果的": it concerns problems found.
    name: '问责情形2 does not fire when nothing was found: a late clean result with consequences is no finding',
    facts: { ...ALL_FALSE, nothingFound: true, resultsNotPublishedInTime: true, consequencesFollowed: true },
    outcome: 'no-finding',
    clauses: [],
    risks: [],
  },
  {
    name: '问责情形2 when whether anything was found is unknown: review, asking for that fact',
    facts: {
      ...ALL_FALSE,
      nothingFound: 'unknown',
      resultsNotPublishedInTime: true,
      consequencesFollowed: true,
    },
    outcome: 'needs-review',
    clauses: [],
    missing: ['nothingFound'],
    reasons: ['unknown-facts'],
  },
  {
    name: 'followed the checklist but whether a problem was missed is unknown: review',
    facts: { ...ALL_FALSE, nothingFound: true, problemFoundLater: 'unknown', followedChecklist: true },
    outcome: 'needs-review',
    clauses: [],
    missing: ['problemFoundLater'],
    reasons: ['unknown-facts'],
  },
  {
    name: 'a crime lead not transferred settles accountability even with other facts unknown',
    facts: { nothingFound: false, crimeLeadNotTransferred: true },
    outcome: 'accountable',
    clauses: ['四（二）问责情形3'],
  },
  {
    name: 'nothing known: review, every fact that decides is missing',
    facts: {},
    outcome: 'needs-review',
    clauses: [],
    missing: ACCOUNTABILITY_FACT_NAMES,
    reasons: ['unknown-facts'],
  },
];

describe('assessAccountability: named scenarios of 四（二）', () => {
  it.each(SCENARIOS)('$name', ({ facts, outcome, clauses, risks = [], missing = [], reasons = [] }) => {
    const a = assessAccountability(facts);
    expect(a.outcome).toBe(outcome);
    expect(a.grounds.map((g) => g.clause)).toEqual(clauses);
    expect(a.risks.map((r) => r.clause)).toEqual(risks);
    expect([...a.missingFacts].sort()).toEqual([...missing].sort());
    expect(a.reviewReasons).toEqual(reasons);
  });

  it('a ground names the rule, clause, source and quoted text, and the facts it rests on', () => {
    const a = assessAccountability({ ...MISSED, misledByEntrustedBody: true });
    expect(a.grounds).toEqual([
      {
        ruleId: 'exemption-misled-by-entrusted-body',
        kind: 'exemption',
        clause: '四（二）免责情形3',
        source: '达政办发〔2023〕70号',
        textZh: '因受托参与检查的专业机构或专业人员出具错误意见，导致执法机关或执法人员误判的',
        textEn: 'An entrusted professional body or expert gave a wrong opinion that misled the officer.',
        facts: [
          { name: 'nothingFound', value: true },
          { name: 'problemFoundLater', value: true },
          { name: 'misledByEntrustedBody', value: true },
        ],
      },
    ]);
  });

  it('an exemption left open by an unknown fact is listed as undecided, with the fact to establish', () => {
    const a = assessAccountability({
      ...MISSED,
      followedChecklist: 'unknown',
      inspectionNotAsRequired: true,
    });
    expect(a.undecided.map((u) => u.ruleId)).toEqual(['exemption-followed-checklist']);
    expect(a.undecided[0]?.missingFacts).toEqual(['followedChecklist']);
  });

  it('does not change the facts it is given', () => {
    const facts = Object.freeze({ ...MISSED, followedChecklist: true });
    const copy = { ...facts };
    assessAccountability(facts);
    expect(facts).toEqual(copy);
  });
});
