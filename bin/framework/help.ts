/**
 * Help text (帮助), built from the commands' own declarations so that it cannot drift from what they accept.
 */
import type { Command } from './command.js';
import { EXIT_MEANINGS } from './exit.js';
import { join, type Lang, type Text, text } from './text.js';

/** The options every command accepts. */
export const GLOBAL_OPTIONS: readonly (readonly [string, Text])[] = [
  ['--json', text('以 JSON 输出结果（错误亦然）', 'print the result as JSON (errors too)')],
  ['--lang zh|en', text('输出语言（默认依 LANG）', 'language of the output (default: from LANG)')],
  ['-h, --help', text('显示帮助', 'show help')],
  ['-V, --version', text('显示版本', 'show the version')],
];

/** The usage line of a command: `shuangsuiji deadline <date> <n> [--json]`. */
export function usageLine(command: Command): string {
  const positionals = command.positionals.map((p) => (p.optional === true ? `[${p.name}]` : `<${p.name}>`));
  const options = Object.entries(command.options).map(([name, o]) =>
    o.type === 'boolean' ? `[--${name}]` : `[--${name} <${o.value}>]`,
  );
  return ['shuangsuiji', command.name, ...positionals, ...options].join(' ');
}

function describe(rows: readonly (readonly [string, Text])[], lang: Lang): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `    ${left.padEnd(width)}  ${right[lang]}`).join('\n');
}

const heading = (zh: string, en: string, lang: Lang) => (lang === 'zh' ? zh : en);

function exitCodes(lang: Lang): string {
  const rows = Object.entries(EXIT_MEANINGS).map(([code, meaning]) => [code, meaning] as const);
  return `${heading('退出码', 'Exit codes', lang)}:\n${describe(rows, lang)}`;
}

/** The help of one command: usage, what it does, its arguments and options. */
export function commandHelp(command: Command, lang: Lang): string {
  const rows: (readonly [string, Text])[] = [
    ...command.positionals.map((p) => [`<${p.name}>`, p.help] as const),
    ...Object.entries(command.options).map(
      ([name, o]) => [o.type === 'boolean' ? `--${name}` : `--${name} <${o.value}>`, o.help] as const,
    ),
    ...GLOBAL_OPTIONS,
  ];
  const description = command.description === undefined ? '' : `\n${command.description[lang]}\n`;
  return `${heading('用法', 'Usage', lang)}: ${usageLine(command)}\n\n${command.summary[lang]}\n${description}\n${describe(rows, lang)}\n\n${exitCodes(lang)}\n`;
}

/** The help of the whole program: every command, the global options and the exit codes. */
export function programHelp(commands: readonly Command[], lang: Lang): string {
  const list = commands.map((c) => `  ${usageLine(c)}\n      ${c.summary[lang]}`).join('\n');
  const more = join([
    text(
      '每个命令的详细说明：shuangsuiji <命令> --help',
      'More on one command: shuangsuiji <command> --help',
    ),
  ])[lang];
  return `${heading('用法', 'Usage', lang)}:\n${list}\n\n${heading('通用选项', 'Options of every command', lang)}:\n${describe(GLOBAL_OPTIONS, lang)}\n\n${exitCodes(lang)}\n\n${more}\n`;
}
