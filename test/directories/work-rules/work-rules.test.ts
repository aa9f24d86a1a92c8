import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../../src/core/index.js';
import {
  DEFAULT_WORK_RULES,
  defineWorkRules,
  PROCESS_STEP_LIST,
  workRulesGaps,
} from '../../../src/directories/index.js';
import { errorOf } from '../checklists/fixtures.js';

describe('work rules (一细则)', () => {
  it('default to the regulation: results published within 20 working days, 谁检查、谁录入、谁公示', () => {
    const rules = defineWorkRules('samr');
    expect(rules.publication.value.workdays).toBe(20);
    expect(rules.publication.value.principle).toBe('谁检查、谁录入、谁公示');
    expect(rules.publication.source).toBe('达政办发〔2023〕70号 三（九）');
  });

  it('default to drawing targets and inspectors at random, joint targets drawn once by the initiator', () => {
    const rules = defineWorkRules('fire-rescue');
    expect(rules.drawMethod.value).toMatchObject({
      targets: 'random',
      inspectors: 'random',
      jointTargetsDrawnOnceBy: 'initiator',
    });
    expect(rules.processSteps.value).toEqual(PROCESS_STEP_LIST);
    expect(rules.annualPlan.value).toMatchObject({ madeByEndOfMonth: 1, filedByEndOfMonth: 2 });
    expect(rules.archiving.value.fullTrail).toBe(true);
  });

  it('carry a source for every rule', () => {
    const rules = defineWorkRules('samr');
    for (const key of Object.keys(DEFAULT_WORK_RULES) as (keyof typeof DEFAULT_WORK_RULES)[]) {
      expect(rules[key].source).toMatch(/达政办发〔2023〕70号/);
    }
  });

  it('leave the approval authority (审批权限) to the department, and say so', () => {
    expect(workRulesGaps(defineWorkRules('samr'))).toEqual(['taskApprover']);
    const own = defineWorkRules('samr', {
      taskApprover: { value: '分管副局长', source: '旗市场监管局随机抽查工作细则 第八条' },
    });
    expect(own.taskApprover).toEqual({ value: '分管副局长', source: '旗市场监管局随机抽查工作细则 第八条' });
    expect(workRulesGaps(own)).toEqual([]);
  });

  it('accept a stricter rule of the department’s own', () => {
    const rules = defineWorkRules('samr', {
      publication: {
        value: { ...DEFAULT_WORK_RULES.publication.value, workdays: 15 },
        source: '本局细则 第十条',
      },
    });
    expect(rules.publication.value.workdays).toBe(15);
  });

  it.each([
    [
      'publishing later than 20 working days',
      { publication: { value: { ...DEFAULT_WORK_RULES.publication.value, workdays: 25 }, source: 's' } },
    ],
    ['an override without its source', { publication: { value: DEFAULT_WORK_RULES.publication.value } }],
    [
      'a non-random draw of targets',
      { drawMethod: { value: { ...DEFAULT_WORK_RULES.drawMethod.value, targets: 'chosen' }, source: 's' } },
    ],
    [
      'leaving out publication',
      { processSteps: { value: ['draw-targets', 'assign-inspectors', 'archive'], source: 's' } },
    ],
    [
      'filing the annual plan after February',
      {
        annualPlan: { value: { ...DEFAULT_WORK_RULES.annualPlan.value, filedByEndOfMonth: 3 }, source: 's' },
      },
    ],
    [
      'changing plans at will',
      { planChanges: { value: { atWill: true, reasonRecorded: true, published: true }, source: 's' } },
    ],
  ])('refuse a rule looser than the regulation: %s', (_name, overrides) => {
    const error = errorOf(() => defineWorkRules('samr', overrides as never));
    expect(isSsjError(error, 'WORK_RULES_INVALID')).toBe(true);
  });

  it('are immutable', () => {
    const rules = defineWorkRules('samr');
    expect(Object.isFrozen(rules.publication.value.channels)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WORK_RULES.publication.value.channels)).toBe(true);
  });
});
