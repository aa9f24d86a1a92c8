import { describe, expect, it } from 'vitest';
import { main } from '../../examples/bytes-and-codes.js';

describe('examples/bytes-and-codes.ts', () => {
  const out = main();
  it('writes 双随机 as its nine UTF-8 bytes in hex and reads them back', () => {
    expect(out[0]).toBe(`9 ${Buffer.from('双随机', 'utf8').toString('hex')} true undefined`);
  });
  it('keeps a midstate of eight words after one whole block, and refuses a partial block', () => {
    expect(out[1]).toBe('midstate: 64 bytes, 8 words; 63 bytes: INVALID_INPUT');
  });
  it('reads the region of a USCC and refuses a wrong check character', () => {
    expect(out[2]).toBe('uscc: 150621 false');
  });
  it('takes an instant only with an offset, and a fixed clock steps a minute', () => {
    expect(out[3]).toBe('instant: true false');
    expect(out[4]).toBe('clock: 2025-01-20T09:30:00.000+08:00 2025-01-20T09:31:00.000+08:00');
  });
});
