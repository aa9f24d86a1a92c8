/** Error codes of the `accountability` module. */
export const ACCOUNTABILITY_ERROR_CODES = {} as const;
