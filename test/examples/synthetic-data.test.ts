import { describe, expect, it } from 'vitest';
import { main } from '../../examples/synthetic-data.js';

describe('examples/synthetic-data.ts', () => {
  const lines = main().split('\n');

  it('gives the same seed state twice and numbers inspectors per department', () => {
    expect(lines[0]).toBe("seedState('demo') is four 32-bit words: 4, the same again: true");
    expect(lines[1]).toBe('inspectors: samr-001, samr-002, samr-003, health-001, health-002, health-003');
  });

  it('keeps targets to the region asked for, and 2 inspectors in each of the 29 departments', () => {
    expect(lines[2]).toBe('targets in 达拉特旗: 5, regions 150621');
    expect(lines[3]).toBe('directories: 50 targets, 58 inspectors, 1 conflicts');
  });
});
