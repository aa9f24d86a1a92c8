import { describe, expect, it } from 'vitest';
import { isSsjError } from '../../../src/core/index.js';
import {
  applyChanges,
  changesDigest,
  createInspectorSnapshot,
  createTargetSnapshot,
  type InspectorId,
  type TargetId,
} from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';
import { inspector, target, uscc } from '../fixtures.js';

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

describe('dynamic management of the target directory (动态管理)', () => {
  const base = createTargetSnapshot(generateTargets({ seed: 'changes', count: 10 }));
  const first = base.entries[0];
  if (first === undefined) throw new Error('fixture');

  it('gives a new snapshot with a new digest for each batch of changes, citing the previous one', () => {
    const added = target({ id: uscc('1', '150621', 'MA0Q99999') as string as TargetId });
    const next = applyChanges(base, [{ op: 'add', entry: added }]);
    expect(next.version).toBe(2);
    expect(next.previousDigest).toBe(base.digest);
    expect(next.digest).not.toBe(base.digest);
    expect(next.entries).toHaveLength(11);
    expect(next.entries.map((e) => e.id)).toEqual([...next.entries.map((e) => e.id)].sort());
  });

  it('deactivates a target that was deregistered (注销) but keeps it for the record', () => {
    const next = applyChanges(base, [{ op: 'deactivate', id: first.id, reason: '已注销' }]);
    expect(next.entries.find((e) => e.id === first.id)?.active).toBe(false);
    expect(next.entries).toHaveLength(10);
  });

  it('updates fields and re-validates the result', () => {
    const next = applyChanges(base, [
      { op: 'update', id: first.id, set: { creditClass: 'D', abnormal: true } },
    ]);
    const updated = next.entries.find((e) => e.id === first.id);
    expect(updated?.creditClass).toBe('D');
    expect(updated?.name).toBe(first.name);
    const error = thrown(() => applyChanges(base, [{ op: 'update', id: first.id, set: { region: '99' } }]));
    expect(isSsjError(error, 'DIRECTORY_INVALID')).toBe(true);
  });

  it('does not change the snapshot it was given', () => {
    const before = JSON.stringify(base);
    applyChanges(base, [{ op: 'update', id: first.id, set: { name: '新名称' } }]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('rejects an add of an existing id and an update of an unknown id, applying nothing', () => {
    expect(
      isSsjError(
        thrown(() => applyChanges(base, [{ op: 'add', entry: first }])),
        'DIRECTORY_ID_EXISTS',
      ),
    ).toBe(true);
    const unknown = thrown(() =>
      applyChanges(base, [
        { op: 'update', id: first.id, set: { name: 'x' } },
        { op: 'deactivate', id: 'nope' as TargetId, reason: '迁出' },
      ]),
    );
    expect(isSsjError(unknown, 'DIRECTORY_UNKNOWN_ID')).toBe(true);
  });

  it('rejects malformed changes: no reason, an id in an update, an empty update', () => {
    for (const bad of [
      { op: 'deactivate', id: first.id, reason: ' ' },
      { op: 'update', id: first.id, set: { id: 'x' } },
      { op: 'update', id: first.id, set: {} },
      { op: 'merge', id: first.id },
    ]) {
      expect(
        isSsjError(
          thrown(() => applyChanges(base, [bad as never])),
          'DIRECTORY_CHANGE_INVALID',
        ),
      ).toBe(true);
    }
  });

  it('gives the same digest for the same content whatever the path to it', () => {
    const a = applyChanges(base, [{ op: 'update', id: first.id, set: { name: 'A' } }]);
    const b = applyChanges(applyChanges(base, [{ op: 'update', id: first.id, set: { name: 'B' } }]), [
      { op: 'update', id: first.id, set: { name: 'A' } },
    ]);
    expect(b.digest).toBe(a.digest);
    expect(b.version).toBe(3);
  });

  it('digests a list of changes', () => {
    const c = [{ op: 'deactivate', id: first.id, reason: '注销' }] as const;
    expect(changesDigest(c)).toMatch(/^[0-9a-f]{64}$/);
    expect(changesDigest(c)).not.toBe(changesDigest([{ ...c[0], reason: '迁出' }]));
  });
});

describe('dynamic management of the inspector directory', () => {
  const base = createInspectorSnapshot({ inspectors: [inspector()] });
  const id = 'samr-001' as InspectorId;
  const targetId = 'T-1' as TargetId;

  it('records a declared conflict of interest (利害关系) as data, and its withdrawal', () => {
    const declared = applyChanges(base, [
      { op: 'declare-conflict', conflict: { inspectorId: id, targetId, reason: '近亲属任法定代表人' } },
    ]);
    expect(declared.conflicts).toEqual([{ inspectorId: id, targetId, reason: '近亲属任法定代表人' }]);
    expect(declared.digest).not.toBe(base.digest);
    const withdrawn = applyChanges(declared, [{ op: 'withdraw-conflict', inspectorId: id, targetId }]);
    expect(withdrawn.conflicts).toEqual([]);
    expect(withdrawn.digest).toBe(base.digest);
  });

  it('rejects a conflict of an unknown inspector', () => {
    const e = thrown(() =>
      applyChanges(base, [
        { op: 'declare-conflict', conflict: { inspectorId: 'x' as InspectorId, targetId, reason: '亲属' } },
      ]),
    );
    expect(isSsjError(e, 'DIRECTORY_UNKNOWN_ID')).toBe(true);
  });

  it('deactivates an inspector who left (调离)', () => {
    const next = applyChanges(base, [{ op: 'deactivate', id, reason: '调离' }]);
    expect(next.entries[0]?.active).toBe(false);
  });
});
