import { isValidUscc } from '../../core/index.js';
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
import { textCell } from './cells.js';
import {
  dateOf,
  flagOf,
  remember,
  rememberCode,
  rememberLabel,
  rememberList,
  text,
} from './remembered-cells.js';

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
const CLASSES: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D']);

const kindLabel = rememberLabel(targetKindFromLabel, TARGET_KIND_IDS);
const statusLabel = rememberLabel(targetStatusFromLabel, TARGET_STATUS_IDS);
const scaleLabel = rememberLabel(
  scaleOf,
  TARGET_SCALES.map((s) => s.scale),
);
const regionOf = rememberCode(REGION_CODE_PATTERN);
const industryOf = rememberCode(INDUSTRY_CODE_PATTERN);
const creditText = remember((t) => {
  const credit = t.trim().toUpperCase();
  return CLASSES.has(credit) ? credit : undefined;
});
const tagsOf = rememberList((tag) => (tag.length <= 50 ? tag : undefined));
/** Imported targets have no history: one frozen empty list serves them all. */
const NO_HISTORY = Object.freeze([]);

/** The target of a mapped row (cells by field name), or `undefined` when the row needs the schema. */
export function checkTargetRow(
  fields: Readonly<Record<string, unknown>>,
  defaultKind: TargetKind | undefined,
): Target | undefined {
  for (const key in fields) if (!FIELDS.has(key)) return undefined;
  const id = text(textCell(fields.id), 64);
  const kind = fields.kind === undefined ? defaultKind : kindLabel(fields.kind);
  if (id === undefined || kind === undefined) return undefined;
  if (isMarketSubjectKind(kind) && !isValidUscc(id)) return undefined;
  const name = text(fields.name, 200);
  const region = regionOf(textCell(fields.region));
  const industry = industryOf(fields.industry);
  const credit = typeof fields.creditClass === 'string' ? creditText(fields.creditClass) : undefined;
  const asOf = dateOf(fields.creditAsOf);
  const status = statusLabel(fields.status);
  const scale = fields.scale === undefined ? undefined : scaleLabel(fields.scale);
  const abnormal = flagOf(fields.abnormal, false);
  const active = flagOf(fields.active, true);
  const tags = tagsOf(fields.tags);
  if (name === undefined || region === undefined || industry === undefined) return undefined;
  if (credit === undefined || asOf === undefined || status === undefined) return undefined;
  if (fields.scale !== undefined && scale === undefined) return undefined;
  if (abnormal === undefined || active === undefined || tags === undefined) return undefined;
  const history = NO_HISTORY;
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
