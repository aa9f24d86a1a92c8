/**
 * The one argument parser of the command (参数解析). Options are `--name`, `--name value` or `--name=value`
 * (`-h`, `-V` for help and version); a token that looks like a negative number (`-3`) is a positional, as is
 * every token after `--`. Unknown options, missing and extra arguments are usage errors (exit 2).
 */
import type { OptionSpec, PositionalSpec } from './command.js';
import { usageError } from './exit.js';
import { text } from './text.js';

/** What the parser found: positionals by name and option values by name. */
export interface ParsedArgs {
  readonly positionals: Readonly<Record<string, string | undefined>>;
  readonly options: Readonly<Record<string, string | true | undefined>>;
}

const NUMBER = /^-\d/;
const SHORT: Readonly<Record<string, string>> = { '-h': 'help', '-V': 'version' };

/** Whether a token is an option (and not a negative number, `-` for stdin, or a plain word). */
export const isOptionToken = (token: string): boolean =>
  token.startsWith('-') && token !== '-' && !NUMBER.test(token);

function optionName(token: string): { name: string; inline?: string } {
  const short = SHORT[token];
  if (short !== undefined) return { name: short };
  const body = token.replace(/^--?/, '');
  const eq = body.indexOf('=');
  return eq < 0 ? { name: body } : { name: body.slice(0, eq), inline: body.slice(eq + 1) };
}

function readValue(
  name: string,
  spec: OptionSpec & { type: 'string' },
  inline: string | undefined,
  next: string | undefined,
): string {
  const value = inline ?? next;
  if (value === undefined || (inline === undefined && isOptionToken(value)))
    throw usageError(
      'missing-option-value',
      text(`--${name} 需要一个值 <${spec.value}>`, `--${name} needs a value <${spec.value}>`),
    );
  if (spec.choices !== undefined && !spec.choices.includes(value))
    throw usageError(
      'bad-option-value',
      text(
        `--${name} 的取值须为 ${spec.choices.join('、')} 之一，收到 "${value}"`,
        `--${name} must be one of ${spec.choices.join(', ')}, got "${value}"`,
      ),
    );
  return value;
}

/**
 * Parses the tokens after the command name against its positionals and options.
 *
 * @throws CliError (exit 2) for an unknown option, a missing or refused value, a missing or an extra argument
 */
export function parseArgs(
  tokens: readonly string[],
  positionals: readonly PositionalSpec[],
  options: Readonly<Record<string, OptionSpec>>,
): ParsedArgs {
  const found: string[] = [];
  const values: Record<string, string | true> = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === '--') {
      found.push(...tokens.slice(i + 1));
      break;
    }
    if (!isOptionToken(token)) {
      found.push(token);
      continue;
    }
    const { name, inline } = optionName(token);
    const spec = Object.hasOwn(options, name) ? options[name] : undefined;
    if (spec === undefined)
      throw usageError('unknown-option', text(`未知选项 ${token}`, `unknown option ${token}`));
    if (spec.type === 'boolean') {
      if (inline !== undefined)
        throw usageError('bad-option-value', text(`--${name} 不带值`, `--${name} takes no value`));
      values[name] = true;
    } else {
      values[name] = readValue(name, spec, inline, tokens[i + 1]);
      if (inline === undefined) i++;
    }
  }
  if (found.length > positionals.length)
    throw usageError(
      'extra-argument',
      text(`多余的参数 "${found[positionals.length]}"`, `unexpected argument "${found[positionals.length]}"`),
    );
  const byName: Record<string, string | undefined> = {};
  positionals.forEach((p, i) => {
    const value = found[i];
    if (value === undefined && p.optional !== true)
      throw usageError('missing-argument', text(`缺少参数 <${p.name}>`, `missing argument <${p.name}>`));
    byName[p.name] = value;
  });
  return { positionals: byName, options: values };
}
