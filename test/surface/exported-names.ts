import { describe, expect, it } from 'vitest';

/**
 * The runtime names each entry point exports, written out by hand: a name added or removed is a deliberate change
 * to the public surface (list it in CHANGELOG.md and docs/api-surface.md). Types are not runtime names; they are
 * listed in docs/api-surface.md and checked by the compiler where they are used.
 */
export const EXPORTED_NAMES = {
  core: [
    'ERROR_CODES', 'INSPECTOR_ROLES', 'SsjError', 'USCC_AUTHORITIES', 'addDays', 'addMonths', 'canonicalDigest',
    'canonicalJson', 'compareDates', 'createSha256', 'createSha256Batch', 'daysBetween', 'daysInMonth', 'endOfMonth',
    'fixedClock', 'fromHex', 'instantSchema', 'isInstant', 'isIsoDate', 'isLeapYear', 'isSsjError', 'isValidUscc',
    'isoDateSchema', 'isoWeekday', 'makeDate', 'parseInstant', 'parseIsoDate', 'parseUscc', 'randomIds',
    'safeParseUscc', 'sequentialIds', 'sha256', 'sha256Cores', 'sha256Hex', 'sha256Midstate', 'systemClock',
    'toChinaDate', 'toChinaInstant', 'toHex', 'usccCheckCharacter', 'utf8', 'yearOf',
  ],
  calendar: [
    'COUNTING_RULES', 'GROUP_ONLY_DAYS', 'OFFICIAL_SCHEDULES', 'STATUTORY_FESTIVALS', 'SUPPORTED_YEARS',
    'createWorkCalendar', 'defaultCalendar', 'safeCreateWorkCalendar', 'workCalendarOptionsSchema',
    'yearScheduleSchema',
  ],
  directories: [
    'CHECKLIST_CHANGE_CAUSES', 'CHECKLIST_ENTRY_DEADLINE', 'CHECKLIST_HEADER_MAP', 'CHECKLIST_ITEM_FIELDS',
    'CREDIT_RISK_CLASSES', 'DEFAULT_WORK_RULES', 'DEPARTMENTS', 'DIRECTORY_DIGEST_ALGORITHM', 'GUIDANCE_SOURCE',
    'INDUSTRY_CODE_PATTERN', 'INDUSTRY_SECTIONS', 'INSPECTION_METHODS', 'INSPECTION_METHODS_SOURCE',
    'INSPECTION_METHOD_LIST', 'INSPECTOR_HEADER_MAP', 'ITEM_PRIORITIES', 'ORDOS_REGIONS', 'PROCESS_STEPS',
    'PROCESS_STEP_LIST', 'REGION_CODE_PATTERN', 'REQUIRED_PROCESS_STEPS', 'TARGET_HEADER_MAP', 'TARGET_KINDS',
    'TARGET_KIND_IDS', 'TARGET_SCALES', 'TARGET_STATUSES', 'TARGET_STATUS_IDS', 'applyChanges', 'applyFilter',
    'certificateSchema', 'changesDigest', 'checklistDigest', 'checklistInputSchema', 'checklistItem',
    'checklistItemAppliesTo', 'checklistItemCodeSchema', 'checklistItemRef', 'checklistItemSchema',
    'checklistRowSchema', 'compileIndustryHandbook', 'conflictOfInterestSchema', 'createChecklist',
    'createIndustryHandbook', 'createInspectorSnapshot', 'createJointChecklist', 'createTargetSnapshot',
    'creditRiskClassSchema', 'defineWorkRules', 'departmentById', 'departmentRefSchema', 'diffChecklistItems',
    'diffChecklists', 'directoryDigest', 'formatLegalBasis', 'guidanceGaps', 'guidanceSchema', 'guidanceSheet',
    'hasValidCertificate', 'importChecklistItems', 'importInspectors', 'importRows', 'importTargets',
    'indexChecklists', 'industryCodeSchema', 'industryHandbookInputSchema', 'inspectionHistoryEntrySchema',
    'inspectionMethodOf', 'inspectorChangeSchema', 'inspectorIdSchema', 'inspectorRowSchema', 'inspectorSchema',
    'isDepartmentId', 'isEmptyChecklistDiff', 'isIndustryUnder', 'isMarketSubjectKind', 'jointChecklistInputSchema',
    'jointEntriesOf', 'legalBasisSchema', 'matchesFilter', 'parseLegalBasisText', 'parseTargetFilter',
    'regionCodeSchema', 'regionPrefixSchema', 'reviseChecklist', 'safeParseTargetFilter', 'targetChangeSchema',
    'targetFilterSchema', 'targetIdSchema', 'targetKindFromLabel', 'targetRowSchema', 'targetScaleSchema',
    'targetSchema', 'targetStatusFromLabel', 'targetStatusSchema', 'workRuleSchemas', 'workRulesGaps',
    'workRulesOverridesSchema',
  ],
  draw: [
    'RATIO_ROUNDING', 'commitDraw', 'deriveSeed', 'drawShard', 'drawTargets', 'drawTargetsFromStream', 'extendDraw',
    'mergeShards', 'replaceInDraw', 'resolveSize', 'revealDraw', 'safeDrawTargets', 'verifyDraw',
  ],
  assign: [
    'ASSIGN_DEFAULTS', 'DEFAULT_ASSIGN_RULE', 'assignInspectors', 'assignRequestSchema', 'assignmentDigest',
    'currentLoad', 'recuse', 'resolveAssignRule', 'safeAssignInspectors', 'verifyAssignment',
  ],
  sampling: [
    'CREDIT_CLASSES_BY_RISK_DESC', 'CREDIT_CLASS_ORDER', 'DEFAULT_CREDIT_CLASS_LABELS', 'INSPECTORS_PER_VISIT',
    'MAX_STRATUM_SIZE', 'NATIONAL_DISCLOSURE_FLOOR', 'RATIO_DECIMALS', 'SAMPLE_EXCLUSION_CODES', 'SAMPLE_PLAN_SCHEME',
    'SAMPLING_PRESETS', 'TARGETED_TRIGGERS', 'adjustPolicy', 'applyRatio', 'checkHistory', 'checkPlanSampleInput',
    'classRuleSchema', 'computeClassSize', 'directoryFilter', 'isExactRatio', 'parseSamplingPolicy', 'planSample',
    'planSampleInputSchema', 'projectLoad', 'safeParseSamplingPolicy', 'samplingPolicySchema', 'samplingPreset',
    'targetedInspectionSchema',
  ],
  workflow: [
    'ABNORMAL_LISTING_GROUNDS', 'FOLLOW_UP_KINDS', 'FOLLOW_UP_MEASURES', 'GENESIS_HASH', 'PRE_CHECK_RULES',
    'RESULT_SCHEME', 'RESULT_SELECTION_RULES', 'TASK_TRANSITIONS', 'WORKFLOW_RULES', 'abnormalListingDeadline',
    'abnormalListings', 'allowedSteps', 'amendPlan', 'appendAudit', 'archiveTask', 'assertStep',
    'assessmentStatistics', 'assignTask', 'auditEventInputSchema', 'cancelTask', 'chainAuditEvent',
    'checklistEntryDueDate', 'closeFollowUps', 'commitTask', 'createMemoryAuditStore', 'createMemoryPublicationSink',
    'createMemoryTaskStore', 'createTask', 'createTaskInputSchema', 'createWorkflowContext', 'decideAbnormalListing',
    'departmentPlanEntrySchema', 'departmentPlanSchema', 'designateTargets', 'filePlan', 'findOverdueResults',
    'findOverlappingDraws', 'formatAnnouncement', 'hashAuditEvent', 'isProblemResult', 'jointPlanSchema',
    'jointPlanTaskSchema', 'parsePlan', 'parseResultSelection', 'planDeadlines', 'planJointVisits',
    'plannedDrawsOfPlans', 'plannedDrawsOfTasks', 'preCheckTargets', 'publishPlan', 'publishTask', 'recordDraw',
    'recordFollowUp', 'recordFollowUpInputSchema', 'recordInspection', 'recordInspectionInputSchema', 'recordResult',
    'recordResultInputSchema', 'removeFromAbnormalList', 'resultDueDate', 'resultLabels', 'reviewTask',
    'safeParsePlan', 'safeParseResultSelection', 'targetFeedback', 'taskDepartments', 'teamsFromAssignment',
    'verifyAuditLog',
  ],
  accountability: [
    'ACCOUNTABILITY_FACT_NAMES', 'ACCOUNTABILITY_RULES', 'ACCOUNTABILITY_SOURCE', 'FACT_LABELS', 'OTHER_CASES',
    'OUTCOME_LABELS', 'RESULT_PUBLICATION_DEADLINE', 'accountabilityFactsSchema', 'accountabilityRecordOf',
    'accountabilityRuleSchema', 'accountabilityTaskRecordSchema', 'assessAccountability', 'defineAccountabilityRules',
    'deriveFacts', 'deriveFactsFromTask', 'evaluateRuleCondition', 'explainAssessment', 'factValue',
    'parseAccountabilityFacts', 'parseAccountabilityRules', 'ruleConditionFacts', 'ruleConditionSchema',
    'safeAssessAccountability', 'when',
  ],
  testing: [
    'DEPARTMENT_SPECIALTIES', 'GENERAL_SPECIALTIES', 'SURNAMES', 'SYNTHETIC_CONFLICT_REASONS', 'SYNTHETIC_CREDIT_MIX',
    'SYNTHETIC_INDUSTRIES', 'SYNTHETIC_KIND_MIX', 'SYNTHETIC_REGION_MIX', 'SYNTHETIC_SCALE_MIX',
    'SYNTHETIC_STATUS_MIX', 'SYNTHETIC_USCC_CAPACITY', 'generateDirectories', 'generateInspectors', 'generateTargets',
    'seedState',
  ],
} as const satisfies Record<string, readonly string[]>;
