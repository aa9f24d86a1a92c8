import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  applyFilter,
  checklistItemAppliesTo,
  compileIndustryHandbook,
  directoryDigest,
  formatLegalBasis,
  importTargets,
  parseTargetFilter,
  safeParseTargetFilter,
} from '../../src/directories/index.js';
import { codeOf } from '../fixtures/code-of.js';
import { target } from './fixtures.js';

describe('the directory functions refuse garbage instead of answering it', () => {
  it('a filter that is not plain data is refused, not read as match-all', () => {
    expect(codeOf(() => parseTargetFilter(new Date()))).toBe('DIRECTORY_INVALID');
    expect(safeParseTargetFilter(new Map()).success).toBe(false);
    expect(parseTargetFilter({})).toEqual({});
  });

  it('applyFilter refuses a malformed filter or entry instead of emptying the pool', () => {
    const t = target();
    expect(codeOf(() => applyFilter([t], { kinds: '' } as never))).toBe('DIRECTORY_INVALID');
    expect(codeOf(() => applyFilter([t, { id: 'x' }] as never, {}))).toBe('DIRECTORY_INVALID');
    const holes: unknown[] = new Array(2);
    holes[1] = t;
    expect(codeOf(() => applyFilter(holes as never, {}))).toBe('DIRECTORY_INVALID');
    expect(applyFilter([t], { kinds: ['enterprise'] })).toEqual([t]);
  });

  it('an item applies to a target only when the target names a kind or an industry', () => {
    expect(codeOf(() => checklistItemAppliesTo({} as never, { industry: 'H62' }))).toBe('CHECKLIST_INVALID');
  });

  it('handbook options with an unknown key or a non-boolean are refused', () => {
    const meta = { industry: 'H62', title: '餐饮业一业一册', lead: 'samr' };
    expect(codeOf(() => compileIndustryHandbook(meta, [], { keyOnly: true } as never))).toBe(
      'CHECKLIST_HANDBOOK_INVALID',
    );
    expect(codeOf(() => compileIndustryHandbook(meta, [], { keyItemsOnly: 'yes' } as never))).toBe(
      'CHECKLIST_HANDBOOK_INVALID',
    );
  });

  it('a legal basis is formatted only from non-blank texts', () => {
    expect(codeOf(() => formatLegalBasis({ law: '' }))).toBe('CHECKLIST_INVALID');
    expect(formatLegalBasis({ law: '企业信息公示暂行条例', article: '第十五条' })).toBe(
      '《企业信息公示暂行条例》第十五条',
    );
  });

  it('snapshots, digests and imports check their shape first', () => {
    expect(
      codeOf(() => applyChanges({ kind: 'targets', version: 1, digest: 'x', entries: [] } as never, [])),
    ).toBe('DIRECTORY_INVALID');
    expect(codeOf(() => directoryDigest('target' as never, []))).toBe('DIRECTORY_INVALID');
    expect(codeOf(() => directoryDigest('targets', [{ id: 5 }] as never))).toBe('DIRECTORY_INVALID');
    const sparse: unknown[] = new Array(3);
    expect(codeOf(() => importTargets(sparse))).toBe('IMPORT_ROWS_INVALID');
    expect(codeOf(() => importTargets([], { defaultKnd: 'enterprise' } as never))).toBe(
      'IMPORT_OPTIONS_INVALID',
    );
    expect(codeOf(() => importTargets([], { existingIds: ['a'] } as never))).toBe('IMPORT_OPTIONS_INVALID');
  });
});
