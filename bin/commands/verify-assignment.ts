/**
 * `shuangsuiji verify-assignment <assignment.json> <inspectors.json> <targets.json> [--draw <draw-record.json>]`:
 * replays a published inspector assignment (随机匹配执法检查人员核验) from the published inspector and target lists,
 * and, given the draw record, checks that the assignment was seeded by that draw.
 */
import {
  type AssignInspector,
  type AssignmentAnchors,
  type AssignmentRecord,
  type AssignTarget,
  verifyAssignment,
} from '../../src/assign/index.js';
import type { DrawRecord } from '../../src/draw/index.js';
import { defineCommand } from '../framework/command.js';
import { EXIT, inputError } from '../framework/exit.js';
import { readJson } from '../framework/input.js';
import { text } from '../framework/text.js';

function readObject<T>(path: string, what: { zh: string; en: string }): T {
  const value = readJson(path);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw inputError(
      'bad-input',
      text(`${path}：不是${what.zh}（应为 JSON 对象）`, `${path}: not ${what.en} (expected a JSON object)`),
    );
  return value as T;
}

function readList<T>(path: string, what: { zh: string; en: string }): T[] {
  const value = readJson(path);
  if (!Array.isArray(value))
    throw inputError(
      'bad-input',
      text(`${path}：不是${what.zh}（应为 JSON 数组）`, `${path}: not ${what.en} (expected a JSON array)`),
    );
  return value as T[];
}

function anchorsOf(drawPath: string | undefined): AssignmentAnchors {
  if (drawPath === undefined) return {};
  const draw = readObject<DrawRecord>(drawPath, { zh: '抽取记录', en: 'a draw record' });
  if (typeof draw.seed !== 'string' || typeof draw.digest !== 'string')
    throw inputError(
      'bad-input',
      text(`${drawPath}：抽取记录缺少 seed 或 digest`, `${drawPath}: the draw record has no seed or digest`),
    );
  return { seed: draw.seed, drawDigest: draw.digest };
}

export default defineCommand({
  name: 'verify-assignment',
  summary: text(
    '由公布的检查人员名录和检查对象名单重新匹配，核验检查人员分配记录',
    'Replays a published inspector assignment from the published inspector and target lists',
  ),
  description: text(
    '名单格式见 docs/assignment-spec.md §9。给出 --draw 时，还核验分配的种子与抽取记录摘要来自该次抽取。',
    'The list formats are in docs/assignment-spec.md §9. With --draw, it also checks that the assignment was seeded ' +
      'by that draw (its seed and record digest).',
  ),
  positionals: [
    { name: 'assignment.json', help: text('公布的分配记录', 'the published assignment record') },
    { name: 'inspectors.json', help: text('公布的检查人员名录', 'the published inspector list') },
    { name: 'targets.json', help: text('公布的检查对象名单', 'the published target list') },
  ],
  options: {
    draw: {
      type: 'string',
      value: 'draw-record.json',
      help: text('该次抽取的记录', 'the draw record it follows'),
    },
  },
  run({ args, options, json, out }) {
    const record = readObject<AssignmentRecord>(args['assignment.json'], {
      zh: '分配记录',
      en: 'an assignment record',
    });
    const inspectors = readList<AssignInspector>(args['inspectors.json'], {
      zh: '检查人员名录',
      en: 'an inspector list',
    });
    const targets = readList<AssignTarget>(args['targets.json'], { zh: '检查对象名单', en: 'a target list' });
    const result = verifyAssignment(record, inspectors, targets, anchorsOf(options.draw));
    if (json) out.json(result);
    else if (result.valid) {
      const n = Array.isArray(record.visits) ? record.visits.length : 0;
      out.say(
        text(
          `有效：重新匹配得到相同的分配（${n} 次检查，检查人员 ${inspectors.length} 名）`,
          `valid: the assignment replays to the same record (${n} visits, ${inspectors.length} inspectors)`,
        ),
      );
      if (options.draw === undefined)
        out.say(
          text(
            '  未核验种子来源：可用 --draw 传入抽取记录',
            '  seed not tied to a draw: give the draw record with --draw',
          ),
        );
    } else {
      out.say(
        text(`无效：发现 ${result.problems.length} 个问题`, `INVALID: ${result.problems.length} problem(s)`),
      );
      for (const p of result.problems)
        out.say(text(`  - [${p.code}] ${p.message}`, `  - [${p.code}] ${p.message}`));
    }
    return result.valid ? EXIT.ok : EXIT.invalid;
  },
});
