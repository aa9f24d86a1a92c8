/** Error codes of the `sampling` module. */
export const SAMPLING_ERROR_CODES = {} as const;
