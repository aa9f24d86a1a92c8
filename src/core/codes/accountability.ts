/** Error codes of the `accountability` module. */
export const ACCOUNTABILITY_ERROR_CODES = {
  ACCOUNTABILITY_FACTS_INVALID:
    'The facts are not an object whose values are true, false or "unknown"; `issues` lists each fact.',
  ACCOUNTABILITY_RULE_INVALID:
    'A rule does not have the expected shape (id, kind, clause, source, texts, condition), or an exemption or accountability rule uses `possibly`.',
  ACCOUNTABILITY_DUPLICATE_RULE_IDS: 'Two or more rules in one rule set share an id.',
  ACCOUNTABILITY_TASK_RECORD_INVALID:
    'The task record for deriving facts does not have the expected shape (dates as YYYY-MM-DD, crime leads as a list).',
} as const;
