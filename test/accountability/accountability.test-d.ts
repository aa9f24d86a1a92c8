import { describe, expectTypeOf, it } from 'vitest';
import {
  ACCOUNTABILITY_RULES,
  type AccountabilityAssessment,
  type AccountabilityFacts,
  type AccountabilityOutcome,
  type AccountabilityRule,
  assessAccountability,
  deriveFacts,
  type FactValue,
  type RuleCondition,
  when,
} from '../../src/accountability/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { systemClock } from '../../src/core/index.js';

describe('accountability types', () => {
  it('facts are true, false or unknown, by name', () => {
    expectTypeOf<AccountabilityFacts['followedChecklist']>().toEqualTypeOf<FactValue | undefined>();
    // @ts-expect-error a misspelt fact is caught
    assessAccountability({ folowedChecklist: true });
    // @ts-expect-error a fact is not a string
    assessAccountability({ followedChecklist: 'yes' });
  });

  it('host facts are accepted once a rule reads them', () => {
    const rule: AccountabilityRule<'recordsFalsified'> = {
      id: 'x',
      kind: 'accountability',
      clause: '四（二）问责情形4',
      source: 's',
      textZh: 'z',
      textEn: 'e',
      when: when.fact('recordsFalsified'),
    };
    expectTypeOf(
      assessAccountability({ recordsFalsified: true }, [...ACCOUNTABILITY_RULES, rule]),
    ).toEqualTypeOf<AccountabilityAssessment>();
  });

  it('the outcome is a closed union', () => {
    expectTypeOf<AccountabilityOutcome>().toEqualTypeOf<
      'exempt' | 'accountable' | 'no-finding' | 'needs-review'
    >();
  });

  it('conditions carry their fact names', () => {
    expectTypeOf(when.all(when.fact('a'), when.fact('b'))).toEqualTypeOf<RuleCondition<'a' | 'b'>>();
    // @ts-expect-error all needs at least one part
    when.all();
  });

  it('rule kinds are closed', () => {
    const bad: AccountabilityRule = {
      id: 'x',
      // @ts-expect-error only exemption, accountability or risk
      kind: 'warning',
      clause: 'c',
      source: 's',
      textZh: 'z',
      textEn: 'e',
      when: when.fact('consequencesFollowed'),
    };
    expectTypeOf(bad.kind).toEqualTypeOf<'exemption' | 'accountability' | 'risk'>();
  });

  it('deriveFacts takes the calendar module’s WorkCalendar and a clock, never a default', () => {
    const env = { calendar: createWorkCalendar(), clock: systemClock };
    expectTypeOf(deriveFacts({}, env)).toEqualTypeOf<AccountabilityFacts>();
    // @ts-expect-error dates are IsoDate, checked with parseIsoDate
    deriveFacts({ inspectedOn: '2025-01-20' }, env);
    // @ts-expect-error the clock is always passed in
    deriveFacts({}, { calendar: createWorkCalendar() });
  });
});
