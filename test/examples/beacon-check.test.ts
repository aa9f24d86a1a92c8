import { describe, expect, it } from 'vitest';
import { main } from '../../examples/beacon-check.js';

describe('examples/beacon-check.ts', () => {
  it('verifies quicknet round 7788475, refuses it as round 7788476, and gives its time', () => {
    const [ok, other, time] = main();
    expect(ok).toBe('round 7788475: {"valid":true}');
    expect(other).toMatch(/^as round 7788476: \{"valid":false,"problem":"beacon-signature",/);
    expect(time).toBe('published 2024-05-20T01:33:09Z');
  });
});
