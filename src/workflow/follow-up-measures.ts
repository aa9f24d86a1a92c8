/**
 * The follow-up measures (后续处置措施) after an inspection, as data: id, Chinese label, and whether the measure is
 * closed as soon as it is recorded.
 *
 * @example
 * ```ts
 * FOLLOW_UP_MEASURES.find((m) => m.id === 'judicial-transfer')?.label; // '涉嫌犯罪移送司法机关'
 * ```
 */
export const FOLLOW_UP_MEASURES = [
  { id: 'none', label: '无需后续处置', closedOnRecord: true },
  { id: 'daily-supervision', label: '终止检查，转日常监管', closedOnRecord: false },
  { id: 'order-correction', label: '责令改正', closedOnRecord: false },
  { id: 'case-transfer', label: '移交案件线索至办案机构', closedOnRecord: false },
  { id: 'notify-department', label: '抄告相关部门', closedOnRecord: false },
  { id: 'judicial-transfer', label: '涉嫌犯罪移送司法机关', closedOnRecord: false },
  { id: 'joint-punishment', label: '实施联合惩戒', closedOnRecord: false },
] as const satisfies readonly {
  readonly id: string;
  readonly label: string;
  readonly closedOnRecord: boolean;
}[];

/** The id of a follow-up measure (后续处置措施). */
export type FollowUpKind = (typeof FOLLOW_UP_MEASURES)[number]['id'];

/**
 * All follow-up kinds, for schemas.
 *
 * @example
 * ```ts
 * FOLLOW_UP_KINDS.includes('order-correction'); // true
 * ```
 */
export const FOLLOW_UP_KINDS = FOLLOW_UP_MEASURES.map((m) => m.id) as readonly FollowUpKind[] as readonly [
  FollowUpKind,
  ...FollowUpKind[],
];
