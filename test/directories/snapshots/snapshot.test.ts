import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, isSsjError } from '../../../src/core/index.js';
import {
  createInspectorSnapshot,
  createTargetSnapshot,
  directoryDigest,
  type Target,
} from '../../../src/directories/index.js';
import { createCanonicalWriter } from '../../../src/directories/snapshots/canonical.js';
import { generateDirectories, generateTargets } from '../../../src/testing/index.js';
import { inspector, target } from '../fixtures.js';

const shuffled = <T>(items: readonly T[], order: readonly number[]) =>
  items
    .map((item, i) => ({ item, key: order[i % order.length] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);

/** Each way to change one field of a target to another valid value. */
const MUTATIONS: readonly ((t: Target) => Target)[] = [
  (t) => ({ ...t, name: `${t.name}（分店）` }),
  (t) => ({ ...t, region: t.region === '150621' ? '150622' : '150621' }),
  (t) => ({ ...t, industry: t.industry === 'C' ? 'F' : 'C' }),
  (t) => ({ ...t, scale: t.scale === 'large' ? 'micro' : 'large' }),
  (t) => ({ ...t, creditClass: t.creditClass === 'D' ? 'A' : 'D' }),
  (t) =>
    ({
      ...t,
      creditAsOf: t.creditAsOf === '2025-01-01' ? t.creditAsOf.replace('01-01', '01-02') : '2025-01-01',
    }) as Target,
  (t) => ({ ...t, status: t.status === 'revoked' ? 'operating' : 'revoked' }),
  (t) => ({ ...t, abnormal: !t.abnormal }),
  (t) => ({ ...t, active: !t.active }),
  (t) => ({ ...t, tags: [...t.tags, '新标签'] }),
  (t) => ({ ...t, history: [] }),
];

describe('directory snapshots (名录库快照)', () => {
  it('property: the digest does not depend on the order of the entries', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.nat(), { minLength: 1 }),
        (seed, n, order) => {
          const targets = generateTargets({ seed, count: n });
          expect(directoryDigest('targets', shuffled(targets, order))).toBe(
            directoryDigest('targets', targets),
          );
          expect(createTargetSnapshot(shuffled(targets, order)).digest).toBe(
            createTargetSnapshot(targets).digest,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: the digest changes when any field of any entry changes', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        fc.integer({ min: 0, max: MUTATIONS.length - 1 }),
        (seed, n, pick, m) => {
          const targets = generateTargets({ seed, count: n });
          const i = pick % n;
          const before = targets[i] as Target;
          const after = (MUTATIONS[m] as (t: Target) => Target)(before);
          fc.pre(canonicalJson(after) !== canonicalJson(before));
          const changed = targets.map((t, j) => (j === i ? after : t));
          expect(directoryDigest('targets', changed)).not.toBe(directoryDigest('targets', targets));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: entries are serialised exactly as core canonicalJson does', () => {
    const write = createCanonicalWriter();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(write(value)).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it('writes an own "__proto__" key as data, and never an inherited prototype', () => {
    const write = createCanonicalWriter();
    const withProto = JSON.parse('[{"__proto__":{"a":1}}]') as unknown;
    expect(write(withProto)).toBe('[{"__proto__":{"a":1}}]');
    // After the writer has seen "__proto__", an object without it must not print Object.prototype.
    expect(write([{}])).toBe('[{}]');
    expect(write({ b: [{}, { c: 1 }] })).toBe(canonicalJson({ b: [{}, { c: 1 }] }));
  });

  it('depends on the kind and on the declared conflicts', () => {
    const { targets, inspectors, conflicts } = generateDirectories({ seed: 'k', targets: 20, conflicts: 3 });
    expect(directoryDigest('targets', targets)).not.toBe(directoryDigest('inspectors', targets));
    const withConflicts = createInspectorSnapshot({ inspectors, conflicts });
    const without = createInspectorSnapshot({ inspectors, conflicts: conflicts.slice(1) });
    expect(withConflicts.digest).not.toBe(without.digest);
    const reordered = createInspectorSnapshot({
      inspectors: [...inspectors].reverse(),
      conflicts: [...conflicts].reverse(),
    });
    expect(reordered.digest).toBe(withConflicts.digest);
  });

  it('sorts entries by id and starts at version 1', () => {
    const targets = generateTargets({ seed: 's', count: 25 });
    const snapshot = createTargetSnapshot([...targets].reverse());
    expect(snapshot.version).toBe(1);
    expect(snapshot.entries.map((t) => t.id)).toEqual(targets.map((t) => t.id).sort());
    expect(snapshot.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses two entries with the same id instead of merging them', () => {
    const error = (() => {
      try {
        createTargetSnapshot([target(), target({ name: '另一个名称' })]);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isSsjError(error, 'DIRECTORY_DUPLICATE_IDS')).toBe(true);
  });

  it('reports every malformed entry with its path', () => {
    try {
      createTargetSnapshot([
        target({ region: 'x' }),
        target({ id: 'P1' as never, kind: 'product', creditClass: 'Z' as never }),
      ]);
      expect.unreachable();
    } catch (e) {
      expect(isSsjError(e, 'DIRECTORY_INVALID')).toBe(true);
      if (!isSsjError(e)) return;
      expect(e.issues.map((i) => i.path)).toEqual([
        [0, 'region'],
        [1, 'creditClass'],
      ]);
    }
  });

  it('refuses a conflict that names an inspector not in the directory', () => {
    expect(() =>
      createInspectorSnapshot({
        inspectors: [inspector()],
        conflicts: [{ inspectorId: 'samr-999', targetId: 'x', reason: '近亲属' }],
      }),
    ).toThrow(expect.objectContaining({ code: 'DIRECTORY_UNKNOWN_ID' }));
  });
});
