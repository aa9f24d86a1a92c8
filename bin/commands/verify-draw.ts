/**
 * `shuangsuiji verify-draw <record.json> <pool>`: re-runs a published draw on the pool and says whether the
 * record is exactly what the draw gives (抽取结果核验).
 */
import { type DrawRecord, type DrawVerification, verifyDraw } from '../../src/draw/index.js';
import { defineCommand } from '../framework/command.js';
import { EXIT, inputError } from '../framework/exit.js';
import { ENCODING_OPTION, type Encoding, readJson, readText } from '../framework/input.js';
import { text } from '../framework/text.js';
import { PoolFileError, parsePoolFile } from '../pool-file.js';

function readRecord(path: string): DrawRecord {
  const record = readJson(path);
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw inputError(
      'bad-record',
      text(`${path}：不是抽取记录（应为 JSON 对象）`, `${path}: not a draw record (expected a JSON object)`),
    );
  return record as DrawRecord;
}

function readPool(path: string, encoding: Encoding | undefined) {
  const source = readText(path, encoding);
  try {
    return parsePoolFile(path, source);
  } catch (error) {
    if (!(error instanceof PoolFileError)) throw error;
    throw inputError('bad-pool-file', text(`${path}：${error.message}`, `${path}: ${error.message}`), {
      line: error.line,
    });
  }
}

/**
 * Runs the library's check. A record whose shape is wrong (a field missing, of the wrong type, an unknown
 * algorithm) is malformed input, exit 3, not a draw that fails to verify.
 */
function check(path: string, record: DrawRecord, pool: ReturnType<typeof readPool>): DrawVerification {
  const result = verifyDraw(record, pool);
  const malformed = result.problems.filter((p) => p.code === 'malformed');
  if (malformed.length === 0) return result;
  const why = malformed.map((p) => p.message).join('; ');
  throw inputError(
    'bad-record',
    text(`${path}：不是格式正确的抽取记录（${why}）`, `${path}: not a well-formed draw record (${why})`),
    { problems: malformed },
  );
}

export default defineCommand({
  name: 'verify-draw',
  summary: text(
    '在名录上重新运行已公布的抽取，核验记录是否与之完全一致',
    'Re-runs a published draw on the pool and says whether the record is exactly what the draw gives',
  ),
  description: text(
    '名录为 CSV（表头含 "id"，可含 "stratum"）或 JSON Lines（每行 {"id","stratum"}）。',
    'The pool is CSV with a header naming "id" (and optionally "stratum"), or JSON Lines {"id","stratum"}.',
  ),
  positionals: [
    { name: 'record.json', help: text('公布的抽取记录', 'the published draw record') },
    { name: 'pool', help: text('名录文件 .csv 或 .jsonl', 'the pool file, .csv or .jsonl') },
  ],
  options: { encoding: ENCODING_OPTION },
  run({ args, options, json, out }) {
    const record = readRecord(args['record.json']);
    const pool = readPool(args.pool, options.encoding as Encoding | undefined);
    const progress = out.progress(text('核验名录条目', 'verifying pool entries'), pool.length);
    progress(0);
    const result = check(args['record.json'], record, pool);
    progress(pool.length);
    if (json) out.json(result);
    else if (result.valid) {
      const n = record.selected.length;
      out.say(
        text(
          `有效：重新抽取得到相同的记录（抽中 ${n} 个，名录 ${pool.length} 个）`,
          `valid: the draw re-runs to the same record (${n} selected, pool ${pool.length})`,
        ),
      );
    } else {
      const n = result.problems.length;
      out.say(text(`无效：发现 ${n} 个问题`, `INVALID: ${n} problem(s)`));
      for (const p of result.problems)
        out.say(text(`  - [${p.code}] ${p.message}`, `  - [${p.code}] ${p.message}`));
    }
    return result.valid ? EXIT.ok : EXIT.invalid;
  },
});
