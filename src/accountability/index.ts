/**
 * @module accountability
 */
export {};
