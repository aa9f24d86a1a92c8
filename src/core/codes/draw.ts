/** Error codes of the `draw` module. */
export const DRAW_ERROR_CODES = {} as const;
