/**
 * Turns anything a command threw into one clear message and its exit code: never a stack trace. A `CliError`
 * says what it says; a library `SsjError` is malformed input (exit 3) with its code and issues; anything else is
 * a fault of the command (exit 4), reported in one line.
 */
import { isSsjError } from '../../src/core/index.js';
import { formatPath } from '../../src/core/internal.js';
import type { Command } from './command.js';
import { CliError, EXIT, type ExitCode } from './exit.js';
import { usageLine } from './help.js';
import type { Io } from './output.js';
import { type Lang, type Text, text } from './text.js';

function toCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (isSsjError(error)) {
    const issues = error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    return new CliError(
      EXIT.input,
      error.code,
      text(`输入无效（${error.code}）：${error.message}`, `invalid input (${error.code}): ${error.message}`),
      { issues },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(
    EXIT.internal,
    'internal',
    text(`命令内部故障（请报告）：${message}`, `internal fault (please report it): ${message}`),
  );
}

/** What to say after a usage error: the command's usage line and where its help is. */
function usageHint(command: Command | undefined): Text {
  if (command === undefined) return text('用法见 shuangsuiji --help', 'see shuangsuiji --help');
  const line = usageLine(command);
  return text(
    `用法：${line}\n详见 shuangsuiji ${command.name} --help`,
    `usage: ${line}\nmore: shuangsuiji ${command.name} --help`,
  );
}

/**
 * Writes the error (as JSON on stdout with `--json`, else a line on stderr, with the usage of `command` after a
 * usage error) and returns its exit code.
 */
export function reportError(error: unknown, io: Io, lang: Lang, json: boolean, command?: Command): ExitCode {
  const e = toCliError(error);
  if (json) {
    io.stdout(
      `${JSON.stringify({ error: { exit: e.exit, code: e.code, message: e.text[lang], ...e.detail } }, null, 2)}\n`,
    );
    return e.exit;
  }
  io.stderr(`${lang === 'zh' ? '错误：' : 'error: '}${e.text[lang]}\n`);
  if (e.exit === EXIT.usage) io.stderr(`${usageHint(command)[lang]}\n`);
  return e.exit;
}
