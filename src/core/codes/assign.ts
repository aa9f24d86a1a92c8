/** Error codes of the `assign` module (随机匹配执法检查人员). */
export const ASSIGN_ERROR_CODES = {
  ASSIGN_INVALID_REQUEST:
    'An inspector-assignment request (随机匹配执法检查人员) does not have the expected shape; `issues` lists each problem.',
  ASSIGN_DUPLICATE_IDS:
    'Two inspectors, two targets, or two departments of one target share an id; nothing is merged silently.',
  ASSIGN_CANNOT_STAFF:
    'One or more (target, department) teams cannot be formed (too few eligible officers or experts, or no holder of a required specialty); `issues` lists every one and why.',
  ASSIGN_NOT_ASSIGNED: 'The inspector to recuse is not on the team of that target and department.',
  ASSIGN_UNKNOWN_TEAM: 'The record has no team for that target and department.',
  ASSIGN_RECORD_MISMATCH:
    'The record does not match the inspectors and targets given (their digests differ), so it cannot be extended.',
} as const;
