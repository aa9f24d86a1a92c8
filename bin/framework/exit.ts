/**
 * Exit codes (退出码) and the one error a command throws to stop with one of them. The codes are documented in
 * `--help` and in the README; a test holds the two to this table.
 */
import { type Text, text } from './text.js';

/** Exit codes of the command. */
export const EXIT = {
  /** Valid, or answered. */
  ok: 0,
  /** The record does not verify. */
  invalid: 1,
  /** The command line is wrong: unknown command or option, missing or extra argument. */
  usage: 2,
  /** A file is missing, unreadable or malformed, or a value is invalid. */
  input: 3,
  /** A fault in the command itself (please report it). */
  internal: 4,
} as const;

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What each exit code means, as help and the README say it. */
export const EXIT_MEANINGS = {
  0: text('有效或已回答', 'valid or answered'),
  1: text('记录未通过核验，或有行被拒绝', 'the record does not verify or rows are refused'),
  2: text('用法错误', 'usage error'),
  3: text('输入文件缺失或格式错误，或取值无效', 'missing or malformed input'),
  4: text('命令自身故障（请报告）', 'a fault in the command itself (please report it)'),
} as const satisfies Record<ExitCode, Text>;

/**
 * Stops a command with an exit code, a stable `code` for scripts (shown by `--json`), and a message in both
 * languages. `detail` is extra structured data for `--json` (for example the library's issues).
 */
export class CliError extends Error {
  constructor(
    readonly exit: ExitCode,
    readonly code: string,
    readonly text: Text,
    readonly detail?: Readonly<Record<string, unknown>>,
  ) {
    super(text.en);
  }
}

/** A usage error (exit 2). */
export const usageError = (code: string, message: Text): CliError => new CliError(EXIT.usage, code, message);

/** A missing or malformed input (exit 3). */
export const inputError = (
  code: string,
  message: Text,
  detail?: Readonly<Record<string, unknown>>,
): CliError => new CliError(EXIT.input, code, message, detail);
