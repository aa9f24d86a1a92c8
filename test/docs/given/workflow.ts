/**
 * What the workflow snippets take from the host: a task as the plan names it, and the draw request the sampling
 * plan gives.
 */
import { JOINT_INPUT, POOL } from '../../workflow/fixtures.js';

/** A joint random task of the market and health departments. */
export const taskInput = JOINT_INPUT;

/** Two of twelve targets, drawn with a beacon named in advance. */
export const request = { pool: POOL, sample: { count: 2 }, randomnessSource: 'drand quicknet round 1234567' };
