import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_RULES,
  type AccountabilityRule,
  assessAccountability,
  defineAccountabilityRules,
  FACT_LABELS,
  OTHER_CASES,
  parseAccountabilityFacts,
  parseAccountabilityRules,
  ruleConditionFacts,
  safeAssessAccountability,
  when,
} from '../../src/accountability/index.js';
import { isSsjError } from '../../src/core/index.js';
import { SOURCE_CLAUSE } from './source-clause.js';

/** The clause as one string: white space removed, and the page break that repeats 行 in 进行 joined. */
const clauseText = SOURCE_CLAUSE.replace(/\s+/g, '').replace('进行行', '进行');

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the rules of 四（二）as data', () => {
  it.each(ACCOUNTABILITY_RULES.filter((r) => r.kind !== 'risk'))(
    '$clause quotes the source text exactly',
    (rule) => {
      expect(clauseText).toContain(rule.textZh);
    },
  );

  it.each(Object.values(OTHER_CASES))(
    '$clause (other cases under laws and rules) quotes the source text',
    (c) => {
      expect(clauseText).toContain(c.textZh);
    },
  );

  it('has situations 1–3 of each list, one rule each, plus a risk for each failing that needs consequences', () => {
    expect(ACCOUNTABILITY_RULES.map((r) => `${r.kind} ${r.clause}`)).toEqual([
      'exemption 四（二）免责情形1',
      'exemption 四（二）免责情形2',
      'exemption 四（二）免责情形3',
      'accountability 四（二）问责情形1',
      'accountability 四（二）问责情形2',
      'accountability 四（二）问责情形3',
      'risk 四（二）问责情形1',
      'risk 四（二）问责情形2',
    ]);
  });

  it('every exemption needs a missed problem: nothing found at a target that had one', () => {
    for (const r of ACCOUNTABILITY_RULES.filter((x) => x.kind === 'exemption')) {
      expect(ruleConditionFacts(r.when)).toEqual(
        expect.arrayContaining(['nothingFound', 'problemFoundLater']),
      );
    }
  });

  it('every fact the rules read has a label in both languages', () => {
    for (const r of ACCOUNTABILITY_RULES) {
      for (const f of ruleConditionFacts(r.when)) expect(FACT_LABELS[f].zh.length).toBeGreaterThan(0);
    }
  });

  it('the built-in rule set passes its own validation', () => {
    expect(parseAccountabilityRules(ACCOUNTABILITY_RULES)).toBe(ACCOUNTABILITY_RULES);
  });
});

