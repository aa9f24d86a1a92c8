/**
 * `shuangsuiji verify-audit <log> [--head <hash>]`: checks an audit trail (校验全程留痕) exported as a JSON array
 * of events or as JSON Lines, and prints the head to record elsewhere, so that a later check can tell when events
 * were cut off the end or the whole chain was rewritten.
 */
import { type AuditHead, type AuditProblemKind, verifyAuditLog } from '../../src/workflow/index.js';
import { defineCommand } from '../framework/command.js';
import { EXIT, inputError, usageError } from '../framework/exit.js';
import { readText } from '../framework/input.js';
import { type Text, text } from '../framework/text.js';

/** The words for what each problem shows. */
const KIND = {
  malformed: text('格式错误', 'malformed'),
  'hash-mismatch': text('内容被改动', 'altered'),
  'bad-genesis': text('首条记录不从创世哈希开始', 'does not start from the genesis hash'),
  'broken-link': text('链条断开', 'chain broken'),
  'seq-gap': text('序号缺失', 'events missing'),
  'seq-disorder': text('序号错乱', 'inserted or reordered'),
  'head-mismatch': text('与先前记录的最新摘要不符', 'not the head recorded earlier'),
} as const satisfies Record<AuditProblemKind, Text>;

const HEX64 = /^[0-9a-f]{64}$/;

const notALog = (path: string) =>
  inputError(
    'bad-audit-log',
    text(
      `${path}：留痕日志应为事件的 JSON 数组，或每行一个事件的 JSON Lines`,
      `${path}: an audit log is a JSON array of events, or JSON Lines with one event a line`,
    ),
  );

const badJson = (path: string, error: unknown) => {
  const why = error instanceof Error ? error.message : String(error);
  return inputError(
    'bad-json',
    text(`${path}：不是有效的 JSON（${why}）`, `${path}: not valid JSON (${why})`),
  );
};

/** Reads the log: a JSON array, or one event (an object with a `seq`) per line. */
function readLog(path: string): unknown[] {
  const source = readText(path);
  if (source.trimStart().startsWith('[')) {
    let events: unknown;
    try {
      events = JSON.parse(source);
    } catch (error) {
      throw badJson(path, error);
    }
    if (!Array.isArray(events)) throw notALog(path);
    return events;
  }
  const lines = source.split(/\r?\n/).filter((l) => l.trim() !== '');
  const events = lines.map((line) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      throw badJson(path, error);
    }
  });
  if (!events.every((e) => typeof e === 'object' && e !== null && 'seq' in e)) throw notALog(path);
  return events;
}

/** The head the option names: `<hash>` (found in the log by its hash) or `<seq>:<hash>`. */
function headOf(option: string, events: readonly unknown[]): AuditHead | undefined {
  const [first, second] = option.includes(':') ? option.split(':', 2) : [undefined, option];
  if (second === undefined || !HEX64.test(second) || (first !== undefined && !/^[1-9]\d*$/.test(first)))
    throw usageError(
      'bad-option-value',
      text(
        `--head 应为 64 位小写十六进制摘要，或 <序号>:<摘要>，收到 "${option}"`,
        `--head must be a 64-hex-digit hash, or <seq>:<hash>, got "${option}"`,
      ),
    );
  if (first !== undefined) return { seq: Number(first), hash: second };
  const at = events.findIndex((e) => typeof e === 'object' && e !== null && 'hash' in e && e.hash === second);
  return at < 0 ? undefined : { seq: at + 1, hash: second };
}

export default defineCommand({
  name: 'verify-audit',
  summary: text(
    '核验全程留痕日志：内容未改动、链条完整、序号连续，并与先前记录的最新摘要一致',
    'Verifies an audit log: no event altered, the chain unbroken, seq in order, and the head recorded earlier kept',
  ),
  description: text(
    '日志为事件的 JSON 数组或 JSON Lines。有效时打印最新摘要（序号:哈希），请另行保存或公开，供下次 --head 核验。',
    'The log is a JSON array of events or JSON Lines. When valid, the head (seq:hash) is printed: keep or publish it\nelsewhere, and pass it to --head next time.',
  ),
  positionals: [{ name: 'log', help: text('留痕日志文件', 'the audit log file') }],
  options: {
    head: {
      type: 'string',
      value: 'hash',
      help: text(
        '先前记录的最新摘要：<哈希> 或 <序号>:<哈希>',
        'the head recorded earlier: <hash> or <seq>:<hash>',
      ),
    },
  },
  run({ args, options, json, out }) {
    const events = readLog(args.log);
    const head = options.head === undefined ? undefined : headOf(options.head, events);
    const result = verifyAuditLog(events, head === undefined ? {} : { head });
    const problems = [...result.problems];
    if (options.head !== undefined && head === undefined)
      problems.push({
        kind: 'head-mismatch',
        index: events.length,
        seq: null,
        message: 'No event of the log has the recorded head hash: events were cut or rewritten',
      });
    const malformed = problems.filter((p) => p.kind === 'malformed');
    if (malformed.length > 0)
      throw inputError(
        'bad-audit-log',
        text(
          `${args.log}：不是格式正确的留痕日志（${malformed.map((p) => `#${p.index}`).join('、')} 事件格式错误）`,
          `${args.log}: not a well-formed audit log (${malformed.map((p) => p.message).join('; ')})`,
        ),
        { problems: malformed },
      );
    const last = events.at(-1) as { seq: number; hash: string } | undefined;
    const finalHead = last === undefined ? null : { seq: last.seq, hash: last.hash };
    const valid = problems.length === 0;
    if (json) out.json({ valid, problems, head: finalHead });
    else if (valid) {
      const headLine = finalHead === null ? '' : `${finalHead.seq}:${finalHead.hash}`;
      out.say(
        text(
          `有效：${events.length} 条事件，链条完整${finalHead === null ? '' : `；最新摘要 ${headLine}`}`,
          `valid: ${events.length} events, the chain is intact${finalHead === null ? '' : `; head ${headLine}`}`,
        ),
      );
    } else {
      out.say(text(`无效：发现 ${problems.length} 个问题`, `INVALID: ${problems.length} problem(s)`));
      for (const p of problems) {
        const where = p.seq === null ? `#${p.index}` : `#${p.index} (seq ${p.seq})`;
        out.say(text(`  - ${where} ${KIND[p.kind].zh}`, `  - ${where} ${KIND[p.kind].en}: ${p.message}`));
      }
    }
    return valid ? EXIT.ok : EXIT.invalid;
  },
});
