import { describe, expectTypeOf, it } from 'vitest';
import type { AssignConflict, AssignInspector } from '../../src/assign/index.js';
import type { JsonValue } from '../../src/core/index.js';
import type {
  ConflictOfInterest,
  CreditRiskClass,
  DepartmentId,
  Inspector,
  InspectorChange,
  InspectorId,
  Target,
  TargetChange,
  TargetFilter,
  TargetId,
  TargetKind,
} from '../../src/directories/index.js';
import { applyChanges, createInspectorSnapshot, createTargetSnapshot } from '../../src/directories/index.js';

describe('directory types', () => {
  it('keeps target ids and inspector ids apart', () => {
    expectTypeOf<TargetId>().not.toEqualTypeOf<InspectorId>();
    const t = 'x' as TargetId;
    // @ts-expect-error a TargetId is not an InspectorId
    const i: InspectorId = t;
    void i;
    // @ts-expect-error a plain string is not a TargetId
    const u: TargetId = 'plain';
    void u;
  });

  it('types the closed vocabularies', () => {
    expectTypeOf<CreditRiskClass>().toEqualTypeOf<'A' | 'B' | 'C' | 'D'>();
    expectTypeOf<'samr'>().toExtend<DepartmentId>();
    expectTypeOf<'tobacco'>().not.toExtend<DepartmentId>();
    expectTypeOf<'enterprise'>().toExtend<TargetKind>();
    expectTypeOf<'company'>().not.toExtend<TargetKind>();
  });

  it('gives an Inspector the structural shape inspector assignment reads', () => {
    type AssignmentInput = {
      readonly id: string;
      readonly department: string;
      readonly role: 'enforcement' | 'staff' | 'expert';
      readonly certificates: readonly {
        readonly number: string;
        readonly validFrom: string;
        readonly validTo: string;
      }[];
      readonly specialties: readonly string[];
      readonly active: boolean;
      readonly regions?: readonly string[];
    };
    expectTypeOf<Inspector>().toExtend<AssignmentInput>();
    expectTypeOf<Inspector>().toExtend<AssignInspector>();
    expectTypeOf<ConflictOfInterest>().toExtend<AssignConflict>();
  });

  it('keeps a snapshot kind with its changes', () => {
    const targets = createTargetSnapshot([]);
    const inspectors = createInspectorSnapshot({ inspectors: [] });
    expectTypeOf(applyChanges(targets, [])).toEqualTypeOf<typeof targets>();
    expectTypeOf(applyChanges(inspectors, [])).toEqualTypeOf<typeof inspectors>();
    const conflict: InspectorChange = {
      op: 'withdraw-conflict',
      inspectorId: 'a' as InspectorId,
      targetId: 'b' as TargetId,
    };
    // @ts-expect-error conflicts are changes of the inspector directory only
    applyChanges(targets, [conflict]);
    // @ts-expect-error an update cannot set the id
    const bad: TargetChange = { op: 'update', id: 'x' as TargetId, set: { id: 'y' as TargetId } };
    void bad;
  });

  it('makes filters plain read-only JSON that a draw record can hold', () => {
    expectTypeOf<TargetFilter>().toExtend<JsonValue>();
    expectTypeOf<TargetFilter['kinds']>().toEqualTypeOf<readonly TargetKind[] | undefined>();
    expectTypeOf<Target['tags']>().toEqualTypeOf<readonly string[]>();
  });
});
