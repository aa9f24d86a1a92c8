import type { DrawProblem, DrawRecord } from './types.js';

/**
 * Checks the numbering of a record's changes (变更步骤编号): the steps used are exactly 1 … n; a replacement has a
 * step of its own; the extensions sharing a step (one extension call) are of distinct strata; each list is in
 * step order. Each breach is a `step-numbering` problem (internal).
 */
export function checkSteps(record: DrawRecord, problems: DrawProblem[]): void {
  const byStep = new Map<number, { replacements: number; strata: string[] }>();
  const at = (step: number) => {
    const s = byStep.get(step) ?? { replacements: 0, strata: [] };
    byStep.set(step, s);
    return s;
  };
  for (const r of record.replacements) at(r.step).replacements++;
  for (const e of record.extensions) at(e.step).strata.push(e.stratum);
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  steps.forEach((step, i) => {
    if (step !== i + 1)
      problems.push({ code: 'step-numbering', message: `step ${step} is used but step ${i + 1} is missing` });
  });
  for (const [step, s] of byStep) {
    if (s.replacements > 1 || (s.replacements === 1 && s.strata.length > 0))
      problems.push({
        code: 'step-numbering',
        message: `step ${step} is shared by a replacement and another change`,
      });
    if (new Set(s.strata).size !== s.strata.length)
      problems.push({ code: 'step-numbering', message: `step ${step} extends one stratum twice` });
  }
  const ascending = (list: readonly { step: number }[]) =>
    list.every((c, i) => i === 0 || (list[i - 1] as { step: number }).step <= c.step);
  if (!ascending(record.replacements) || !ascending(record.extensions))
    problems.push({ code: 'step-numbering', message: 'the changes are not listed in step order' });
}
