/**
 * The accountability rule language on its own (适用条件与三值逻辑): a condition built with `when`, the facts it
 * reads, its three-valued value over facts, checked facts and rule sets from configuration, and the non-throwing
 * assessment.
 *
 * Run: `npx tsx examples/accountability-conditions.ts`
 */
import { pathToFileURL } from 'node:url';
import {
  ACCOUNTABILITY_RULES,
  defineAccountabilityRules,
  evaluateRuleCondition,
  factValue,
  OTHER_CASES,
  parseAccountabilityFacts,
  parseAccountabilityRules,
  ruleConditionFacts,
  safeAssessAccountability,
  when,
} from '../src/accountability/index.js';

/** Runs the example and returns what it prints. */
export function main(): string {
  const out: string[] = [];

  // #region condition
  const late = when.all(when.fact('resultsNotPublishedInTime'), when.fact('consequencesFollowed'));
  out.push(`facts read: ${ruleConditionFacts(late).join(', ')}`);
  const open = evaluateRuleCondition(late, { resultsNotPublishedInTime: true });
  const settled = evaluateRuleCondition(late, { resultsNotPublishedInTime: false });
  out.push(`published late, consequences not known: ${open.value} (open: ${open.unknown.join(', ')})`);
  out.push(
    `published in time: ${settled.value} (decided by ${settled.decisive.map((u) => u.name).join(', ')})`,
  );
  // #endregion condition

  // #region facts
  const facts = parseAccountabilityFacts({ followedChecklist: true, consequencesFollowed: 'unknown' });
  out.push(
    `followedChecklist ${factValue(facts, 'followedChecklist')}, nothingFound ${factValue(facts, 'nothingFound')}`,
  );
  // #endregion facts

  // #region rules
  const fromConfig = parseAccountabilityRules(
    JSON.parse(
      JSON.stringify([...ACCOUNTABILITY_RULES, { ...OTHER_CASES.exemption, id: 'local-1', when: late }]),
    ),
  );
  out.push(`rules from configuration: ${fromConfig.length}`);
  const rules = defineAccountabilityRules([...ACCOUNTABILITY_RULES]);
  const twice = safeAssessAccountability({}, [...rules, ...rules]);
  out.push(`a rule set with every rule twice: ${twice.success ? 'accepted' : twice.error.code}`);
  const fine = safeAssessAccountability({ nothingFound: false, problemFoundLater: false }, rules);
  out.push(`missed nothing, the rest unknown: ${fine.success ? fine.data.outcome : fine.error.code}`);
  // #endregion rules

  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main());
