/**
 * `shuangsuiji verify-draw <record.json> <pool>`: re-runs a published draw on the pool and says whether the
 * record is exactly what the draw gives (抽取结果核验).
 */
import { existsSync } from 'node:fs';
import { verifyDrandBeacon } from '../../src/beacon/index.js';
import { isSsjError } from '../../src/core/index.js';
import {
  type DrawCommitment,
  type DrawRecord,
  type DrawVerification,
  parsePoolFile,
  verifyDraw,
} from '../../src/draw/index.js';
import { defineCommand } from '../framework/command.js';
import { EXIT, inputError } from '../framework/exit.js';
import { ENCODING_OPTION, type Encoding, readJson, readText } from '../framework/input.js';
import { text } from '../framework/text.js';
import { reportCeremony } from './draw-report.js';

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
    return parsePoolFile(source, { name: path });
  } catch (error) {
    if (!isSsjError(error, 'DRAW_POOL_FILE_INVALID')) throw error;
    const message = error.message.replace(/^Invalid pool file: /, '');
    throw inputError('bad-pool-file', text(`${path}：${message}`, `${path}: ${message}`), {
      line: error.issues[0]?.path[1],
    });
  }
}

/** The published commitment: a 64-hex digest, or the path of the commitment file published in advance. */
function readCommitment(value: string | undefined): string | DrawCommitment | undefined {
  if (value === undefined || /^[0-9a-f]{64}$/.test(value)) return value;
  if (!existsSync(value))
    throw inputError(
      'bad-commitment',
      text(
        `--commitment ${value}：既不是 64 位十六进制摘要，也不是文件`,
        `--commitment ${value}: neither a 64-hex digest nor a file`,
      ),
    );
  const commitment = readJson(value);
  if (typeof commitment !== 'object' || commitment === null || Array.isArray(commitment))
    throw inputError('bad-commitment', text(`${value}：不是抽取承诺`, `${value}: not a draw commitment`));
  return commitment as DrawCommitment;
}

/**
 * Runs the library's check. A record whose shape is wrong (a field missing, of the wrong type, an unknown
 * algorithm) is malformed input, exit 3, not a draw that fails to verify.
 */
function check(
  path: string,
  record: DrawRecord,
  pool: ReturnType<typeof readPool>,
  options: Parameters<typeof verifyDraw>[2],
): DrawVerification {
  const result = verifyDraw(record, pool, options);
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
    '名录为 CSV（表头含 "id"，可含 "stratum"）或 JSON Lines（每行 {"id","stratum"}）。drand 信标的签名会被核验；' +
      '彩票、骰子等随机数须与其来源比对。直接抽取的记录（非公开抽取）以退出码 1 报告，除非给出 --allow-direct。',
    'The pool is CSV with a header naming "id" (and optionally "stratum"), or JSON Lines {"id","stratum"}. drand ' +
      'beacon signatures are verified; lottery results and dice must be compared with their source. A direct-form ' +
      'record (not a ceremony) exits 1 unless --allow-direct is given.',
  ),
  positionals: [
    { name: 'record.json', help: text('公布的抽取记录', 'the published draw record') },
    { name: 'pool', help: text('名录文件 .csv 或 .jsonl', 'the pool file, .csv or .jsonl') },
  ],
  options: {
    encoding: ENCODING_OPTION,
    commitment: {
      type: 'string',
      value: 'digest|file',
      help: text(
        '事先公示的承诺摘要（64 位十六进制）或承诺文件；记录的承诺必须是它',
        'the commitment published in advance: its digest (64 hex) or the file; the record must be of it',
      ),
    },
    'allow-direct': {
      type: 'boolean',
      help: text(
        '接受直接抽取的记录（种子由调用方选定，不是公开抽取）',
        'accept a direct-form record (the caller chose the seed; not a ceremony draw)',
      ),
    },
  },
  run({ args, options, json, out }) {
    const record = readRecord(args['record.json']);
    const pool = readPool(args.pool, options.encoding);
    const commitment = readCommitment(options.commitment);
    const progress = out.progress(text('核验名录条目', 'verifying pool entries'), pool.length);
    progress(0);
    const result = check(args['record.json'], record, pool, {
      verifyBeacon: verifyDrandBeacon,
      allowDirect: options['allow-direct'] === true,
      ...(commitment === undefined ? {} : { commitment }),
    });
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
    if (!json) reportCeremony(result, out);
    return result.valid ? EXIT.ok : EXIT.invalid;
  },
});
