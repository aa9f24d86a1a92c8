import { describe, expect, it } from 'vitest';
import { main } from '../../examples/accountability-conditions.js';

describe('examples/accountability-conditions.ts', () => {
  const lines = main().split('\n');

  it('leaves "late and with consequences" open while the consequences are unknown, false once it was in time', () => {
    expect(lines[0]).toBe('facts read: resultsNotPublishedInTime, consequencesFollowed');
    expect(lines[1]).toBe('published late, consequences not known: unknown (open: consequencesFollowed)');
    expect(lines[2]).toBe('published in time: false (decided by resultsNotPublishedInTime)');
    expect(lines[3]).toBe('followedChecklist true, nothingFound unknown');
  });

  it('reads eight built-in rules and one local rule from configuration, and refuses every rule twice', () => {
    expect(lines[4]).toBe('rules from configuration: 9');
    expect(lines[5]).toBe('a rule set with every rule twice: ACCOUNTABILITY_DUPLICATE_RULE_IDS');
    expect(lines[6]).toBe('missed nothing, the rest unknown: needs-review');
  });
});
