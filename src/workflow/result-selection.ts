import * as z from 'zod/mini';
import { type SafeResult, SsjError, type SsjIssue } from '../core/index.js';
import { expectDenseArray, parseWith, safely } from '../core/internal.js';
import {
  RESULT_SCHEME,
  RESULT_SELECTION_RULES,
  type ResultCategory,
  type ResultCategoryId,
  type ResultSchemeRef,
  type ResultSelectionRule,
  type ResultSubReasonId,
} from './result-vocabulary.js';

/** A checked result selection (检查结果): category ids in scheme order, sub-reason ids, and the scheme used. */
export interface ResultSelection {
  readonly categories: readonly ResultCategoryId[];
  readonly subReasons: readonly ResultSubReasonId[];
  readonly scheme: ResultSchemeRef;
}

const inputSchema = z.object({
  categories: z.readonly(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  subReasons: z.optional(z.readonly(z.array(z.string().check(z.minLength(1))))),
});

const CATEGORIES: readonly ResultCategory[] = RESULT_SCHEME.categories;

function findCategory(name: string): ResultCategory | undefined {
  return CATEGORIES.find((c) => c.id === name || c.label === name || c.aliases.includes(name));
}

/**
 * Reads a result selection (解析检查结果): each category by id, Chinese label or alias (不予配合检查情节严重 →
 * `non-cooperation`), each sub-reason by id or label, then checks the multi-select rules of
 * {@link RESULT_SELECTION_RULES}. The same category named twice (label and alias) counts once.
 *
 * @param input - `{ categories: string[], subReasons?: string[] }`
 * @returns the selection with ids in scheme order and the scheme id and version
 * @throws {SsjError} `INVALID_INPUT` when the shape is wrong (no category at all)
 * @throws {SsjError} `WORKFLOW_RESULT_CATEGORY_UNKNOWN` naming each unknown category or sub-reason
 * @throws {SsjError} `WORKFLOW_RESULT_CATEGORIES_CONFLICT` naming each broken multi-select rule
 * @example
 * ```ts
 * parseResultSelection({ categories: ['发现问题经责令已改正'] }).categories; // ['corrected']
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#results}
 */
export function parseResultSelection(input: unknown): ResultSelection {
  const data = parseWith(inputSchema, input, 'result selection');
  const unknown: SsjIssue[] = [];
  const ids = new Set<string>();
  data.categories.forEach((name, i) => {
    const found = findCategory(name);
    if (found === undefined) {
      unknown.push({
        path: ['categories', i],
        message: `Unknown result category "${name}"`,
        expected: 'a category of RESULT_SCHEME',
      });
    } else ids.add(found.id);
  });
  const allowedSubs = CATEGORIES.flatMap((c) => c.subReasons);
  const subIds = new Set<string>();
  (data.subReasons ?? []).forEach((name, i) => {
    const found = allowedSubs.find((s) => s.id === name || s.label === name);
    if (found === undefined) {
      unknown.push({
        path: ['subReasons', i],
        message: `Unknown sub-reason "${name}"`,
        expected: 'a sub-reason of RESULT_SCHEME',
      });
    } else subIds.add(found.id);
  });
  if (unknown.length > 0) {
    throw new SsjError('WORKFLOW_RESULT_CATEGORY_UNKNOWN', unknown.map((i) => i.message).join('; '), {
      issues: unknown,
    });
  }
  const categories = CATEGORIES.filter((c) => ids.has(c.id));
  const conflicts = RESULT_SELECTION_RULES.flatMap((rule) => checkRule(rule, categories, subIds));
  if (conflicts.length > 0) {
    throw new SsjError('WORKFLOW_RESULT_CATEGORIES_CONFLICT', conflicts.map((i) => i.message).join('; '), {
      issues: conflicts,
    });
  }
  return {
    categories: categories.map((c) => c.id as ResultCategoryId),
    subReasons: allowedSubs.filter((s) => subIds.has(s.id)).map((s) => s.id as ResultSubReasonId),
    scheme: { id: RESULT_SCHEME.id, version: RESULT_SCHEME.version },
  };
}

/**
 * The non-throwing form of {@link parseResultSelection}.
 *
 * @param input - as for {@link parseResultSelection}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * safeParseResultSelection({ categories: ['未发现问题', '注销'] }).success; // false
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#results}
 */
export function safeParseResultSelection(input: unknown): SafeResult<ResultSelection> {
  return safely(() => parseResultSelection(input));
}

function checkRule(
  rule: ResultSelectionRule,
  categories: readonly ResultCategory[],
  subIds: ReadonlySet<string>,
): SsjIssue[] {
  switch (rule.kind) {
    case 'alone':
      return categories.some((c) => c.id === rule.category) && categories.length > 1
        ? [{ path: ['categories'], message: `${rule.category} cannot be combined: ${rule.why}` }]
        : [];
    case 'at-most-one-of-kind': {
      const same = categories.filter((c) => c.kind === rule.of);
      return same.length > 1
        ? [
            {
              path: ['categories'],
              message: `At most one ${rule.of} category (${same.map((c) => c.label).join(', ')}): ${rule.why}`,
            },
          ]
        : [];
    }
    case 'needs-sub-reason': {
      const has = categories.some((c) => c.id === rule.category);
      if (has && subIds.size === 0) {
        return [{ path: ['subReasons'], message: `${rule.category} needs a sub-reason: ${rule.why}` }];
      }
      if (!has && subIds.size > 0) {
        return [{ path: ['subReasons'], message: `Sub-reasons are given only with ${rule.category}` }];
      }
      return [];
    }
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/**
 * Whether a selection records a problem (发现问题): any category of kind `problem`. Used for the problem rate.
 *
 * @param categories - category ids of a result
 * @returns `true` when at least one is a problem
 * @example
 * ```ts
 * isProblemResult(['corrected']); // true
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#results}
 */
export function isProblemResult(categories: readonly ResultCategoryId[]): boolean {
  if (!Array.isArray(categories)) return false;
  return CATEGORIES.some((c) => c.kind === 'problem' && categories.includes(c.id as ResultCategoryId));
}

/**
 * The Chinese labels of category ids, for announcements (结果中文名称).
 *
 * @param categories - category ids
 * @returns the labels in the same order
 * @throws {SsjError} `INVALID_INPUT` when `categories` is not an array of strings
 * @throws {SsjError} `WORKFLOW_RESULT_CATEGORY_UNKNOWN` naming each id not in the vocabulary (an unknown id is not
 *   passed through as if it were a label)
 * @example
 * ```ts
 * resultLabels(['no-problem']); // ['未发现问题']
 * ```
 *
 * @example
 * Run in `examples/workflow-helpers.ts`:
 *
 * {@includeCode ../../examples/workflow-helpers.ts#results}
 */
export function resultLabels(categories: readonly ResultCategoryId[]): readonly string[] {
  expectDenseArray(categories, 'result categories');
  const labels = categories.map((id) => CATEGORIES.find((c) => c.id === id)?.label);
  const unknown = labels.flatMap((l, i) => (l === undefined ? [i] : []));
  if (unknown.length === 0) return labels as string[];
  const issues = unknown.slice(0, 5).map((i) => ({
    path: [i],
    message: `Not a result category id: ${String(categories[i]).slice(0, 40)}`,
    expected: 'ResultCategoryId',
  }));
  const message = `Unknown result categor${unknown.length > 1 ? 'ies' : 'y'}: ${issues.map((i) => i.message.slice(26)).join(', ')}`;
  throw new SsjError('WORKFLOW_RESULT_CATEGORY_UNKNOWN', message, { issues });
}
