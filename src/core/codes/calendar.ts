/** Error codes of the `calendar` module. */
export const CALENDAR_ERROR_CODES = {} as const;
