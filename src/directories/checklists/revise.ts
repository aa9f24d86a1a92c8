import * as z from 'zod/mini';
import { defaultCalendar, type WorkCalendar } from '../../calendar/index.js';
import { isoDateSchema, SsjError, type SsjIssue } from '../../core/index.js';
import { parseWith, safeParseWith } from '../../core/internal.js';
import { type Checklist, sealChecklist } from './checklist.js';
import { CHECKLIST_ITEM_FIELDS, diffChecklists, isEmptyChecklistDiff } from './diff.js';
import { type ChecklistItem, type ChecklistItemInput, checklistItemSchema } from './item.js';
import { CHECKLIST_ENTRY_DEADLINE, type ChecklistRevision } from './revision.js';

/**
 * One change to a checklist (清单调整): add an item, remove one by code, or set some fields of one. Setting
 * `guidance` to `null` removes the item's guidance. Code and department never change: remove and add instead.
 */
export type ChecklistChange =
  | { readonly op: 'add'; readonly item: ChecklistItemInput | Omit<ChecklistItemInput, 'department'> }
  | { readonly op: 'remove'; readonly code: string }
  | {
      readonly op: 'update';
      readonly code: string;
      readonly set: { readonly [K in (typeof CHECKLIST_ITEM_FIELDS)[number]]?: unknown };
    };

/** The calendar a revision needs: "within n working days from a date" (the `deadline` of a {@link WorkCalendar}). */
export type ChecklistCalendar = Pick<WorkCalendar, 'deadline'>;

/** Options of {@link reviseChecklist}. */
export interface ReviseChecklistOptions {
  /** Why the checklist changes (required, recorded in the change log). */
  readonly reason: string;
  /** The date the legal basis changed: the entry deadline counts from it. */
  readonly legalBasisChangedOn: string;
  /** The working-day calendar for the entry deadline (default: the calendar module's `defaultCalendar()`). */
  readonly calendar?: ChecklistCalendar;
  /** 立 / 改 / 废 / 释 / 工作实际情况, when stated. */
  readonly cause?: ChecklistRevision['cause'];
  /** The date the new version applies from (default: `legalBasisChangedOn`). */
  readonly effectiveFrom?: string;
}

const changeSchema = z.array(
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('add'), item: z.record(z.string(), z.unknown()) }),
    z.strictObject({ op: z.literal('remove'), code: z.string().check(z.trim(), z.minLength(1)) }),
    z.strictObject({
      op: z.literal('update'),
      code: z.string().check(z.trim(), z.minLength(1)),
      set: z.partialRecord(z.enum(CHECKLIST_ITEM_FIELDS), z.unknown()),
    }),
  ]),
);

const optionsSchema = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(1, { message: 'Expected the reason for the change' })),
  legalBasisChangedOn: isoDateSchema,
  cause: z.optional(z.enum(['law-made', 'law-amended', 'law-repealed', 'law-interpreted', 'work-practice'])),
  effectiveFrom: z.optional(isoDateSchema),
  calendar: z.optional(
    z.custom<ChecklistCalendar>((c) => typeof (c as ChecklistCalendar | null)?.deadline === 'function', {
      message: 'Expected a working-day calendar with deadline(from, n)',
    }),
  ),
});

function invalid(message: string, path: (string | number)[]): SsjError {
  return new SsjError('CHECKLIST_CHANGE_INVALID', message, { issues: [{ path, message }] });
}

function checkedItem(raw: unknown, at: (string | number)[]): ChecklistItem {
  const result = safeParseWith(checklistItemSchema, raw, 'checklist item');
  if (result.success) return result.data;
  const issues: SsjIssue[] = result.error.issues.map((i) => ({ ...i, path: [...at, ...i.path] }));
  throw new SsjError('CHECKLIST_INVALID', issues.map((i) => i.message).join('; '), { issues });
}

function applyChanges(checklist: Checklist, changes: z.output<typeof changeSchema>): ChecklistItem[] {
  const seen = new Map<string, number>();
  const byCode = new Map(checklist.items.map((item) => [item.code as string, item]));
  const replaced = new Map<string, ChecklistItem | null>();
  const added: ChecklistItem[] = [];
  changes.forEach((change, i) => {
    const at = ['changes', i];
    const code =
      change.op === 'add' ? String((change.item as { code?: unknown }).code ?? '').trim() : change.code;
    const earlier = seen.get(code);
    if (code !== '' && earlier !== undefined) {
      throw invalid(`changes[${i}] and changes[${earlier}] both change item ${code}`, [...at]);
    }
    seen.set(code, i);
    switch (change.op) {
      case 'add':
        added.push(checkedItem({ department: checklist.department, ...change.item }, [...at, 'item']));
        return;
      case 'remove':
      case 'update': {
        const old = byCode.get(change.code);
        if (old === undefined) {
          const message = `changes[${i}] names item ${change.code}, which version ${checklist.version} does not have`;
          throw new SsjError('CHECKLIST_ITEM_NOT_FOUND', message, {
            issues: [{ path: [...at, 'code'], message }],
          });
        }
        if (change.op === 'remove') replaced.set(change.code, null);
        else replaced.set(change.code, updated(old, change.set, [...at, 'set']));
        return;
      }
      default: {
        const never: never = change;
        throw invalid(`Unknown change ${String(never)}`, at);
      }
    }
  });
  const kept = checklist.items.flatMap((item) => {
    const next = replaced.get(item.code);
    return next === undefined ? [item] : next === null ? [] : [next];
  });
  return [...kept, ...added];
}

