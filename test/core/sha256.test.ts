import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSha256, sha256, sha256Hex, sha256Midstate, toHex } from '../../src/core/index.js';
import { digestAfterMidstate, sha256CompressBlock, sha256Schedule } from '../../src/core/internal.js';

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
    expect(() => sha256Midstate(new Uint8Array(10))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('sha256CompressBlock (the one compression loop)', () => {
  /** FIPS 180-4 §5.3.3: the initial hash value. */
  const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const wordsHex = (words: Int32Array) =>
    Array.from(words, (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');

  /** Writes `bytes` (at most 55) with their padding and bit length into the shared schedule. */
  function writeBlock(bytes: Uint8Array, prefixLength: number): void {
    const schedule = sha256Schedule();
    schedule.fill(0, 0, 16);
    bytes.forEach((b, i) => {
      schedule[i >> 2] = (schedule[i >> 2] as number) | (b << (24 - ((i & 3) << 3)));
    });
    const len = bytes.length;
    schedule[len >> 2] = (schedule[len >> 2] as number) | (0x80 << (24 - ((len & 3) << 3)));
    schedule[15] = (prefixLength + len) * 8;
  }

  it('gives the FIPS 180-4 digest of "abc" from one padded block', () => {
    const state = Int32Array.from(IV);
    writeBlock(new TextEncoder().encode('abc'), 0);
    sha256CompressBlock(state, state);
    expect(wordsHex(state)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('property: after a midstate, one block gives what digestAfterMidstate gives, and leaves the state as it was', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 64, maxLength: 64 }),
        fc.uint8Array({ maxLength: 55 }),
        (prefix, suffix) => {
          const mid = sha256Midstate(prefix);
          const before = Int32Array.from(mid.state);
          const out = new Int32Array(8);
          writeBlock(suffix, 64);
          sha256CompressBlock(mid.state, out);
          const expected = new Uint8Array(32);
          digestAfterMidstate(mid, suffix, expected, 0);
          expect(wordsHex(out)).toBe(toHex(expected));
          expect(mid.state).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
