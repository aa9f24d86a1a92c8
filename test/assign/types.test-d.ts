import { describe, expectTypeOf, it } from 'vitest';
import {
  type AssignExclusionCode,
  type AssignInspector,
  type AssignmentRecord,
  type AssignRequest,
  type AssignRule,
  assignInspectors,
  type LeadRule,
  recuse,
  type TeamMember,
  verifyAssignment,
} from '../../src/assign/index.js';
import type { IsoDate } from '../../src/core/index.js';

describe('assignment types', () => {
  it('a request takes dates as strings; the record gives them back branded', () => {
    expectTypeOf<AssignRequest['date']>().toEqualTypeOf<string>();
    expectTypeOf<AssignmentRecord['date']>().toEqualTypeOf<IsoDate>();
    expectTypeOf(assignInspectors).returns.toEqualTypeOf<AssignmentRecord>();
  });

  it('an inspector of a directory fits structurally, and experts are a role, not a separate type', () => {
    const directoryInspector = {
      id: 'I1',
      name: '王磊',
      department: '市场监管局',
      role: 'enforcement' as const,
      certificates: [{ number: 'C', validFrom: '2024-01-01' as IsoDate, validTo: '2027-12-31' as IsoDate }],
      specialties: ['food-safety'],
      active: true,
      grade: 'extra fields are allowed',
    };
    expectTypeOf(directoryInspector).toExtend<AssignInspector>();
    expectTypeOf<AssignInspector['role']>().toEqualTypeOf<'enforcement' | 'staff' | 'expert'>();
  });

  it('rules are closed sets: leads, roles that count, exclusion codes', () => {
    expectTypeOf<LeadRule>().toEqualTypeOf<'first-ranked' | 'first-specialist'>();
    expectTypeOf<AssignRule['countingRoles'][number]>().toEqualTypeOf<'enforcement' | 'staff'>();
    expectTypeOf<TeamMember['role']>().toEqualTypeOf<'officer' | 'expert'>();
    expectTypeOf<'conflict'>().toExtend<AssignExclusionCode>();
    // @ts-expect-error an expert never counts as an officer
    const roles: AssignRule['countingRoles'] = ['expert'];
    expectTypeOf(roles).not.toBeAny();
  });

  it('records are read-only and verification returns problems, never throws a type', () => {
    const record = {} as AssignmentRecord;
    // @ts-expect-error the record is read-only
    record.seed = 'x';
    expectTypeOf(verifyAssignment).returns.toHaveProperty('valid').toEqualTypeOf<boolean>();
    expectTypeOf(recuse).returns.toEqualTypeOf<AssignmentRecord>();
    // @ts-expect-error a recusal needs a reason
    recuse(record, [], [], { targetId: 'T', department: 'D', inspectorId: 'I' });
  });
});
