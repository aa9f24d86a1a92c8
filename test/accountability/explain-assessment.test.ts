import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_FACT_NAMES,
  ACCOUNTABILITY_RULES,
  type AccountabilityFacts,
  assessAccountability,
  explainAssessment,
  OTHER_CASES,
  when,
} from '../../src/accountability/index.js';

const ALL_FALSE: AccountabilityFacts = Object.fromEntries(ACCOUNTABILITY_FACT_NAMES.map((n) => [n, false]));

describe('explainAssessment', () => {
  it('an exemption cites the clause and quotes its text, in Chinese and English, with the facts it rests on', () => {
    const a = assessAccountability({
      ...ALL_FALSE,
      nothingFound: true,
      problemFoundLater: true,
      followedChecklist: true,
    });
    const { zh, en } = explainAssessment(a);
    expect(zh.split('\n')).toEqual([
      '结论：免责',
      '免责：依据达政办发〔2023〕70号四（二）免责情形1“已严格按照抽查事项清单和相关工作要求履行监管职责”（事实：抽查检查中未发现检查对象存在问题：是；检查对象实际存在问题（事后发现）：是；已严格按照抽查事项清单和相关工作要求履行监管职责：是）',
    ]);
    expect(en.split('\n')[0]).toBe('Outcome: exempt');
    expect(en).toContain(
      'Exemption under 达政办发〔2023〕70号 四（二）免责情形1: The officer strictly followed',
    );
    expect(en).toContain('the officer strictly followed the checklist and the work requirements: yes');
  });

  it('an accountability cites its clause; a risk says no consequences are known', () => {
    const a = assessAccountability({
      ...ALL_FALSE,
      crimeLeadNotTransferred: true,
      resultsNotPublishedInTime: true,
      consequencesFollowed: false,
    });
    const { zh, en } = explainAssessment(a);
    expect(zh).toContain('结论：问责');
    expect(zh).toContain(
      '问责：依据达政办发〔2023〕70号四（二）问责情形3“对抽查检查中发现的涉嫌犯罪案件线索，未依法移送司法机关处理的”',
    );
    expect(zh).toContain(
      '风险提示：发现问题的抽查检查结果未及时公示，尚无已知后果（参见达政办发〔2023〕70号四（二）问责情形2；',
    );
    expect(en).toContain('Accountability under 达政办发〔2023〕70号 四（二）问责情形3');
    expect(en).toContain('Risk: Results of an inspection that found problems were not published in time;');
    expect(en).toContain('(see 达政办发〔2023〕70号 四（二）问责情形2; facts:');
    expect(en).toContain('consequences followed: no');
  });

  it('a risk note is the library’s own words: never in quotation marks, as if quoting the source', () => {
    const a = assessAccountability({ ...ALL_FALSE, inspectionNotAsRequired: true });
    const { zh } = explainAssessment(a);
    const risk = zh.split('\n').find((l) => l.startsWith('风险提示：')) ?? '';
    expect(risk).toBe(
      '风险提示：未按相关工作要求进行抽查检查，尚无已知后果（参见达政办发〔2023〕70号四（二）问责情形1；事实：未按相关工作要求进行抽查检查：是；造成后果：否）',
    );
    expect(risk).not.toMatch(/[“”]/);
  });

  it('a review names the conflict, and the facts to establish', () => {
    const conflict = assessAccountability({
      ...ALL_FALSE,
      nothingFound: true,
      problemFoundLater: true,
      notOnChecklist: true,
      crimeLeadNotTransferred: true,
    });
    expect(explainAssessment(conflict).zh).toContain('复核原因：免责情形与问责情形同时成立');
    expect(explainAssessment(conflict).en).toContain(
      'Review: an exemption and an accountability situation both hold',
    );
    const open = assessAccountability({
      ...ALL_FALSE,
      resultsNotPublishedInTime: true,
      consequencesFollowed: 'unknown',
    });
    expect(explainAssessment(open).zh).toContain('待查明事实：造成后果');
    expect(explainAssessment(open).en).toContain('Facts to establish: consequences followed');
  });

  it('labels a host fact with the labels given, and by its name otherwise', () => {
    const rule = {
      ...OTHER_CASES.accountability,
      id: 'host-falsified',
      basis: '本单位规定 第20条',
      when: when.fact('recordsFalsified'),
    };
    const a = assessAccountability({ ...ALL_FALSE, recordsFalsified: true }, [...ACCOUNTABILITY_RULES, rule]);
    expect(explainAssessment(a).zh).toContain(
      '依据达政办发〔2023〕70号四（二）问责情形4、本单位规定 第20条“其他依法依规应当追究责任的”',
    );
    expect(explainAssessment(a).en).toContain(
      'under 达政办发〔2023〕70号 四（二）问责情形4 and 本单位规定 第20条:',
    );
    expect(explainAssessment(a).zh).toContain('recordsFalsified：是');
    const labelled = explainAssessment(a, {
      factLabels: { recordsFalsified: { zh: '伪造检查记录', en: 'records falsified' } },
    });
    expect(labelled.zh).toContain('伪造检查记录：是');
    expect(labelled.en).toContain('records falsified: yes');
  });
});
