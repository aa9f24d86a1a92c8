/**
 * One rule of the regulation as data: a number, its unit and where it comes from (规则及出处).
 */
export interface SourcedRule<U extends string = string> {
  /** The number the rule sets. */
  readonly value: number;
  /** What the number counts. */
  readonly unit: U;
  /** The document and clause that set it. */
  readonly source: string;
}
