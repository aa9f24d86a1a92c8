import { describe, expect, it } from 'vitest';
import { main } from '../../examples/directory-changes.js';

describe('examples/directory-changes.ts', () => {
  const out = main();
  it('gives version 2, chained to version 1, with the closed business inactive', () => {
    expect(out[0]).toBe('version 1 -> 2, chained: true');
    expect(out[1]).toBe('active: 2 of 3');
  });
  it('applies nothing of a change set that names an unknown id', () => {
    expect(out[2]).toBe('DIRECTORY_UNKNOWN_ID; the snapshot is unchanged: 2 active');
  });
});
