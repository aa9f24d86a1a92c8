import { describe, expect, it } from 'vitest';
import { projectLoad, SAMPLING_PRESETS, type SamplingTarget } from '../../src/sampling/index.js';
import { makeTargets } from './fixtures.js';

describe('projectLoad: expected inspections per department and month, checked against inspectors', () => {
  const targets: SamplingTarget[] = [
    ...makeTargets(400),
    { id: 'gone', creditClass: 'D', status: 'deregistered' },
  ];
  const policy = SAMPLING_PRESETS['henan-2021'];

  it('sizes each round with the class arithmetic and adds rounds of the same month', () => {
    // 100 per class: 1 + 2 + 10 + 30 = 43 per round on the whole directory.
    const load = projectLoad({
      targets,
      policy,
      rounds: [
        { department: 'samr', month: 4 },
        { department: 'samr', month: 4, matches: (t) => t.creditClass === 'D' },
        { department: 'tax', month: 9 },
        { department: 'samr', month: 2 },
      ],
      capacity: { samr: { inspectors: 4, visitsPerInspectorPerMonth: 20 } },
    });
    expect(load.months).toEqual([
      {
        department: 'samr',
        month: 2,
        inspections: 43,
        inspectorVisits: 86,
        available: 80,
        withinCapacity: false,
      },
      {
        department: 'samr',
        month: 4,
        inspections: 73,
        inspectorVisits: 146,
        available: 80,
        withinCapacity: false,
      },
      { department: 'tax', month: 9, inspections: 43, inspectorVisits: 86 },
    ]);
    expect(load.byDepartment).toEqual({ samr: 116, tax: 43 });
    expect(load.total).toBe(159);
    expect(load.coverage.D).toEqual({ eligible: 100, planned: 120, coverage: 1 });
    expect(load.coverage.A).toEqual({ eligible: 100, planned: 3, coverage: 0.03 });
  });

  it('fits when the capacity suffices; the default is two inspectors a visit', () => {
    const load = projectLoad({
      targets,
      policy,
      rounds: [{ department: 'samr', month: 5 }],
      capacity: { samr: { inspectors: 5, visitsPerInspectorPerMonth: 20 } },
    });
    expect(load.months[0]).toMatchObject({
      inspections: 43,
      inspectorVisits: 86,
      available: 100,
      withinCapacity: true,
    });
  });

  it('refuses a month outside 1–12', () => {
    expect(() => projectLoad({ targets, policy, rounds: [{ department: 'samr', month: 13 }] })).toThrow(
      expect.objectContaining({ code: 'SAMPLING_INPUT_INVALID' }),
    );
  });
});
