import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSsjError, parseInstant } from '../../src/core/index.js';
import {
  type AuditEvent,
  type AuditEventInput,
  appendAudit,
  chainAuditEvent,
  createMemoryAuditStore,
  GENESIS_HASH,
  hashAuditEvent,
  verifyAuditLog,
} from '../../src/workflow/index.js';

const at = parseInstant('2025-04-01T09:00:00+08:00');

const inputArb: fc.Arbitrary<AuditEventInput> = fc.record({
  at: fc.constant(at),
  actor: fc.constantFrom('market-officer', 'h1', 'chief'),
  type: fc.constantFrom('task.commit', 'task.draw', 'task.publish'),
  subject: fc.constantFrom('task_1', 'task_2'),
  payload: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v ?? null))),
});

function build(inputs: readonly AuditEventInput[]): readonly AuditEvent[] {
  return inputs.reduce<readonly AuditEvent[]>((log, input) => appendAudit(log, input), []);
}

const logArb = fc.array(inputArb, { minLength: 2, maxLength: 12 }).map(build);

describe('audit trail (全程留痕)', () => {
  it('starts from the genesis hash and links each event to the one before', () => {
    const log = build([
      { at, actor: 'a', type: 'task.created', subject: 'task_1', payload: {} },
      { at, actor: 'a', type: 'task.commit', subject: 'task_1', payload: { digest: 'x' } },
    ]);
    expect(log[0]?.prevHash).toBe(GENESIS_HASH);
    expect(log[0]?.seq).toBe(1);
    expect(log[1]?.prevHash).toBe(log[0]?.hash);
    expect(log[1]?.hash).toBe(hashAuditEvent(log[1]!));
    expect(verifyAuditLog(log)).toEqual({ valid: true, problems: [] });
  });

  it('refuses to append after an altered last event', () => {
    const log = build([{ at, actor: 'a', type: 't', subject: 's', payload: 1 }]);
    const altered = { ...log[0]!, actor: 'b' };
    expect(() => chainAuditEvent(altered, { at, actor: 'a', type: 't', subject: 's', payload: 2 })).toThrow(
      expect.objectContaining({ code: 'WORKFLOW_AUDIT_BROKEN' }),
    );
  });

  it('rejects an event with a bad instant or a payload JSON cannot hold', () => {
    const bad = {
      at: '2025-04-01',
      actor: 'a',
      type: 't',
      subject: 's',
      payload: 1,
    } as unknown as AuditEventInput;
    expect(() => appendAudit([], bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    const nan = { at, actor: 'a', type: 't', subject: 's', payload: Number.NaN };
    expect(() => appendAudit([], nan)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('the memory store chains what it is given', async () => {
    const store = createMemoryAuditStore();
    await store.append({ at, actor: 'a', type: 't', subject: 's', payload: 1 });
    const second = await store.append({ at, actor: 'a', type: 't', subject: 's', payload: 2 });
    expect(second.seq).toBe(2);
    expect(verifyAuditLog(await store.read()).valid).toBe(true);
  });

  it('an untouched log always verifies', () => {
    fc.assert(
      fc.property(logArb, (log) => verifyAuditLog(log).valid),
      { numRuns: 100 },
    );
  });

  it('finds any edit of any field and names the edited event', () => {
    const fields = ['actor', 'type', 'subject', 'payload', 'at', 'seq', 'prevHash'] as const;
    fc.assert(
      fc.property(logArb, fc.nat(), fc.constantFrom(...fields), (log, n, field) => {
        const index = n % log.length;
        const original = log[index]!;
        const edited: AuditEvent = {
          ...original,
          ...(field === 'seq'
            ? { seq: original.seq + 7 }
            : field === 'at'
              ? { at: parseInstant('2025-04-02T09:00:00+08:00') }
              : field === 'prevHash'
                ? { prevHash: 'f'.repeat(64) }
                : field === 'payload'
                  ? { payload: { edited: true } }
                  : { [field]: `${original[field]}-edited` }),
        };
        const tampered = log.map((e, i) => (i === index ? edited : e));
        const { valid, problems } = verifyAuditLog(tampered);
        return !valid && problems.some((p) => p.index === index && p.kind === 'hash-mismatch');
      }),
      { numRuns: 200 },
    );
  });

  it('finds any deletion before the last event, at the place of the gap', () => {
    fc.assert(
      fc.property(logArb, fc.nat(), (log, n) => {
        const index = n % (log.length - 1);
        const tampered = log.filter((_, i) => i !== index);
        const { valid, problems } = verifyAuditLog(tampered);
        return !valid && problems.some((p) => p.index === index);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a cut-off end or a re-hashed rewrite when an earlier head is given', () => {
    fc.assert(
      fc.property(logArb, inputArb, (log, input) => {
        const last = log.at(-1)!;
        const head = { seq: last.seq, hash: last.hash };
        const cut = verifyAuditLog(log.slice(0, -1), { head });
        const rewritten = build([input, ...log.slice(1).map((e) => ({ ...e }))]);
        const rewrite = verifyAuditLog(rewritten, { head });
        const changed = rewritten.at(-1)!.hash !== last.hash;
        return (
          !cut.valid &&
          cut.problems.some((p) => p.kind === 'head-mismatch') &&
          (!changed || rewrite.problems.some((p) => p.kind === 'head-mismatch'))
        );
      }),
      { numRuns: 100 },
    );
  });

  it('finds any insertion of a foreign event, at the place it was put', () => {
    fc.assert(
      fc.property(logArb, inputArb, fc.nat(), (log, input, n) => {
        const index = n % log.length; // before an existing event: at the end it would be an honest append
        const foreign = chainAuditEvent(log[Math.max(0, index - 1)], input);
        const tampered = [...log.slice(0, index), foreign, ...log.slice(index)];
        const { valid, problems } = verifyAuditLog(tampered);
        return !valid && problems.some((p) => p.index === index || p.index === index + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('finds any reordering of two events', () => {
    fc.assert(
      fc.property(logArb, fc.nat(), fc.nat(), (log, a, b) => {
        const i = a % log.length;
        const j = b % log.length;
        fc.pre(i !== j);
        const tampered = log.map((e, k) => (k === i ? log[j]! : k === j ? log[i]! : e));
        const { valid, problems } = verifyAuditLog(tampered);
        const lo = Math.min(i, j);
        return !valid && problems.some((p) => p.index === lo);
      }),
      { numRuns: 200 },
    );
  });

  it('reports a malformed entry instead of throwing', () => {
    const log = build([{ at, actor: 'a', type: 't', subject: 's', payload: 1 }]);
    const result = verifyAuditLog([...log, { seq: 2, hash: 'nope' }]);
    expect(result.valid).toBe(false);
    expect(result.problems[0]).toMatchObject({ kind: 'malformed', index: 1, seq: 2 });
    expect(isSsjError(result)).toBe(false);
  });
});
