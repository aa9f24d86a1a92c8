import type { DrawRecord } from '../draw/index.js';

/**
 * The draw module’s replacement (递补), bound to the pool: `(record, id, reason) => replaceInDraw(record, pool, id,
 * reason)`. The pre-visit check takes it as a parameter so the workflow never replaces a target by hand.
 */
export type ReplaceInDraw = (record: DrawRecord, id: string, reason: string) => DrawRecord;
