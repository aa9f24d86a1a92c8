import type { SafeResult } from '../core/index.js';
import { safely } from '../core/internal.js';
import type {
  AccountabilityAssessment,
  AccountabilityGround,
  AccountabilityOutcome,
  ReviewReason,
  UndecidedRule,
} from './assessment.js';
import { evaluate, type RuleConditionResult } from './evaluate-rule-condition.js';
import type { AccountabilityFacts, FactValue } from './facts.js';
import { parseAccountabilityRules } from './parse-rules.js';
import type { AccountabilityRule } from './rule.js';
import { parseAccountabilityFacts } from './rule-schema.js';
import { ACCOUNTABILITY_RULES } from './rules-table.js';

interface Evaluated {
  readonly rule: AccountabilityRule<string>;
  readonly result: RuleConditionResult;
}

/** Kleene "any" over the results of one kind of rule. */
function anyHolds(evaluated: readonly Evaluated[]): FactValue {
  if (evaluated.some((e) => e.result.value === true)) return true;
  return evaluated.some((e) => e.result.value === 'unknown') ? 'unknown' : false;
}

const ground = ({ rule, result }: Evaluated): AccountabilityGround => ({
  ruleId: rule.id,
  kind: rule.kind,
  clause: rule.clause,
  source: rule.source,
  ...(rule.basis === undefined ? {} : { basis: rule.basis }),
  textZh: rule.textZh,
  textEn: rule.textEn,
  facts: result.decisive,
});

/** The outcome once both kinds are settled: the table of 四（二）. */
function settledOutcome(exemption: boolean, accountability: boolean): AccountabilityOutcome {
  if (exemption && accountability) return 'needs-review';
  if (exemption) return 'exempt';
  return accountability ? 'accountable' : 'no-finding';
}

/**
 * Assesses an officer's conduct on a task against the exemption and accountability situations
 * (尽职照单免责、失职照单问责, 达政办发〔2023〕70号 四（二）). Each rule is evaluated with three-valued logic; the
 * outcome is `needs-review` when an exemption and an accountability both hold, or when an unknown fact could
 * still change the outcome. An unknown fact never appears among a ground's facts. Late publication (or an
 * inspection not as required) without known consequences is reported under `risks`, not as accountability.
 *
 * @param facts - what is known about the officer's conduct; a missing fact is unknown
 * @param rules - the rule set (default {@link ACCOUNTABILITY_RULES}); add host rules by spreading the default
 * @returns the outcome, the grounds citing their clauses, risks, open rules and the facts still missing
 * @throws {SsjError} `ACCOUNTABILITY_FACTS_INVALID` when a fact is not `true`, `false` or `'unknown'`
 * @throws {SsjError} `ACCOUNTABILITY_RULE_INVALID` or `ACCOUNTABILITY_DUPLICATE_RULE_IDS` for a bad rule set
 * @example
 * ```ts
 * const a = assessAccountability({ nothingFound: true, problemFoundLater: true, followedChecklist: true,
 *   inspectionNotAsRequired: false, resultsNotPublishedInTime: false, crimeLeadNotTransferred: false });
 * a.outcome; // 'exempt'
 * a.grounds[0]?.clause; // '四（二）免责情形1'
 * ```
 *
 * @example
 * The whole flow, from `examples/accountability.ts`:
 *
 * {@includeCode ../../examples/accountability.ts#assess}
 */
export function assessAccountability<F extends string = never>(
  facts: AccountabilityFacts<NoInfer<F>>,
  rules: readonly AccountabilityRule<F>[] = ACCOUNTABILITY_RULES,
): AccountabilityAssessment {
  const given = parseAccountabilityFacts(facts);
  const ruleSet = rules === ACCOUNTABILITY_RULES ? rules : parseAccountabilityRules(rules);
  const evaluated = ruleSet.map((rule): Evaluated => ({ rule, result: evaluate(rule.when, given) }));
  const exemptions = evaluated.filter((e) => e.rule.kind === 'exemption');
  const accountabilities = evaluated.filter((e) => e.rule.kind === 'accountability');
  const exemption = anyHolds(exemptions);
  const accountability = anyHolds(accountabilities);

  const open = [
    exemption === 'unknown' ? exemptions : [],
    accountability === 'unknown' ? accountabilities : [],
  ]
    .flat()
    .filter((e) => e.result.value === 'unknown');
  const missingFacts = [...new Set(open.flatMap((e) => e.result.unknown))];
  const reviewReasons: ReviewReason[] = [];
  if (exemption === true && accountability === true) reviewReasons.push('conflict');
  if (missingFacts.length > 0) reviewReasons.push('unknown-facts');
  const outcome =
    exemption === 'unknown' || accountability === 'unknown'
      ? 'needs-review'
      : settledOutcome(exemption, accountability);

  const undecided = evaluated
    .filter((e) => e.rule.kind !== 'risk' && e.result.value === 'unknown')
    .map(
      ({ rule, result }): UndecidedRule => ({
        ruleId: rule.id,
        kind: rule.kind,
        clause: rule.clause,
        missingFacts: result.unknown,
      }),
    );
  return {
    outcome,
    reviewReasons,
    grounds: evaluated.filter((e) => e.rule.kind !== 'risk' && e.result.value === true).map(ground),
    risks: evaluated.filter((e) => e.rule.kind === 'risk' && e.result.value === true).map(ground),
    undecided,
    missingFacts,
  };
}

/**
 * The non-throwing form of {@link assessAccountability}.
 *
 * @param facts - what is known about the officer's conduct
 * @param rules - the rule set (default {@link ACCOUNTABILITY_RULES})
 * @returns `{ success: true, data }` with the assessment, or `{ success: false, error }` with the `SsjError`
 * @example
 * ```ts
 * const r = safeAssessAccountability(untrustedFacts);
 * if (!r.success) console.log(r.error.issues);
 * ```
 *
 * @example
 * Run in `examples/accountability-conditions.ts`:
 *
 * {@includeCode ../../examples/accountability-conditions.ts#rules}
 */
export function safeAssessAccountability<F extends string = never>(
  facts: AccountabilityFacts<NoInfer<F>>,
  rules: readonly AccountabilityRule<F>[] = ACCOUNTABILITY_RULES,
): SafeResult<AccountabilityAssessment> {
  return safely(() => assessAccountability<F>(facts, rules));
}
