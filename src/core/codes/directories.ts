/** Error codes of the `directories` module. */
export const DIRECTORIES_ERROR_CODES = {} as const;
