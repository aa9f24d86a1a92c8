import { isIsoDate, isValidUscc } from '../../core/index.js';
import { INDUSTRY_CODE_PATTERN } from '../shared/industry-codes.js';
import { REGION_CODE_PATTERN } from '../shared/region-codes.js';
import {
  isMarketSubjectKind,
  TARGET_KIND_IDS,
  type TargetKind,
  targetKindFromLabel,
} from '../targets/kinds.js';
import { TARGET_SCALES, TARGET_STATUS_IDS, targetStatusFromLabel } from '../targets/status.js';
import type { Target } from '../targets/target.js';
import { booleanCell, dateCell, listCell, textCell } from './cells.js';

/**
 * The good-row path of the target import (internal): the cell conversions and checks of `targetRowSchema`,
 * written out for a row that passes them all, so a million good rows do not each run the schema's pipeline.
 * It gives the very `Target` the schema gives, or `undefined` as soon as anything is not plainly right; the
 * row then goes through the schema, which says what is wrong. A test holds the two to the same answers.
 */

/** The scale whose Chinese name is `label` (大型, 中型, 小型, 微型). */
export const scaleOf = (label: string) => TARGET_SCALES.find((s) => s.name === label.trim())?.scale;

const FIELDS = new Set([
  'id',
  'kind',
  'name',
  'region',
  'industry',
  'scale',
  'creditClass',
  'creditAsOf',
  'status',
  'abnormal',
  'active',
  'tags',
]);
const KINDS: ReadonlySet<string> = new Set(TARGET_KIND_IDS);
const STATUSES: ReadonlySet<string> = new Set(TARGET_STATUS_IDS);
const SCALES: ReadonlySet<string> = new Set(TARGET_SCALES.map((s) => s.scale));
const CLASSES: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D']);

/**
 * `labelCell(value, lookup)` with the answers of `lookup` remembered per distinct cell text: a column of a
 * million rows holds a handful of labels (存续, 在营, …), and the lookup is a pure function of the text.
 */
function rememberLabels(lookup: (label: string) => string | undefined): (value: unknown) => unknown {
  const known = new Map<string, string>();
  return (value) => {
    if (typeof value !== 'string') return value;
    let answer = known.get(value);
    if (answer === undefined) {
      answer = lookup(value) ?? value;
      if (known.size < 1024) known.set(value, answer);
    }
    return answer;
  };
}
const kindLabel = rememberLabels(targetKindFromLabel);
const statusLabel = rememberLabels(targetStatusFromLabel);
const scaleLabel = rememberLabels(scaleOf);

/** Trimmed text of 1 to `max` characters, as the schema's text fields check it. */
function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t.length >= 1 && t.length <= max ? t : undefined;
}

function pattern(value: unknown, re: RegExp): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return re.test(t) ? t : undefined;
}

function flag(value: unknown, absent: boolean): boolean | undefined {
  if (value === undefined) return absent;
  const b = booleanCell(value);
  return typeof b === 'boolean' ? b : undefined;
}

function tagsOf(value: unknown): readonly string[] | undefined {
  if (value === undefined) return Object.freeze([]);
  if (typeof value !== 'string') return undefined;
  const tags = listCell(value) as string[];
  for (const tag of tags) if (tag.length > 50) return undefined;
  return Object.freeze(tags);
}

/** The target of a mapped row (cells by field name), or `undefined` when the row needs the schema. */
export function checkTargetRow(
  fields: Readonly<Record<string, unknown>>,
  defaultKind: TargetKind | undefined,
): Target | undefined {
  for (const key of Object.keys(fields)) if (!FIELDS.has(key)) return undefined;
  const id = text(textCell(fields.id), 64);
  const kind = fields.kind === undefined ? defaultKind : kindLabel(fields.kind);
  if (id === undefined || typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  if (isMarketSubjectKind(kind as TargetKind) && !isValidUscc(id)) return undefined;
  const name = text(fields.name, 200);
  const region = pattern(textCell(fields.region), REGION_CODE_PATTERN);
  const industry = pattern(fields.industry, INDUSTRY_CODE_PATTERN);
  const credit = typeof fields.creditClass === 'string' ? fields.creditClass.trim().toUpperCase() : undefined;
  const asOf = dateCell(fields.creditAsOf);
  const status = statusLabel(fields.status);
  const scale = fields.scale === undefined ? undefined : scaleLabel(fields.scale);
  const abnormal = flag(fields.abnormal, false);
  const active = flag(fields.active, true);
  const tags = tagsOf(fields.tags);
  if (name === undefined || region === undefined || industry === undefined) return undefined;
  if (credit === undefined || !CLASSES.has(credit) || typeof asOf !== 'string' || !isIsoDate(asOf))
    return undefined;
  if (typeof status !== 'string' || !STATUSES.has(status)) return undefined;
  if (scale !== undefined && (typeof scale !== 'string' || !SCALES.has(scale))) return undefined;
  if (abnormal === undefined || active === undefined || tags === undefined) return undefined;
  const history = Object.freeze([]);
  // One literal per shape, `scale` last, as the schema's output has it.
  const target =
    scale === undefined
      ? {
          id,
          kind,
          name,
          region,
          industry,
          creditClass: credit,
          creditAsOf: asOf,
          status,
          abnormal,
          active,
          tags,
          history,
        }
      : {
          id,
          kind,
          name,
          region,
          industry,
          creditClass: credit,
          creditAsOf: asOf,
          status,
          abnormal,
          active,
          tags,
          history,
          scale,
        };
  return target as unknown as Target;
}
