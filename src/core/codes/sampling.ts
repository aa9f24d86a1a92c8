/** Error codes of the `sampling` module. */
export const SAMPLING_ERROR_CODES = {
  SAMPLING_POLICY_INVALID:
    'The sampling policy (抽查比例与频次规则) does not match its schema (e.g. a class without ratio or count, min above max, a ratio outside its range); `issues` lists each path.',
  SAMPLING_PRESET_UNKNOWN: 'No sampling preset has that name; the message lists the known presets.',
  SAMPLING_INPUT_INVALID:
    'The input to plan a sample (targets, history, targeted inspections, date) is malformed; `issues` says where.',
  SAMPLING_DUPLICATE_TARGET_IDS: 'Two targets in the directory snapshot share the same id.',
  SAMPLING_LAST_PERIOD_INVALID:
    'The last-period results for a policy adjustment are malformed (e.g. more problems than inspections).',
} as const;
