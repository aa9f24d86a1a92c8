/** Error codes of the `workflow` module. */
export const WORKFLOW_ERROR_CODES = {} as const;
