/**
 * The format of the publication records a task's `task.publish` event carries (公示记录格式), version 2: each record
 * has `format` set to this id and a `provisional` flag saying whether its `dueOn` (and so `onTime`) was counted
 * over a year with no official or custom calendar schedule. Records of version 1, written before, have neither
 * field; their events keep verifying as they were stored (an event is hashed as written, never re-read).
 *
 * @example
 * ```ts
 * task.state.publications.every((p) => p.format === PUBLICATION_FORMAT); // true for a task published now
 * ```
 *
 * @example
 * Run in `examples/joint-inspection.ts`:
 *
 * {@includeCode ../../examples/joint-inspection.ts#publication}
 */
export const PUBLICATION_FORMAT = 'shuangsuiji/publication/v2';
