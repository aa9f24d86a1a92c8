/** Error codes of the `sampling` module. */
export const SAMPLING_ERROR_CODES = {
  SAMPLING_POLICY_INVALID:
    'The sampling policy (抽查比例与频次规则) does not match its schema; `issues` lists each path and what was expected.',
  SAMPLING_POLICY_BOUNDS:
    'A class rule of the sampling policy has a lower bound above its upper bound (min > max, or a ratio outside its range).',
  SAMPLING_PRESET_UNKNOWN: 'No sampling preset has that name; the message lists the known presets.',
  SAMPLING_INPUT_INVALID:
    'The input to plan a sample (targets, history, targeted inspections, date) is malformed; `issues` says where.',
  SAMPLING_DUPLICATE_TARGET_IDS: 'Two targets in the directory snapshot share the same id.',
  SAMPLING_LAST_PERIOD_INVALID:
    'The last-period results for a policy adjustment are malformed (e.g. more problems than inspections).',
} as const;
