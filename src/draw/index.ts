/**
 * @module draw
 */
export {};