describe('host rules for the other cases under laws and rules', () => {
  const superiorsOrder: AccountabilityRule<'actedOnSuperiorsOrder'> = {
    ...OTHER_CASES.exemption,
    id: 'host-exemption-superiors-order',
    basis: '本单位执法责任制规定 第12条',
    textZh: '按照上级书面指令实施检查的',
    textEn: 'The officer inspected on a written order of a superior.',
    when: when.all(
      when.fact('nothingFound'),
      when.fact('problemFoundLater'),
      when.fact('actedOnSuperiorsOrder'),
    ),
  };
  const falsified: AccountabilityRule<'recordsFalsified'> = {
    ...OTHER_CASES.accountability,
    id: 'host-accountability-falsified-records',
    basis: '本单位执法责任制规定 第20条',
    textZh: '伪造检查记录的',
    textEn: 'The officer falsified inspection records.',
    when: when.fact('recordsFalsified'),
  };
  const rules = [...ACCOUNTABILITY_RULES, superiorsOrder, falsified];

  it('an added exemption (免责情形4) exempts, citing the clause and the host basis', () => {
    const a = assessAccountability(
      {
        nothingFound: true,
        problemFoundLater: true,
        actedOnSuperiorsOrder: true,
        followedChecklist: false,
        beyondTechnicalMeans: false,
        notOnChecklist: false,
        misledByEntrustedBody: false,
        inspectionNotAsRequired: false,
        resultsNotPublishedInTime: false,
        crimeLeadNotTransferred: false,
        recordsFalsified: false,
      },
      rules,
    );
    expect(a.outcome).toBe('exempt');
    expect(a.grounds.map((g) => [g.clause, g.source, g.basis])).toEqual([
      ['四（二）免责情形4', '达政办发〔2023〕70号', '本单位执法责任制规定 第12条'],
    ]);
  });

  it('an added accountability (问责情形4) holds the officer accountable', () => {
    const a = assessAccountability(
      { nothingFound: false, crimeLeadNotTransferred: false, recordsFalsified: true },
      rules,
    );
    expect(a.outcome).toBe('accountable');
    expect(a.grounds.map((g) => g.ruleId)).toEqual(['host-accountability-falsified-records']);
  });

  it('an added rule whose fact is unknown leaves the outcome open', () => {
    const a = assessAccountability(
      {
        nothingFound: false,
        inspectionNotAsRequired: false,
        resultsNotPublishedInTime: false,
        crimeLeadNotTransferred: false,
      },
      rules,
    );
    expect(a.outcome).toBe('needs-review');
    expect(a.missingFacts).toEqual(['recordsFalsified']);
  });

  it('a defined rule set is a frozen copy that assesses the same, and leaves the input unfrozen', () => {
    const defined = defineAccountabilityRules(rules);
    expect(defined).toEqual(rules);
    expect(Object.isFrozen(defined) && Object.isFrozen(defined[8]?.when)).toBe(true);
    expect(Object.isFrozen(rules) || Object.isFrozen(superiorsOrder)).toBe(false);
    const facts = { nothingFound: false, crimeLeadNotTransferred: false, recordsFalsified: true } as const;
    expect(assessAccountability(facts, defined)).toEqual(assessAccountability(facts, rules));
  });

  it('defining a rule set checks it', () => {
    const twice = [...rules, { ...falsified }];
    expect(
      isSsjError(
        caught(() => defineAccountabilityRules(twice)),
        'ACCOUNTABILITY_DUPLICATE_RULE_IDS',
      ),
    ).toBe(true);
  });

  it('rules can come from configuration as JSON', () => {
    const fromJson = parseAccountabilityRules(JSON.parse(JSON.stringify(rules)));
    expect(assessAccountability<string>({ recordsFalsified: true }, fromJson).grounds[0]?.ruleId).toBe(
      'host-accountability-falsified-records',
    );
  });
});

describe('validation', () => {
  it('rejects a fact that is not true, false or "unknown", naming it', () => {
    const error = caught(() => assessAccountability({ followedChecklist: 'yes' } as never));
    expect(isSsjError(error, 'ACCOUNTABILITY_FACTS_INVALID')).toBe(true);
    if (isSsjError(error)) expect(error.issues[0]?.path).toEqual(['followedChecklist']);
  });

  it.each([null, 'facts', [true], 3])('rejects facts that are not an object: %j', (facts) => {
    expect(
      isSsjError(
        caught(() => parseAccountabilityFacts(facts)),
        'ACCOUNTABILITY_FACTS_INVALID',
      ),
    ).toBe(true);
  });

  it('rejects a rule without a clause, and an empty all', () => {
    const bad = [
      { id: 'x', kind: 'exemption', source: 's', textZh: 'z', textEn: 'e', when: { op: 'all', of: [] } },
    ];
    const error = caught(() => parseAccountabilityRules(bad));
    expect(isSsjError(error, 'ACCOUNTABILITY_RULE_INVALID')).toBe(true);
    if (isSsjError(error)) {
      expect(error.issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining(['0.clause', '0.when.of']),
      );
    }
  });

  it('rejects possibly in an accountability rule: accountability never rests on what is unknown', () => {
    const rule = { ...falsifiedLike(), when: when.possibly(when.fact('recordsFalsified')) };
    const error = caught(() => parseAccountabilityRules([rule]));
    expect(isSsjError(error, 'ACCOUNTABILITY_RULE_INVALID')).toBe(true);
    if (isSsjError(error)) expect(error.issues[0]?.path).toEqual([0, 'when']);
  });

  it('rejects two rules with the same id', () => {
    const r = safeAssessAccountability({}, [...ACCOUNTABILITY_RULES, { ...ACCOUNTABILITY_RULES[0] }]);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('ACCOUNTABILITY_DUPLICATE_RULE_IDS');
      expect(r.error.issues[0]?.path).toEqual([ACCOUNTABILITY_RULES.length, 'id']);
    }
  });

  it('the safe form returns the assessment on good input', () => {
    const r = safeAssessAccountability({ nothingFound: false, crimeLeadNotTransferred: true });
    expect(r.success && r.data.outcome).toBe('accountable');
  });
});

function falsifiedLike(): AccountabilityRule<string> {
  return {
    ...OTHER_CASES.accountability,
    id: 'x',
    when: when.fact('recordsFalsified'),
  };
}
