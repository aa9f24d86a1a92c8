/**
 * Every command of the `shuangsuiji` program, in the order help lists them. To add one, write a file in this
 * folder that default-exports `defineCommand({ … })`, and add it here.
 */
import type { Command } from '../framework/command.js';
import calendarNotice from './calendar-notice.js';
import checkImport from './check-import.js';
import deadline from './deadline.js';
import verifyAssignment from './verify-assignment.js';
import verifyAudit from './verify-audit.js';
import verifyDraw from './verify-draw.js';
import workday from './workday.js';

/** The commands, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  verifyDraw,
  verifyAssignment,
  verifyAudit,
  checkImport,
  workday,
  deadline,
  calendarNotice,
];
