import * as z from 'zod/mini';
import { canonicalDigest, SsjError, type SsjIssue } from '../../core/index.js';
import { expectOptions, expectRecord, parseWith } from '../../core/internal.js';
import { departmentRefSchema } from '../shared/departments.js';
import { industryCodeSchema } from '../shared/industry-codes.js';
import type { Checklist } from './checklist.js';
import { deepFreeze } from './checks.js';
import { checklistVersionsSchema } from './guards.js';
import { type ChecklistItem, type ChecklistItemRef, checklistItemCodeSchema, itemKey } from './item.js';
import {
  type ChecklistVersionRef,
  checklistItemAppliesTo,
  checklistItemRef,
  indexChecklists,
} from './lookup.js';

/**
 * An industry handbook (一业一册): the items of several departments that apply to one industry, bundled so that
 * one joint visit covers them (跨部门综合监管的重点事项), 达政办发〔2023〕70号 三（三）. Immutable.
 */
export interface IndustryHandbook {
  /** The GB/T 4754 industry code, e.g. `H62` (餐饮业). */
  readonly industry: string;
  /** Title, e.g. `餐饮业“一业一册”`. */
  readonly title: string;
  /** The competent department of the industry (行业主管部门), which compiles the handbook. */
  readonly lead: string;
  /** The items bundled, across departments, without repeats. */
  readonly items: readonly ChecklistItemRef[];
  /** The departments whose items are bundled, in order of first appearance. */
  readonly departments: readonly string[];
  /** The department checklist versions the items come from. */
  readonly basedOn: readonly ChecklistVersionRef[];
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  readonly digest: string;
}

/** Zod schema of the input of {@link createIndustryHandbook}. */
export const industryHandbookInputSchema = z.strictObject({
  industry: industryCodeSchema,
  title: z.string().check(z.trim(), z.minLength(1, { message: 'Expected a title' })),
  lead: departmentRefSchema,
  items: z.readonly(
    z.array(z.strictObject({ department: departmentRefSchema, code: checklistItemCodeSchema })),
  ),
});

/** What {@link createIndustryHandbook} accepts. */
export type IndustryHandbookInput = z.input<typeof industryHandbookInputSchema>;

/**
 * Creates an industry handbook (一业一册) from chosen items, checking that each exists in the departments'
 * checklists and applies to the industry.
 *
 * @param input - industry, title, lead department and the items
 * @param checklists - the current checklist of every department referenced
 * @returns the handbook, deeply frozen, with its digest
 * @throws {SsjError} `CHECKLIST_HANDBOOK_INVALID` when the input is malformed, has no items, lists an item
 *   twice, or an item does not apply to the industry
 * @throws {SsjError} `CHECKLIST_ITEM_NOT_FOUND` when a referenced item is not in the checklists
 * @example
 * ```ts
 * const handbook = createIndustryHandbook({ industry: 'H62', title: '餐饮业一业一册', lead: 'samr', items }, [samr, fire]);
 * ```
 */
export function createIndustryHandbook(input: unknown, checklists: readonly Checklist[]): IndustryHandbook {
  const parsed = parseWith(
    industryHandbookInputSchema,
    input,
    'industry handbook',
    'CHECKLIST_HANDBOOK_INVALID',
  );
  const index = indexChecklists(checklists);
  const missing: SsjIssue[] = [];
  const invalid: SsjIssue[] = [];
  if (parsed.items.length === 0)
    invalid.push({ path: ['items'], message: 'A handbook needs at least one item' });
  const seen = new Set<string>();
  parsed.items.forEach((ref, i) => {
    const item = index.find(ref);
    if (seen.has(itemKey(ref)))
      invalid.push({ path: ['items', i], message: `Item ${ref.code} is listed twice` });
    seen.add(itemKey(ref));
    if (item === undefined) {
      missing.push({
        path: ['items', i],
        message: `No item ${ref.code} in the checklist of "${ref.department}"`,
      });
    } else if (!checklistItemAppliesTo(item, { industry: parsed.industry })) {
      const message = `Item ${ref.code} of "${ref.department}" is for industries ${item.industries.join(', ')}, not ${parsed.industry}`;
      invalid.push({ path: ['items', i], message, expected: `an item for industry ${parsed.industry}` });
    }
  });
  if (invalid.length > 0) {
    throw new SsjError('CHECKLIST_HANDBOOK_INVALID', invalid.map((x) => x.message).join('; '), {
      issues: invalid,
    });
  }
  if (missing.length > 0) {
    throw new SsjError('CHECKLIST_ITEM_NOT_FOUND', missing.map((x) => x.message).join('; '), {
      issues: missing,
    });
  }
  return seal(parsed.industry, parsed.title, parsed.lead, parsed.items, index.versions);
}