function updated(
  old: ChecklistItem,
  set: Readonly<Record<string, unknown>>,
  at: (string | number)[],
): ChecklistItem {
  const { guidance, ...rest } = old;
  const base: Record<string, unknown> = guidance === undefined ? { ...rest } : { ...rest, guidance };
  for (const [field, value] of Object.entries(set)) {
    if (field === 'guidance' && value === null) delete base.guidance;
    else base[field] = value;
  }
  return checkedItem(base, at);
}

/**
 * Revises a checklist (清单动态调整) after a law, regulation or rule is made, amended, repealed or interpreted,
 * or as work requires: gives the next version, with a change log (items added, removed, changed field by field,
 * the reason and the date the legal basis changed) and the deadline for entering it into the platform, 10
 * working days after that date ({@link CHECKLIST_ENTRY_DEADLINE}). The checklist passed in is not changed.
 *
 * @param checklist - the current version
 * @param changes - the {@link ChecklistChange}s, at most one per item
 * @param options - reason, date the legal basis changed, and optionally the calendar (default
 *   `defaultCalendar()`), the cause and the effective date
 * @returns the new version; its `revision` holds the change log and the entry deadline
 * @throws {SsjError} `CHECKLIST_CHANGE_INVALID` when there are no changes, two changes name one item, the
 *   options are malformed, or the changes leave the items as they were
 * @throws {SsjError} `CHECKLIST_ITEM_NOT_FOUND` when a removal or update names a code the checklist lacks
 * @throws {SsjError} `CHECKLIST_INVALID` when an added or updated item is malformed
 * @throws {SsjError} `CHECKLIST_DUPLICATE_ITEM_CODE` when an added item reuses a code
 * @throws {SsjError} `CHECKLIST_ITEM_DEPARTMENT_MISMATCH` when an added item names another department
 * @example
 * ```ts
 * const v2 = reviseChecklist(v1, [{ op: 'update', code: 'SJ-001', set: { priority: 'key' } }], {
 *   reason: '《企业信息公示暂行条例》修订', legalBasisChangedOn: '2025-09-28',
 * });
 * v2.revision?.entryDeadline.due; // 10 working days after 2025-09-28
 * ```
 *
 * @example
 * The whole flow, from `examples/checklist-versions.ts`:
 *
 * {@includeCode ../../../examples/checklist-versions.ts#revise}
 */
export function reviseChecklist(
  checklist: Checklist,
  changes: readonly ChecklistChange[],
  options: ReviseChecklistOptions,
): Checklist {
  const opts = parseWith(optionsSchema, options, 'checklist revision options', 'CHECKLIST_CHANGE_INVALID');
  const list = parseWith(changeSchema, changes, 'checklist changes', 'CHECKLIST_CHANGE_INVALID');
  if (list.length === 0) throw invalid('A revision needs at least one change', ['changes']);
  const items = applyChanges(checklist, list);
  const diff = diffChecklists(checklist, { items });
  if (isEmptyChecklistDiff(diff)) throw invalid('The changes leave every item as it was', ['changes']);
  const due = (opts.calendar ?? defaultCalendar()).deadline(
    opts.legalBasisChangedOn,
    CHECKLIST_ENTRY_DEADLINE.value,
  );
  const revision: ChecklistRevision = {
    fromVersion: checklist.version,
    toVersion: checklist.version + 1,
    previousDigest: checklist.digest,
    reason: opts.reason,
    ...(opts.cause === undefined ? {} : { cause: opts.cause }),
    legalBasisChangedOn: opts.legalBasisChangedOn,
    entryDeadline: {
      from: opts.legalBasisChangedOn,
      workdays: CHECKLIST_ENTRY_DEADLINE.value,
      due: due.due,
      provisional: due.provisional,
      source: CHECKLIST_ENTRY_DEADLINE.source,
    },
    diff,
  };
  return sealChecklist({
    department: checklist.department,
    title: checklist.title,
    version: checklist.version + 1,
    effectiveFrom: opts.effectiveFrom ?? opts.legalBasisChangedOn,
    items,
    revision,
  });
}
