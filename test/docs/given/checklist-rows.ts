/** What the checklist snippet takes from the host: the rows of a department's checklist sheet. */
export { SAMR_ROWS as rowsFromExcel } from '../../../examples/checklist-versions.js';
