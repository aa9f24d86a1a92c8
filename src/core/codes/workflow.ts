/** Error codes of the `workflow` module: plans, tasks, results, publication and the audit trail. */
export const WORKFLOW_ERROR_CODES = {
  WORKFLOW_ILLEGAL_TRANSITION:
    'The step is not allowed in the task’s current state; the message names the state and the allowed steps.',
  WORKFLOW_PRECONDITION_FAILED:
    'The step is allowed in this state but its input does not fit the task (e.g. a result for a target that was not inspected).',
  WORKFLOW_STALE_TASK:
    'A task store refused a write because the stored task has moved on (revision mismatch).',
  WORKFLOW_UNKNOWN_TASK: 'No task with that id is stored.',
  WORKFLOW_INVALID_TASK:
    'What was passed as a task is not an inspection task: it lacks a non-empty string `id`, a `state` with a `status`, a `mode` with a `kind`, the `initiator` or the `participants`, or a field a reader of tasks needs (a visit’s date, a result’s categories) has the wrong type; `issues` gives each path.',
  WORKFLOW_RESULT_CATEGORY_UNKNOWN:
    'A result category or alias is not in the result vocabulary (检查结果分类).',
  WORKFLOW_RESULT_CATEGORIES_CONFLICT:
    'The selected result categories break a multi-select rule (e.g. 未发现问题 together with a problem).',
  WORKFLOW_PLAN_INVALID:
    'An annual plan (年度抽查计划) lacks a field the regulation requires or has a bad value.',
  WORKFLOW_PLAN_PUBLISHED:
    'A published plan cannot be edited in place: it changes only through an amendment with a recorded reason.',
  WORKFLOW_REPLACEMENT_INVALID:
    'A pre-check replacement did not come from the draw’s recorded replacement (检查前预查比对).',
  WORKFLOW_AUDIT_BROKEN: 'An audit log (全程留痕) failed verification before an append.',
  WORKFLOW_APPROVAL_MISSING:
    'A department inspects without the approval of its body’s head (主体负责人批准) and the visit is not declared an emergency (国办发〔2024〕54号).',
  WORKFLOW_METHOD_MISSING:
    'An item of a visit has no inspection method (检查方式), or a method names an item the department does not inspect.',
  WORKFLOW_ONSITE_REASON_MISSING:
    'A visit inspects an item on site without a stated reason (能通过非现场方式实施的不得入企检查).',
  WORKFLOW_SCAN_IN_MISSING:
    'An on-site visit has no scan-in record (扫码入企 / 亮码检查) and no deferral; without one shown, the enterprise may refuse the inspection.',
  WORKFLOW_MANDATE_INVALID:
    'A team’s inspecting body has no mandate to inspect (行政执法机关 / 法律法规授权组织 / 受委托组织 with its 委托书), or an accompanying person is counted as an officer.',
} as const;
