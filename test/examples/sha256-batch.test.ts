import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { main } from '../../examples/sha256-batch.js';

describe('the SHA-256 batch example', () => {
  it('hashes each id after the shared prefix as node:crypto does, on the fastest core', () => {
    const prefix = 'shuangsuiji example prefix, exactly sixty-four bytes long ......';
    const ids = ['91150621MA0Q5XKD7B', '91150621MA0Q5XKD8C', '91150621MA0Q5XKD9D'];
    const expected = ids.map((id) =>
      createHash('sha256')
        .update(prefix + id)
        .digest('hex'),
    );
    expect(main()).toEqual(['cores: wasm-simd, wasm, typescript', ...expected, 'matches sha256: true']);
  });
});
