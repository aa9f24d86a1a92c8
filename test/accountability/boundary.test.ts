import { describe, expect, it } from 'vitest';
import {
  assessAccountability,
  deriveFacts,
  evaluateRuleCondition,
  explainAssessment,
  factValue,
  ruleConditionFacts,
  when,
} from '../../src/accountability/index.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { fixedClock } from '../../src/core/index.js';
import { codeOf } from '../fixtures/code-of.js';

describe('the accountability readers refuse garbage at the boundary', () => {
  it('a condition that is not one is refused, not an "Unhandled case"', () => {
    expect(codeOf(() => evaluateRuleCondition(0 as never, {}))).toBe('ACCOUNTABILITY_RULE_INVALID');
    expect(codeOf(() => evaluateRuleCondition({ op: 'all', of: [] } as never, {}))).toBe(
      'ACCOUNTABILITY_RULE_INVALID',
    );
    expect(codeOf(() => ruleConditionFacts({ op: 'xor' } as never))).toBe('ACCOUNTABILITY_RULE_INVALID');
    expect(ruleConditionFacts(when.not(when.fact('a')))).toEqual(['a']);
  });

  it('facts are an object of true, false or "unknown"; a missing or undefined fact is unknown', () => {
    expect(codeOf(() => evaluateRuleCondition(when.fact('a'), { a: 'yes' } as never))).toBe(
      'ACCOUNTABILITY_FACTS_INVALID',
    );
    expect(codeOf(() => factValue('a' as never, 'a'))).toBe('ACCOUNTABILITY_FACTS_INVALID');
    expect(codeOf(() => factValue({}, 0 as never))).toBe('INVALID_INPUT');
    expect(factValue({ a: undefined }, 'a')).toBe('unknown');
    expect(evaluateRuleCondition(when.fact('a'), { a: false }).value).toBe(false);
  });

  it('an explanation needs an assessment, and its options only factLabels', () => {
    const a = assessAccountability({ nothingFound: false });
    expect(codeOf(() => explainAssessment({ outcome: 'maybe' } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => explainAssessment(a, { labels: {} } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => explainAssessment(a, { factLabels: { x: { zh: '甲' } } } as never))).toBe(
      'INVALID_INPUT',
    );
    expect(explainAssessment(a, { factLabels: { x: { zh: '甲', en: 'x' } } }).zh).toMatch(/^结论：/);
  });

  it('deriveFacts refuses an option it does not read', () => {
    const record = {
      inspectedOn: '2025-01-20',
      publishedOn: '2025-02-21',
      assignmentCarriedOut: true,
      problemsFound: false,
      crimeLeads: [],
    };
    const env = { calendar: createWorkCalendar(), clock: fixedClock('2025-06-30T09:00:00+08:00') };
    expect(codeOf(() => deriveFacts(record as never, env, { publicationDeadlin: {} } as never))).toBe(
      'INVALID_INPUT',
    );
    expect(deriveFacts(record as never, env).resultsNotPublishedInTime).toBe(false);
  });
});
