import { ACCOUNTABILITY_ERROR_CODES } from './accountability.js';
import { ASSIGN_ERROR_CODES } from './assign.js';
import { CALENDAR_ERROR_CODES } from './calendar.js';
import { CORE_ERROR_CODES } from './core.js';
import { DIRECTORIES_ERROR_CODES } from './directories.js';
import { DRAW_ERROR_CODES } from './draw.js';
import { SAMPLING_ERROR_CODES } from './sampling.js';
import { WORKFLOW_ERROR_CODES } from './workflow.js';

/**
 * Every error code the library throws, with what it means. Codes are stable: once released, a code keeps its
 * meaning, so hosts can switch on it. Each module keeps its own table in `src/core/codes/<module>.ts`.
 */
export const ERROR_CODES = {
  ...CORE_ERROR_CODES,
  ...CALENDAR_ERROR_CODES,
  ...DIRECTORIES_ERROR_CODES,
  ...DRAW_ERROR_CODES,
  ...ASSIGN_ERROR_CODES,
  ...SAMPLING_ERROR_CODES,
  ...WORKFLOW_ERROR_CODES,
  ...ACCOUNTABILITY_ERROR_CODES,
} as const;

/** A stable error code of {@link SsjError} (错误代码). See {@link ERROR_CODES} for the meaning of each. */
export type SsjErrorCode = keyof typeof ERROR_CODES;
