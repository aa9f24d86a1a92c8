import { describe, expect, it } from 'vitest';
import { main } from '../../examples/import-stream.js';

describe('examples/import-stream.ts', () => {
  it('imports a thousand streamed rows, rejecting the one with a wrong check character', async () => {
    expect((await main()).split('\n')).toEqual([
      'targets: accepted 999, rejected 1',
      'row 4: 统一社会信用代码',
      'inspectors: accepted 1, rejected 1',
    ]);
  });
});
