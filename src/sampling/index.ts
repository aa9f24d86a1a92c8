/**
 * @module sampling
 */
export {};
