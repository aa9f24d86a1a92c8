import { describe, expect, it } from 'vitest';
import { main } from '../../examples/pool-file.js';

describe('examples/pool-file.ts', () => {
  const out = main();
  it('reads a quoted newline and quotes from CSV, the same from JSON Lines, and GBK bytes', () => {
    expect(out[0]).toBe(
      'csv: [{"id":"91150621MA0Q5XKD7B","stratum":"A"},{"id":"Shop \\"A\\"\\nAnnex","stratum":"B"}]',
    );
    expect(out[1]).toBe('jsonl equals csv: true');
    expect(out[2]).toBe('gbk: [{"id":"达拉特旗"}]');
  });
  it('refuses invalid UTF-8 naming the byte and line, and reads its own CSV back', () => {
    expect(out[3]).toBe(
      'DRAW_POOL_FILE_ENCODING: Invalid pool file: the file is not valid UTF-8 at byte 4 (line 2)',
    );
    expect(out[4]).toBe('round trip: true');
  });
});
