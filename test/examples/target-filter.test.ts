import { describe, expect, it } from 'vitest';
import { main } from '../../examples/target-filter.js';

describe('examples/target-filter.ts', () => {
  const out = main();
  it('keeps only the operating class-C restaurant, and the shop does not match', () => {
    expect(out[0]).toBe('pool: 达拉特旗某某餐饮店');
    expect(out[1]).toBe('the shop matches: false');
  });
  it('refuses a filter whose kinds are an empty string instead of answering an empty pool', () => {
    expect(out[2]).toBe('DIRECTORY_INVALID at kinds');
  });
});
