/**
 * @module workflow
 */
export {};
