import * as z from 'zod/mini';
import { parseWith } from '../core/internal.js';
import type { AccountabilityAssessment, AccountabilityGround, AccountabilityOutcome } from './assessment.js';
import type { FactUse } from './evaluate-rule-condition.js';
import { type AccountabilityLabel, FACT_LABELS } from './facts.js';
import { accountabilityRuleSchema } from './rule-schema.js';

/** How each outcome reads in Chinese and English. */
export const OUTCOME_LABELS = {
  exempt: { zh: '免责', en: 'exempt' },
  accountable: { zh: '问责', en: 'accountable' },
  'no-finding': { zh: '不涉及免责或问责', en: 'no finding' },
  'needs-review': { zh: '需人工复核', en: 'needs review' },
} as const satisfies Record<AccountabilityOutcome, AccountabilityLabel>;

/** Options of {@link explainAssessment}. */
export interface ExplainOptions {
  /** Labels of the host's own facts (built-in facts use {@link FACT_LABELS}). */
  readonly factLabels?: Readonly<Record<string, AccountabilityLabel>>;
}

/** An explanation in both languages, one line per statement. */
export interface AssessmentExplanation {
  /** The explanation in Chinese. */
  readonly zh: string;
  /** The explanation in English. */
  readonly en: string;
}

type Lang = keyof AccountabilityLabel;

const text = z.string();
const groundSchema = z.looseObject({
  ruleId: text,
  kind: accountabilityRuleSchema.shape.kind,
  clause: text,
  source: text,
  basis: z.optional(text),
  textZh: text,
  textEn: text,
  facts: z.array(z.object({ name: text, value: z.union([z.boolean(), z.literal('unknown')]) })),
});

/** An assessment as far as the explanation reads it (an `assessAccountability` answer, perhaps read back). */
const assessmentSchema = z.looseObject({
  outcome: z.enum(Object.keys(OUTCOME_LABELS) as [AccountabilityOutcome, ...AccountabilityOutcome[]]),
  reviewReasons: z.array(z.enum(['conflict', 'unknown-facts'])),
  grounds: z.array(groundSchema),
  risks: z.array(groundSchema),
  missingFacts: z.array(text),
});

const optionsSchema = z.strictObject({
  factLabels: z.optional(z.record(z.string(), z.object({ zh: text, en: text }))),
});

const VALUE_WORDS = {
  zh: { true: '是', false: '否', unknown: '不明' },
  en: { true: 'yes', false: 'no', unknown: 'unknown' },
} as const;

function render(
  a: AccountabilityAssessment,
  lang: Lang,
  labels: Readonly<Record<string, AccountabilityLabel>>,
): string {
  const label = (name: string): string => labels[name]?.[lang] ?? name;
  const fact = (u: FactUse): string =>
    `${label(u.name)}${lang === 'zh' ? '：' : ': '}${VALUE_WORDS[lang][`${u.value}`]}`;
  const facts = (g: AccountabilityGround): string => g.facts.map(fact).join(lang === 'zh' ? '；' : '; ');
  const basis = (g: AccountabilityGround): string =>
    g.basis === undefined ? '' : lang === 'zh' ? `、${g.basis}` : ` and ${g.basis}`;
  const cite = (g: AccountabilityGround): string =>
    lang === 'zh'
      ? `依据${g.source}${g.clause}${basis(g)}“${g.textZh}”（事实：${facts(g)}）`
      : `under ${g.source} ${g.clause}${basis(g)}: ${g.textEn} Facts: ${facts(g)}.`;
  // A risk's text is the library's own note, not the source's words: it is never shown in quotation marks.
  const note = (r: AccountabilityGround): string =>
    lang === 'zh'
      ? `${r.textZh}（参见${r.source}${r.clause}${basis(r)}；事实：${facts(r)}）`
      : `${r.textEn} (see ${r.source} ${r.clause}${basis(r)}; facts: ${facts(r)})`;
  const lines = [
    lang === 'zh' ? `结论：${OUTCOME_LABELS[a.outcome].zh}` : `Outcome: ${OUTCOME_LABELS[a.outcome].en}`,
  ];
  for (const g of a.grounds) {
    const kind = g.kind === 'exemption' ? ['免责', 'Exemption'] : ['问责', 'Accountability'];
    lines.push(lang === 'zh' ? `${kind[0]}：${cite(g)}` : `${kind[1]} ${cite(g)}`);
  }
  for (const r of a.risks) lines.push(lang === 'zh' ? `风险提示：${note(r)}` : `Risk: ${note(r)}`);
  if (a.reviewReasons.includes('conflict')) {
    lines.push(
      lang === 'zh'
        ? '复核原因：免责情形与问责情形同时成立'
        : 'Review: an exemption and an accountability situation both hold',
    );
  }
  if (a.missingFacts.length > 0) {
    const missing = a.missingFacts.map(label).join(lang === 'zh' ? '；' : '; ');
    lines.push(lang === 'zh' ? `待查明事实：${missing}` : `Facts to establish: ${missing}`);
  }
  return lines.join('\n');
}

/**
 * Renders an assessment in Chinese and English (认定说明): the outcome, each ground citing its clause and quoting
 * its text with the facts it rests on, each risk as the library's own note (never in quotation marks) with the
 * clause to see, why a review is needed, and the facts still to establish.
 *
 * @param assessment - an assessment from {@link assessAccountability}
 * @param options - labels of the host's own facts
 * @returns the explanation in both languages
 * @throws {SsjError} `INVALID_INPUT` when `assessment` is not shaped as an assessment, or `options` holds a key
 *   other than `factLabels` or a label without `zh` and `en`
 * @example
 * ```ts
 * const { zh, en } = explainAssessment(assessAccountability(facts));
 * console.log(zh); // 结论：免责 / 免责：依据达政办发〔2023〕70号四（二）免责情形1“已严格按照…”…
 * ```
 *
 * @example
 * Run in `examples/targeted-case.ts`:
 *
 * {@includeCode ../../examples/targeted-case.ts#close}
 */
export function explainAssessment(
  assessment: AccountabilityAssessment,
  options: ExplainOptions = {},
): AssessmentExplanation {
  parseWith(assessmentSchema, assessment, 'accountability assessment');
  parseWith(optionsSchema, options, 'explainAssessment options');
  const labels: Readonly<Record<string, AccountabilityLabel>> = { ...FACT_LABELS, ...options.factLabels };
  return { zh: render(assessment, 'zh', labels), en: render(assessment, 'en', labels) };
}
