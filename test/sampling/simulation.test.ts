import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, makeDate, parseIsoDate, yearOf } from '../../src/core/index.js';
import { toDayNumber } from '../../src/core/internal.js';
import { commitDraw, drawTargets, revealDraw, verifyDraw } from '../../src/draw/index.js';
import {
  type ClassRule,
  planSample,
  SAMPLING_PRESETS,
  type SamplingPolicy,
  type SamplingTarget,
  type TargetHistoryEntry,
} from '../../src/sampling/index.js';
import { makeTargets } from './fixtures.js';

/** Every inspection of every target, checked against its class's cap and window. */
function violations(
  targets: readonly SamplingTarget[],
  history: readonly TargetHistoryEntry[],
  policy: SamplingPolicy,
) {
  const byId = new Map<string, IsoDate[]>();
  for (const h of history) byId.set(h.targetId, [...(byId.get(h.targetId) ?? []), parseIsoDate(h.date)]);
  const found: string[] = [];
  for (const t of targets) {
    const dates = (byId.get(t.id) ?? []).sort();
    const rule: ClassRule = policy.classes[t.creditClass];
    dates.forEach((d, i) => {
      const cap = rule.frequencyCap;
      if (cap !== undefined) {
        const n = dates.filter((x) => yearOf(x) <= yearOf(d) && yearOf(x) > yearOf(d) - cap.years).length;
        if (n > cap.max) found.push(`${t.id}: ${n} inspections by ${d}, cap ${cap.max}/${cap.years}y`);
      }
      const prev = dates[i - 1];
      const w = rule.exclusionWindow;
      if (prev !== undefined && w?.kind === 'days' && toDayNumber(d) - toDayNumber(prev) < w.days) {
        found.push(`${t.id}: ${prev} and ${d} inside ${w.days} days`);
      }
      if (prev !== undefined && w?.kind === 'same-calendar-year' && yearOf(prev) === yearOf(d)) {
        found.push(`${t.id}: ${prev} and ${d} in the same year`);
      }
    });
  }
  return found;
}

/** Monthly draws for three years; each month's selections become history for the next plan. */
function simulate(
  targets: readonly SamplingTarget[],
  policy: SamplingPolicy,
  draw: (request: ReturnType<typeof planSample>['request'], month: number) => readonly { id: string }[],
) {
  const history: TargetHistoryEntry[] = [];
  let drawn = 0;
  for (let m = 0; m < 36; m += 1) {
    const asOf = addDays(makeDate(2024 + Math.floor(m / 12), (m % 12) + 1, 1), m % 5);
    const plan = planSample({ targets, policy, history, asOf, randomnessSource: `month ${m}` });
    const selected = draw(plan.request, m);
    expect(selected.length).toBe(plan.totals.planned);
    for (const s of selected) history.push({ targetId: s.id, date: asOf });
    drawn += selected.length;
  }
  return { history, drawn };
}

const strict: SamplingPolicy = {
  ...SAMPLING_PRESETS['daqing-lindian-2024'],
  classes: {
    ...SAMPLING_PRESETS['daqing-lindian-2024'].classes,
    A: {
      ...SAMPLING_PRESETS['daqing-lindian-2024'].classes.A,
      exclusionWindow: { kind: 'same-calendar-year' },
    },
    D: { ...SAMPLING_PRESETS['daqing-lindian-2024'].classes.D, exclusionWindow: { kind: 'days', days: 120 } },
  },
};

describe('a simulated three-year history of monthly draws', () => {
  it('大庆林甸 2024 caps hold over 36 committed and revealed draws, each verifiable', () => {
    const targets = makeTargets(240, ['A', 'A', 'A', 'A', 'B', 'B', 'C', 'D']);
    const { history, drawn } = simulate(targets, strict, (request, m) => {
      const record = revealDraw(commitDraw(request), request.pool, [`beacon-${m}`]);
      if (m % 12 === 0) expect(verifyDraw(record, request.pool).valid).toBe(true);
      return record.selected;
    });
    expect(drawn).toBeGreaterThan(100);
    expect(violations(targets, history, strict)).toEqual([]);
  });

  it('never breaks a cap or window, whatever the caps, windows, ratios and seeds', () => {
    const arbRule = fc.record({
      ratio: fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
      cap: fc.option(
        fc.record({ max: fc.integer({ min: 0, max: 3 }), years: fc.integer({ min: 1, max: 3 }) }),
        {
          nil: undefined,
        },
      ),
      window: fc.option(
        fc.oneof(
          fc.integer({ min: 1, max: 400 }).map((days) => ({ kind: 'days' as const, days })),
          fc.constant({ kind: 'same-calendar-year' as const }),
        ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(
        fc.tuple(arbRule, arbRule, arbRule, arbRule),
        fc.stringMatching(/^[0-9a-f]{8}$/),
        (rules, salt) => {
          const [a, b, c, d] = rules.map(({ ratio, cap, window }) => ({
            label: 'x',
            ratio,
            ...(cap === undefined ? {} : { frequencyCap: cap }),
            ...(window === undefined ? {} : { exclusionWindow: window }),
          })) as [ClassRule, ClassRule, ClassRule, ClassRule];
          const policy: SamplingPolicy = { ...strict, classes: { A: a, B: b, C: c, D: d } };
          const targets = makeTargets(60);
          const { history } = simulate(targets, policy, (request, m) => {
            const seed = `${salt}${String(m).padStart(2, '0')}`.padEnd(64, '0');
            return drawTargets({
              pool: request.pool,
              sample: request.sample,
              seed,
              ...(request.exclude ? { exclude: request.exclude } : {}),
            }).selected;
          });
          expect(violations(targets, history, policy)).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });
});
