import { describe, expect, it, vi } from 'vitest';

type Bytes = typeof import('../../src/core/bytes.js');

const wellFormed = ['', 'abc', '双随机', '\ud83d\ude00', 'x\ud83d\ude00y', '\uffff'];
const lone = ['\ud800', '\udc00', 'a\ud83d', '\ude00a', '\ude00\ud83d', '\ud83d\ud83d\ude00\ude00x\ud800'];

/** The checks of `utf8`, against the UTF-8 bytes Node's Buffer writes for well-formed text. */
function checks(load: () => Promise<Bytes>) {
  it('encodes well-formed text as UTF-8', async () => {
    const { utf8 } = await load();
    for (const text of wellFormed)
      expect(Array.from(utf8(text))).toEqual(Array.from(Buffer.from(text, 'utf8')));
  });

  it('refuses a lone surrogate, which UTF-8 would silently replace', async () => {
    const { utf8, isWellFormedText } = await load();
    for (const text of lone) {
      expect(isWellFormedText(text)).toBe(false);
      expect(() => utf8(text)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
    for (const text of wellFormed) expect(isWellFormedText(text)).toBe(true);
  });
}

describe('utf8 where the runtime has String.prototype.isWellFormed', () => {
  checks(() => import('../../src/core/bytes.js'));
});

describe('utf8 where it does not', () => {
  checks(async () => {
    const proto = String.prototype as { isWellFormed?: unknown };
    const native = proto.isWellFormed;
    vi.resetModules();
    delete proto.isWellFormed;
    try {
      return await import('../../src/core/bytes.js');
    } finally {
      proto.isWellFormed = native;
    }
  });
});
