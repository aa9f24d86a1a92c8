/** How a result category counts (结果类别性质): no problem, a problem, the target’s status, or no activity. */
export type ResultCategoryKind = 'clean' | 'problem' | 'status' | 'no-activity';

/** One category of the result vocabulary (检查结果分类). */
export interface ResultCategory {
  /** Stable id stored on results. */
  readonly id: string;
  /** The Chinese label the announcement shows. */
  readonly label: string;
  /** Other labels in use for the same category (别称). */
  readonly aliases: readonly string[];
  /** How it counts. */
  readonly kind: ResultCategoryKind;
  /** Sub-reasons that may (and must) accompany it. */
  readonly subReasons: readonly { readonly id: string; readonly label: string }[];
}

/**
 * The standard result vocabulary (抽查检查结果分类), scheme `samr-result` version 1: the de-facto national list,
 * multi-select. Its id and version are stored on every result so that later revisions do not change old results.
 *
 * @example
 * ```ts
 * RESULT_SCHEME.categories.find((c) => c.id === 'corrected')?.label; // '发现问题已责令改正'
 * ```
 */
export const RESULT_SCHEME = {
  id: 'samr-result',
  version: 1,
  source: '国家企业信用信息公示系统 抽查检查结果分类 (市场监管总局)',
  categories: [
    { id: 'no-problem', label: '未发现问题', aliases: [], kind: 'clean', subReasons: [] },
    {
      id: 'disclosure-missing',
      label: '未按规定公示应当公示的信息',
      aliases: [],
      kind: 'problem',
      subReasons: [],
    },
    {
      id: 'disclosure-false',
      label: '公示信息隐瞒真实情况弄虚作假',
      aliases: [],
      kind: 'problem',
      subReasons: [],
    },
    {
      id: 'unreachable',
      label: '通过登记的住所（经营场所）无法联系',
      aliases: ['通过登记的住所无法联系', '通过登记的经营场所无法联系'],
      kind: 'problem',
      subReasons: [],
    },
    {
      id: 'non-cooperation',
      label: '不配合检查情节严重',
      aliases: ['不予配合检查情节严重'],
      kind: 'problem',
      subReasons: [],
    },
    {
      id: 'no-activity',
      label: '未发现开展本次抽查涉及的经营活动',
      aliases: [],
      kind: 'no-activity',
      subReasons: [],
    },
    {
      id: 'corrected',
      label: '发现问题已责令改正',
      aliases: ['发现问题经责令已改正'],
      kind: 'problem',
      subReasons: [],
    },
    {
      id: 'pending',
      label: '发现问题待后续处理',
      aliases: [],
      kind: 'problem',
      subReasons: [
        { id: 'market-rules', label: '违反市场监管相关规定' },
        { id: 'other-department-rules', label: '违反其他部门相关规定' },
      ],
    },
    {
      id: 'closed-or-liquidating',
      label: '已关闭停业或正在组织清算',
      aliases: [],
      kind: 'status',
      subReasons: [],
    },
    { id: 'deregistered', label: '注销', aliases: ['已注销'], kind: 'status', subReasons: [] },
    { id: 'license-revoked', label: '被吊销', aliases: ['吊销'], kind: 'status', subReasons: [] },
    { id: 'registration-revoked', label: '被撤销', aliases: ['撤销'], kind: 'status', subReasons: [] },
    { id: 'moved-out', label: '迁出', aliases: ['已迁出'], kind: 'status', subReasons: [] },
  ],
} as const satisfies {
  readonly id: string;
  readonly version: number;
  readonly source: string;
  readonly categories: readonly ResultCategory[];
};

/** The id of a category of {@link RESULT_SCHEME} (检查结果类别). */
export type ResultCategoryId = (typeof RESULT_SCHEME.categories)[number]['id'];

/** The id of a sub-reason of {@link RESULT_SCHEME} (待后续处理的具体原因). */
export type ResultSubReasonId = (typeof RESULT_SCHEME.categories)[number]['subReasons'][number]['id'];

/** Which scheme and version a stored result used (结果分类版本). */
export interface ResultSchemeRef {
  readonly id: string;
  readonly version: number;
}

/** A multi-select rule of the vocabulary, as data (多选规则). */
export type ResultSelectionRule =
  | { readonly kind: 'alone'; readonly category: ResultCategoryId; readonly why: string }
  | { readonly kind: 'at-most-one-of-kind'; readonly of: ResultCategoryKind; readonly why: string }
  | { readonly kind: 'needs-sub-reason'; readonly category: ResultCategoryId; readonly why: string };

/**
 * The multi-select rules (多选规则): 未发现问题 stands alone; a target has at most one status; 发现问题待后续处理 needs
 * a sub-reason (and sub-reasons need it).
 *
 * @example
 * ```ts
 * RESULT_SELECTION_RULES[0]; // { kind: 'alone', category: 'no-problem', … }
 * ```
 */
export const RESULT_SELECTION_RULES = [
  { kind: 'alone', category: 'no-problem', why: '未发现问题 excludes every other category' },
  { kind: 'at-most-one-of-kind', of: 'status', why: 'a target has one registration status at a time' },
  {
    kind: 'needs-sub-reason',
    category: 'pending',
    why: '发现问题待后续处理 states what the problem violates',
  },
] as const satisfies readonly ResultSelectionRule[];
