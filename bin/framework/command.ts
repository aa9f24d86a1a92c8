/**
 * What a command is (子命令): its name, what it does, its arguments, and the function that runs it. One command per
 * file in `bin/commands/`, listed in `bin/commands/index.ts`.
 */
import type { Io, Output } from './output.js';
import type { Lang, Text } from './text.js';

/** A positional argument: its name in the usage line and what it is. */
export interface PositionalSpec {
  readonly name: string;
  readonly help: Text;
  /** When true the argument may be left out. */
  readonly optional?: boolean;
}

/** An option: a flag (`--allow-direct`) or one that takes a value (`--encoding gbk`). */
export type OptionSpec =
  | { readonly type: 'boolean'; readonly help: Text }
  | {
      readonly type: 'string';
      /** The value's name in help: `--encoding <name>`. */
      readonly value: string;
      readonly help: Text;
      /** When given, the only values accepted. */
      readonly choices?: readonly string[];
    };

/** The values of a command's options: a flag is `true` when given, a string option its value (one of its choices). */
export type OptionValues<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]?: O[K] extends { readonly type: 'boolean' }
    ? true
    : O[K] extends { readonly choices: readonly (infer C extends string)[] }
      ? C
      : string;
};

/** The values of a command's positionals, by name; an optional one may be `undefined`. */
export type PositionalValues<P extends readonly PositionalSpec[]> = {
  readonly [E in P[number] as E['name']]: E extends { readonly optional: true } ? string | undefined : string;
};

/** What a running command gets: its arguments, where to write, and the chosen language. */
export interface CommandContext<
  P extends readonly PositionalSpec[],
  O extends Readonly<Record<string, OptionSpec>>,
> {
  readonly args: PositionalValues<P>;
  readonly options: OptionValues<O>;
  /** `--json`: print one JSON document instead of sentences (errors too). */
  readonly json: boolean;
  readonly lang: Lang;
  readonly out: Output;
  readonly io: Io;
}

/** A command of the `shuangsuiji` program. */
export interface Command<
  P extends readonly PositionalSpec[] = readonly PositionalSpec[],
  O extends Readonly<Record<string, OptionSpec>> = Readonly<Record<string, OptionSpec>>,
> {
  /** The word after `shuangsuiji`: `verify-draw`. Words separated by spaces make a sub-command: `calendar notice`. */
  readonly name: string;
  /** One line: what it does. */
  readonly summary: Text;
  /** More lines for `shuangsuiji <command> --help`. */
  readonly description?: Text;
  readonly positionals: P;
  readonly options: O;
  /** Runs the command; returns an exit code, or throws a `CliError`. */
  readonly run: (ctx: CommandContext<P, O>) => number | Promise<number>;
}

/**
 * Declares a command, keeping the types of its positionals and options so that `run` sees them by name.
 *
 * @example
 * export default defineCommand({
 *   name: 'workday',
 *   summary: text('某日是否为工作日', 'whether a date is a working day'),
 *   positionals: [{ name: 'date', help: text('日期', 'the date') }],
 *   options: {},
 *   run: ({ args, out }) => { out.say(text(args.date, args.date)); return EXIT.ok; },
 * });
 */
export function defineCommand<
  const P extends readonly PositionalSpec[],
  const O extends Readonly<Record<string, OptionSpec>>,
>(command: Command<P, O>): Command {
  return command as unknown as Command;
}
