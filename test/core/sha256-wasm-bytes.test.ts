import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain Node script without types
import { wasmBytesModule } from '../../scripts/build-wasm.mjs';

describe('the checked-in WebAssembly bytes', () => {
  it('are what the WAT sources compile to now (run `npm run build:wasm` after editing src/core/wasm)', async () => {
    const current = readFileSync(new URL('../../src/core/sha256-wasm-bytes.ts', import.meta.url), 'utf8');
    expect(current).toBe(await (wasmBytesModule as () => Promise<string>)());
  });

  it('keep every module under the 4 KB a browser compiles synchronously on its main thread', async () => {
    const bytes = await import('../../src/core/sha256-wasm-bytes.js');
    for (const b64 of Object.values(bytes)) expect(atob(b64).length).toBeLessThanOrEqual(4096);
  });
});
