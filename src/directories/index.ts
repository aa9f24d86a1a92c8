/**
 * @module directories
 */
export {};
