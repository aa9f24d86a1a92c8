import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSha256,
  digestAfterMidstate,
  sha256,
  sha256Hex,
  sha256Midstate,
  toHex,
} from '../../src/core/index.js';

const nodeHex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('matches the NIST FIPS 180-4 vector for %j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected);
  });

  it('matches the NIST vector for one million "a"', () => {
    const hasher = createSha256();
    const chunk = 'a'.repeat(1000);
    for (let i = 0; i < 1000; i++) hasher.update(chunk);
    expect(hasher.digestHex()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes strings as UTF-8', () => {
    expect(sha256Hex('双随机、一公开')).toBe(nodeHex('双随机、一公开'));
  });

  it('equals node:crypto on random inputs of every length around the block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
        expect(toHex(sha256(bytes))).toBe(nodeHex(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same digest however the input is split into updates', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(400)), (bytes, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const hasher = createSha256();
        let last = 0;
        for (const p of points) {
          hasher.update(bytes.subarray(last, p));
          last = p;
        }
        hasher.update(bytes.subarray(last));
        expect(hasher.digestHex()).toBe(nodeHex(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('lets a clone branch from a shared prefix without disturbing the original', () => {
    const base = createSha256().update('prefix:');
    const a = base.clone().update('a').digestHex();
    const b = base.clone().update('b').digestHex();
    expect(a).toBe(nodeHex('prefix:a'));
    expect(b).toBe(nodeHex('prefix:b'));
    expect(base.digestHex()).toBe(nodeHex('prefix:'));
  });

  it('hashes prefix ‖ suffix from a midstate exactly as a one-shot hash', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.uint8Array({ maxLength: 200 }), (blocks, suffix) => {
        const prefix = new Uint8Array(blocks * 64).map((_, i) => (i * 7 + 3) & 0xff);
        const out = new Uint8Array(40);
        digestAfterMidstate(sha256Midstate(prefix), suffix, out, 4);
        const whole = new Uint8Array(prefix.length + suffix.length);
        whole.set(prefix);
        whole.set(suffix, prefix.length);
        expect(toHex(out.subarray(4, 36))).toBe(nodeHex(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a midstate prefix that is not whole blocks', () => {
    expect(() => sha256Midstate(new Uint8Array(10))).toThrow(RangeError);
  });
});
