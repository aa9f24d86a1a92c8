/**
 * drand beacon verification (随机信标核验): BLS12-381 signatures of the League of Entropy networks, checked with
 * `@noble/curves`. Its own entry point, so that the draw and every other bundle stay light: pass
 * {@link verifyDrandBeacon} to `verifyDraw(record, pool, { verifyBeacon })` or `revealDraw(…, { verifyBeacon })`.
 *
 * @module beacon
 */
export { DRAND_DST, verifyDrandBeacon } from './verify-drand.js';
