/**
 * The `shuangsuiji` command: finds the command named on the command line, parses its arguments, runs it, and
 * turns every failure into a message and a documented exit code. The commands themselves are in `commands/`.
 */
import { version } from '../package.json';
import { COMMANDS } from './commands/index.js';
import { parseArgs } from './framework/args.js';
import type { Command } from './framework/command.js';
import { EXIT, usageError } from './framework/exit.js';
import { type GlobalOptions, takeGlobalOptions } from './framework/global-options.js';
import { commandHelp, programHelp } from './framework/help.js';
import { createOutput, type Io } from './framework/output.js';
import { reportError } from './framework/report-error.js';
import { chooseLang, type Lang, text } from './framework/text.js';

export { EXIT } from './framework/exit.js';
export type { Io } from './framework/output.js';

/** The command whose name (one word, or two for a sub-command) starts the tokens, and the tokens after it. */
function findCommand(tokens: readonly string[]): { command: Command; rest: readonly string[] } | undefined {
  for (const words of [2, 1]) {
    const name = tokens.slice(0, words).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command !== undefined && tokens.length >= words) return { command, rest: tokens.slice(words) };
  }
  return undefined;
}

async function dispatch(global: GlobalOptions, io: Io, lang: Lang, json: boolean): Promise<number> {
  if (global.version) {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  const found = findCommand(global.rest);
  if (found === undefined) {
    const first = global.rest[0];
    if (first === undefined) {
      (global.help ? io.stdout : io.stderr)(programHelp(COMMANDS, lang));
      return global.help ? EXIT.ok : EXIT.usage;
    }
    const subcommands = COMMANDS.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name);
    if (subcommands.length > 0)
      throw usageError(
        'missing-subcommand',
        text(
          `"${first}" 后须跟子命令：${subcommands.join('、')}`,
          `"${first}" needs a sub-command: ${subcommands.join(', ')}`,
        ),
      );
    throw usageError('unknown-command', text(`未知命令 "${first}"`, `unknown command "${first}"`));
  }
  const { command, rest } = found;
  if (global.help) {
    io.stdout(commandHelp(command, lang));
    return EXIT.ok;
  }
  try {
    const parsed = parseArgs(rest, command.positionals, command.options);
    return await command.run({
      args: parsed.positionals as never,
      options: parsed.options as never,
      json,
      lang,
      io,
      out: createOutput(io, lang),
    });
  } catch (error) {
    return reportError(error, io, lang, json, command);
  }
}

/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit code. It never
 * throws: every failure is reported on `io` in the chosen language (or as JSON with `--json`).
 *
 * @param argv - the arguments, as `process.argv.slice(2)`
 * @param io - where to write
 * @param env - the environment, for `LANG` (default `process.env`)
 */
export async function main(
  argv: readonly string[],
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  let lang = chooseLang(undefined, env);
  let json = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length).includes('--json');
  try {
    const global = takeGlobalOptions(argv);
    lang = chooseLang(global.lang, env);
    json = global.json;
    return await dispatch(global, io, lang, json);
  } catch (error) {
    return reportError(error, io, lang, json);
  }
}
