/**
 * Exemption and accountability (尽职照单免责、失职照单问责): assess several officers' conduct on inspection tasks
 * under 达政办发〔2023〕70号 四（二） and print the grounds in Chinese and English.
 *
 * Run: `npx tsx examples/accountability.ts`
 */
import { pathToFileURL } from 'node:url';
import {
  ACCOUNTABILITY_RULES,
  type AccountabilityRule,
  assessAccountability,
  deriveFacts,
  deriveFactsWithBasis,
  explainAssessment,
  OTHER_CASES,
  when,
} from '../src/accountability/index.js';
import { createWorkCalendar } from '../src/calendar/index.js';
import { fixedClock, parseIsoDate } from '../src/core/index.js';

// #region host-rule
/** A local rule for 免责情形4 ("other cases under laws and rules"), with its own fact. */
const superiorsOrder: AccountabilityRule<'actedOnSuperiorsOrder'> = {
  ...OTHER_CASES.exemption,
  id: 'local-exemption-superiors-order',
  basis: '某局执法责任制规定 第十二条',
  textZh: '按照上级书面指令实施检查，未发现问题系指令范围所限的',
  textEn: 'The officer inspected on a written order of a superior whose scope excluded the problem.',
  when: when.all(
    when.fact('nothingFound'),
    when.fact('problemFoundLater'),
    when.fact('actedOnSuperiorsOrder'),
  ),
};
const rules = [...ACCOUNTABILITY_RULES, superiorsOrder];
// #endregion host-rule

/** Runs the example and returns what it prints. */
export function main(): string {
  const calendar = createWorkCalendar();
  const clock = fixedClock('2025-06-30T09:00:00+08:00');
  const none = { beyondTechnicalMeans: false, notOnChecklist: false, misledByEntrustedBody: false } as const;

  // #region assess
  const officers = [
    {
      name: '王芳 (market, food safety)',
      facts: {
        ...deriveFacts(
          {
            inspectedOn: parseIsoDate('2025-01-20'),
            publishedOn: parseIsoDate('2025-02-21'),
            assignmentCarriedOut: true,
            problemsFound: false,
            crimeLeads: [],
          },
          { calendar, clock },
        ),
        ...none,
        problemFoundLater: true,
        followedChecklist: true,
        actedOnSuperiorsOrder: false,
      },
    },
    {
      name: '李强 (market, product quality)',
      facts: {
        ...deriveFacts(
          {
            inspectedOn: parseIsoDate('2025-03-03'),
            publishedOn: parseIsoDate('2025-03-20'),
            assignmentCarriedOut: true,
            problemsFound: true,
            crimeLeads: [{ foundOn: parseIsoDate('2025-03-03') }],
          },
          { calendar, clock },
        ),
        consequencesFollowed: false,
      },
    },
    {
      name: '张伟 (health, public venues)',
      facts: {
        ...deriveFacts(
          {
            inspectedOn: parseIsoDate('2025-04-21'),
            assignmentCarriedOut: true,
            problemsFound: true,
            crimeLeads: [],
          },
          { calendar, clock },
        ),
      },
    },
    {
      name: '赵敏 (emergency management, on a superior’s order)',
      facts: {
        nothingFound: true,
        problemFoundLater: true,
        followedChecklist: false,
        ...none,
        actedOnSuperiorsOrder: true,
        inspectionNotAsRequired: false,
        resultsNotPublishedInTime: false,
        crimeLeadNotTransferred: false,
      },
    },
  ] as const;

  const lines: string[] = [];
  for (const officer of officers) {
    const assessment = assessAccountability(officer.facts, rules);
    const { zh, en } = explainAssessment(assessment, {
      factLabels: {
        actedOnSuperiorsOrder: { zh: '按照上级书面指令实施检查', en: 'acted on a superior’s written order' },
      },
    });
    lines.push(`== ${officer.name}: ${assessment.outcome}`, zh, en, '');
  }
  // #endregion assess
  return lines.join('\n');
}

/** A finding that rests on next year's provisional calendar says so: what {@link main} cannot show. */
export function provisionalBasis(): string {
  const calendar = createWorkCalendar();
  // #region basis
  // Inspected on 2026-12-21: the 20 working days run into 2027, whose holiday schedule is not yet official.
  const { facts, publicationDeadline } = deriveFactsWithBasis(
    { inspectedOn: parseIsoDate('2026-12-21'), publishedOn: parseIsoDate('2027-01-20'), crimeLeads: [] },
    { calendar, clock: fixedClock('2027-01-25T09:00:00+08:00') },
  );
  const late = facts.resultsNotPublishedInTime; // true: published a day after the due day
  const due = publicationDeadline?.due; // '2027-01-19'
  const provisional = publicationDeadline?.provisional; // true: the due day may move with the 2027 notice
  // #endregion basis
  return `published late: ${late}; due ${due}${provisional ? ' (provisional: 2027 has no official schedule yet)' : ''}; rule ${publicationDeadline?.source}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main());
  console.log(provisionalBasis());
}
