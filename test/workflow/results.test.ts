import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isProblemResult,
  parseResultSelection,
  RESULT_SCHEME,
  recordResult,
  resultLabels,
  safeParseResultSelection,
} from '../../src/workflow/index.js';
import { walkTo } from './fixtures.js';

describe('result vocabulary (检查结果分类)', () => {
  it('reads aliases as their category: 不予配合检查情节严重 and 发现问题经责令已改正', () => {
    expect(parseResultSelection({ categories: ['不予配合检查情节严重', '发现问题经责令已改正'] })).toEqual({
      categories: ['non-cooperation', 'corrected'],
      subReasons: [],
      scheme: { id: 'samr-result', version: 1 },
    });
  });

  it('未发现问题 stands alone', () => {
    const r = safeParseResultSelection({ categories: ['未发现问题', '发现问题已责令改正'] });
    expect(r.success === false && r.error.code).toBe('WORKFLOW_RESULT_CATEGORIES_CONFLICT');
  });

  it('a target has one status at a time (注销 and 迁出 conflict)', () => {
    expect(() => parseResultSelection({ categories: ['注销', '迁出'] })).toThrow(/At most one status/);
  });

  it('发现问题待后续处理 needs a sub-reason, and sub-reasons need it', () => {
    expect(() => parseResultSelection({ categories: ['发现问题待后续处理'] })).toThrow(/needs a sub-reason/);
    expect(() => parseResultSelection({ categories: ['corrected'], subReasons: ['market-rules'] })).toThrow(
      /only with pending/,
    );
    expect(
      parseResultSelection({ categories: ['发现问题待后续处理'], subReasons: ['违反其他部门相关规定'] })
        .subReasons,
    ).toEqual(['other-department-rules']);
  });

  it('names every unknown category with its path', () => {
    const r = safeParseResultSelection({ categories: ['未发现问题', '查无此项', '也没有'] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe('WORKFLOW_RESULT_CATEGORY_UNKNOWN');
      expect(r.error.issues.map((i) => i.path)).toEqual([
        ['categories', 1],
        ['categories', 2],
      ]);
    }
  });

  it('any single category by id, label or alias reads back as itself (property)', () => {
    const names = RESULT_SCHEME.categories.flatMap((c) =>
      [c.id, c.label, ...c.aliases].map((name) => ({ name, id: c.id, needsSub: c.subReasons.length > 0 })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...names), ({ name, id, needsSub }) => {
        const s = parseResultSelection({
          categories: [name],
          ...(needsSub ? { subReasons: ['market-rules'] } : {}),
        });
        return s.categories.length === 1 && s.categories[0] === id && resultLabels(s.categories).length === 1;
      }),
      { numRuns: 60 },
    );
  });

  it('problem rate counts only problem categories', () => {
    expect(isProblemResult(['no-problem'])).toBe(false);
    expect(isProblemResult(['deregistered'])).toBe(false);
    expect(isProblemResult(['unreachable'])).toBe(true);
  });
});

describe('recording results (谁检查、谁录入)', () => {
  const base = {
    department: 'market',
    methods: ['on-site'],
    result: { categories: ['未发现问题'] },
    followUp: ['none'],
    enteredBy: 'm1',
  } as const;

  it('stores the scheme id and version on each result', () => {
    const { task } = walkTo('results-recorded');
    const results = task.state.status === 'results-recorded' ? task.state.results : [];
    expect(results.every((r) => r.scheme.id === 'samr-result' && r.scheme.version === 1)).toBe(true);
  });

  it('refuses a result from someone not on the team, for an unvisited target, or twice', () => {
    const { task, ctx, record } = walkTo('inspected');
    const target = record!.selected[0]!.id;
    expect(() => recordResult(task, { ...base, targetId: target, enteredBy: 'h1' }, ctx)).toThrow(
      /not on the team/,
    );
    expect(() => recordResult(task, { ...base, targetId: 'nowhere' }, ctx)).toThrow(/No visit/);
    const once = recordResult(task, { ...base, targetId: target }, ctx).task;
    expect(() => recordResult(once, { ...base, targetId: target }, ctx)).toThrow(/already recorded/);
  });

  it('a problem needs a finding; entrusted bodies come with the method "entrusted"', () => {
    const { task, ctx, record } = walkTo('inspected');
    const targetId = record!.selected[0]!.id;
    expect(() =>
      recordResult(
        task,
        { ...base, targetId, result: { categories: ['corrected'] }, followUp: ['order-correction'] },
        ctx,
      ),
    ).toThrow(/at least one finding/);
    expect(() =>
      recordResult(task, { ...base, targetId, entrusted: [{ body: '某检测中心', opinion: '合格' }] }, ctx),
    ).toThrow(/Entrusted bodies/);
    const ok = recordResult(
      task,
      {
        ...base,
        targetId,
        methods: ['on-site', 'entrusted'],
        entrusted: [{ body: '某检测中心', opinion: '抽检合格' }],
      },
      ctx,
    );
    expect(ok.task.state.status).toBe('results-recorded');
  });
});
