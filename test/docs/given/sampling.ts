/**
 * What the sampling snippets take from the host: a directory in which 92 targets of credit class C may be drawn
 * (a synthetic 达拉特旗 directory, the rest in the classes it was generated with).
 */
import { generateTargets } from '../../../src/testing/index.js';

/** 400 targets, 92 of them operating in class C with no inspection history. */
export const targets = generateTargets({ seed: 'docs: sampling', count: 400, asOf: '2025-12-01' }).map(
  (t, i) =>
    i < 92
      ? { ...t, creditClass: 'C' as const, status: 'operating' as const, active: true, history: [] }
      : t.creditClass === 'C'
        ? { ...t, creditClass: 'B' as const }
        : t,
);
