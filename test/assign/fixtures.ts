import type { AssignInspector, AssignTarget } from '../../src/assign/index.js';
import type { IsoDate } from '../../src/core/index.js';

export const SEED = '5e'.repeat(32);
export const DATE = '2025-03-10';
export const SAMR = '市场监管局';
export const HEALTH = '卫生健康委';
export const SAFETY = '应急管理局';

const d = (s: string) => s as IsoDate;

/** An inspector with a certificate valid through 2027, unless told otherwise. */
export function officer(
  id: string,
  department: string,
  extra: Partial<Omit<AssignInspector, 'id' | 'department'>> = {},
): AssignInspector {
  return {
    id,
    department,
    role: 'enforcement',
    certificates: [{ number: `CERT-${id}`, validFrom: d('2023-01-01'), validTo: d('2027-12-31') }],
    specialties: [],
    active: true,
    ...extra,
  };
}

/** `n` officers of a department, ids `<prefix>01`…. */
export function officers(prefix: string, department: string, n: number): AssignInspector[] {
  return Array.from({ length: n }, (_, i) =>
    officer(`${prefix}${String(i + 1).padStart(2, '0')}`, department),
  );
}

/** Targets visited jointly by the given departments. */
export function targets(n: number, departments: readonly string[] = [SAMR]): AssignTarget[] {
  return Array.from({ length: n }, (_, i) => ({ id: `T${String(i + 1).padStart(3, '0')}`, departments }));
}
