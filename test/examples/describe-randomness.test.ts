import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/describe-randomness.js';

/** lp(b) = uint32be(b.length) ‖ b, written out here with Node's own buffers. */
const lp = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

describe('examples/describe-randomness.ts', () => {
  const out = main();
  it('names the drand round with its publication time and the lottery draw with its numbers', () => {
    // quicknet: genesis 1692803367 s, a round every 3 s, so round 123 is 122 × 3 s after genesis.
    const published = new Date((1692803367 + 122 * 3) * 1000).toISOString().replace('.000Z', 'Z');
    expect(out[0]).toBe(`drand quicknet round 123 (chain 52db9ba7…), published ${published}`);
    expect(out[1]).toBe('福彩3D 第2026335期: 3 number(s) 0–9, in drawn order');
  });
  it('joins the descriptors of an ssj-draw/2 commitment and keeps the ssj-draw/1 text', () => {
    expect(out[2]).toBe(`${out[0]}; 6 dice of 6 faces thrown at 达拉特旗市场监管局 2026-12-01 公开摇号`);
    expect(out[3]).toBe('福彩3D 第2026335期开奖号码');
  });
  it('derives the ssj-draw/2 seed as the specification writes it', () => {
    const hash = createHash('sha256').update('shuangsuiji/seed/v2');
    for (const part of ['ab'.repeat(32), '4b1d2c3e', '315264']) hash.update(lp(part));
    expect(out[4]).toBe(`seed: ${hash.digest('hex')}`);
  });
});
