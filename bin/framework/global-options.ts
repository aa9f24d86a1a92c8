/**
 * The options every command accepts (`--json`, `--lang`, `--help`, `--version`), taken out of the command line
 * wherever they stand so that `shuangsuiji --lang zh workday …` and `shuangsuiji workday … --lang zh` agree.
 */
import { usageError } from './exit.js';
import { LANGS, text } from './text.js';

/** The global options found, and the tokens left for the command. */
export interface GlobalOptions {
  readonly json: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly lang: string | undefined;
  readonly rest: readonly string[];
}

const FLAGS: Readonly<Record<string, 'json' | 'help' | 'version'>> = {
  '--json': 'json',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-V': 'version',
};

/**
 * Splits the global options from the rest (everything after `--` is left alone).
 *
 * @throws CliError (exit 2) when `--lang` has no value or an unknown one
 */
export function takeGlobalOptions(argv: readonly string[]): GlobalOptions {
  const flags = { json: false, help: false, version: false };
  let lang: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const flag = FLAGS[token];
    if (flag !== undefined) flags[flag] = true;
    else if (token === '--lang' || token.startsWith('--lang=')) {
      lang = token === '--lang' ? argv[++i] : token.slice('--lang='.length);
      if (lang === undefined || !(LANGS as readonly string[]).includes(lang))
        throw usageError(
          'bad-option-value',
          text(
            `--lang 的取值须为 zh 或 en，收到 "${lang ?? ''}"`,
            `--lang must be zh or en, got "${lang ?? ''}"`,
          ),
        );
    } else rest.push(token);
  }
  return { ...flags, lang, rest };
}
