/**
 * @module testing
 */
export {};