function seal(
  industry: string,
  title: string,
  lead: string,
  items: readonly ChecklistItemRef[],
  versions: readonly ChecklistVersionRef[],
): IndustryHandbook {
  const departments = [...new Set(items.map((r) => r.department))];
  const basedOn = versions.filter((v) => departments.includes(v.department));
  const content = { industry, title, lead, items, departments, basedOn };
  return deepFreeze({ ...content, digest: canonicalDigest(content) });
}

/** Options of {@link compileIndustryHandbook}. */
export interface CompileHandbookOptions {
  /** Also take items that name no industry (they apply to every industry). Default `false`. */
  readonly includeAllIndustryItems?: boolean;
  /** Take only key items (重点检查事项). Default `false`. */
  readonly keyItemsOnly?: boolean;
}

const OPTION_KEYS = [
  'includeAllIndustryItems',
  'keyItemsOnly',
] as const satisfies readonly (keyof CompileHandbookOptions)[];

const optionsSchema = z.strictObject({
  includeAllIndustryItems: z.optional(z.boolean()),
  keyItemsOnly: z.optional(z.boolean()),
});

/**
 * Compiles an industry handbook (一业一册) from the departments' checklists: every item whose industries
 * cover the handbook's industry, in checklist order.
 *
 * @param meta - industry, title and lead department
 * @param checklists - the current checklist of each department
 * @param options - whether to take items for every industry, and key items only
 * @returns the handbook
 * @throws {SsjError} `CHECKLIST_HANDBOOK_INVALID` when the meta data is malformed, no item applies, or the options
 *   are not an object of booleans `includeAllIndustryItems` and `keyItemsOnly` (an unknown key is refused)
 * @throws {SsjError} `CHECKLIST_INVALID` when the list or a checklist is malformed, or a department has two
 * @example
 * ```ts
 * compileIndustryHandbook({ industry: 'H62', title: '餐饮业一业一册', lead: 'samr' }, [samr, fire]).departments;
 * ```
 */
export function compileIndustryHandbook(
  meta: Omit<IndustryHandbookInput, 'items'>,
  checklists: readonly Checklist[],
  options: CompileHandbookOptions = {},
): IndustryHandbook {
  expectRecord(meta, 'handbook meta data', 'CHECKLIST_HANDBOOK_INVALID');
  expectOptions(options, OPTION_KEYS, 'compileIndustryHandbook', 'CHECKLIST_HANDBOOK_INVALID');
  const chosen = parseWith(optionsSchema, options, 'handbook options', 'CHECKLIST_HANDBOOK_INVALID');
  const versions = parseWith(checklistVersionsSchema, checklists, 'checklists', 'CHECKLIST_INVALID');
  const index = indexChecklists(checklists);
  const industry = parseWith(
    industryCodeSchema,
    meta.industry,
    'industry code',
    'CHECKLIST_HANDBOOK_INVALID',
  );
  const refs = versions.flatMap((c) =>
    (c.items as ChecklistItem[])
      .filter((item) => chosen.includeAllIndustryItems === true || item.industries.length > 0)
      .filter((item) => chosen.keyItemsOnly !== true || item.priority === 'key')
      .filter((item) => checklistItemAppliesTo(item, { industry }))
      .map(checklistItemRef),
  );
  const parsed = parseWith(
    industryHandbookInputSchema.check(
      z.refine((h) => h.items.length > 0, {
        message: 'No item applies to the industry',
      }),
    ),
    { ...meta, items: refs },
    'industry handbook',
    'CHECKLIST_HANDBOOK_INVALID',
  );
  return seal(parsed.industry, parsed.title, parsed.lead, parsed.items, index.versions);
}
