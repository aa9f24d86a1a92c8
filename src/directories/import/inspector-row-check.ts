import { INSPECTOR_ROLES } from '../../core/index.js';
import type { Inspector } from '../inspectors/inspector.js';
import { DEPARTMENTS } from '../shared/departments.js';
import { REGION_CODE_PATTERN } from '../shared/region-codes.js';
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
 * The good-row path of the inspector import (internal): the cell conversions and checks of `inspectorRowSchema`,
 * written out for a row that passes them all. It gives the very `Inspector` the schema gives, or `undefined` as
 * soon as anything is not plainly right; the row then goes through the schema, which says what is wrong. A test
 * holds the two to the same answers.
 */

const ROLE_LABELS: Readonly<Record<string, string>> = { 执法人员: 'enforcement', 监管人员: 'staff' };
/** The role named by `label` (行政执法人员 or 执法人员, 日常监管人员 or 监管人员, 专家). */
export const roleOf = (label: string) =>
  INSPECTOR_ROLES.find((r) => r.name === label.trim())?.role ?? ROLE_LABELS[label.trim()];
/** The id of the member department whose full name is `label`. */
export const departmentOf = (label: string) => DEPARTMENTS.find((d) => d.name === label.trim())?.id;
const AFFILIATIONS: Readonly<Record<string, string>> = {
  检测机构: 'testing-body',
  科研院所: 'research-institute',
  行业: 'industry',
  行业专家: 'industry',
};
/** The kind of expert affiliation named by `label` (检测机构, 科研院所, 行业). */
export const affiliationOf = (label: string) => AFFILIATIONS[label.trim()];

const FIELDS = new Set([
  'id',
  'name',
  'department',
  'role',
  'certificateNumber',
  'certificateValidFrom',
  'certificateValidTo',
  'specialties',
  'regions',
  'active',
  'affiliationKind',
  'affiliationName',
]);

const roleLabel = rememberLabel(
  roleOf,
  INSPECTOR_ROLES.map((r) => r.role),
);
const affiliationLabel = rememberLabel(affiliationOf, ['testing-body', 'research-institute', 'industry']);
const specialtiesOf = rememberList((item) => text(item, 50));
const regionCode = rememberCode(REGION_CODE_PATTERN);
const regionsOf = rememberList(regionCode);
const NO_CERTIFICATES = Object.freeze([]);

const departmentText = remember((t) => departmentOf(t) ?? text(t, 100));
/** The department of a cell: a member's full name gives its id, any other text is the id itself. */
const departmentCell = (value: unknown) => (typeof value === 'string' ? departmentText(value) : undefined);

/** The row's certificate list: none, or one with its number and both dates, ending no earlier than it starts. */
function certificatesOf(fields: Readonly<Record<string, unknown>>): Inspector['certificates'] | undefined {
  const { certificateNumber, certificateValidFrom, certificateValidTo } = fields;
  if (
    certificateNumber === undefined &&
    certificateValidFrom === undefined &&
    certificateValidTo === undefined
  )
    return NO_CERTIFICATES;
  const number = text(textCell(certificateNumber), 64);
  const validFrom = dateOf(certificateValidFrom);
  const validTo = dateOf(certificateValidTo);
  if (number === undefined || validFrom === undefined || validTo === undefined || validFrom > validTo)
    return undefined;
  return Object.freeze([{ number, validFrom, validTo }]);
}

/** The inspector of a mapped row (cells by field name), or `undefined` when the row needs the schema. */
export function checkInspectorRow(fields: Readonly<Record<string, unknown>>): Inspector | undefined {
  for (const key in fields) if (!FIELDS.has(key)) return undefined;
  const id = text(textCell(fields.id), 64);
  const name = text(fields.name, 100);
  const department = departmentCell(fields.department);
  const role = roleLabel(fields.role);
  const certificates = certificatesOf(fields);
  const specialties = specialtiesOf(fields.specialties);
  const regions = regionsOf(textCell(fields.regions));
  const active = flagOf(fields.active, true);
  if (id === undefined || name === undefined || department === undefined || role === undefined)
    return undefined;
  if (certificates === undefined || specialties === undefined || regions === undefined) return undefined;
  if (active === undefined) return undefined;
  const expert = role === 'expert';
  if (!expert)
    return fields.affiliationKind === undefined && fields.affiliationName === undefined
      ? ({ id, name, department, role, certificates, specialties, regions, active } as Inspector)
      : undefined;
  const kind = affiliationLabel(fields.affiliationKind);
  const affiliationName = text(fields.affiliationName, 200);
  if (kind === undefined || affiliationName === undefined) return undefined;
  const affiliation = { kind, name: affiliationName };
  return { id, name, department, role, certificates, specialties, regions, active, affiliation } as Inspector;
}
