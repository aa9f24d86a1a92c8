import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir, write } from './fixtures.js';
import { cli } from './run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the shuangsuiji command line', () => {
  it('prints help on stdout with --help (exit 0) and on stderr with no arguments (exit 2)', async () => {
    const help = await cli(['--help']);
    expect(help).toMatchObject({ code: 0, err: '' });
    expect(help.out).toMatch(/^Usage:\n {2}shuangsuiji verify-draw <record\.json> <pool>/);
    const none = await cli([]);
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toBe(help.out);
  });

  it('prints the help of one command', async () => {
    const help = await cli(['deadline', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: shuangsuiji deadline <date> <n> \[--schedule <file>\]\n/);
  });

  it('prints its version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
    expect((await cli(['-V'])).out).toBe(`${pkg.version}\n`);
  });

  it('refuses an unknown command, an unknown option, an extra and a missing argument, with exit code 2', async () => {
    const cases: [string[], string][] = [
      [['frobnicate'], 'error: unknown command "frobnicate"\nsee shuangsuiji --help\n'],
      [
        ['workday', '2026-02-14', '--frob'],
        'error: unknown option --frob\nusage: shuangsuiji workday <date> [--schedule <file>]\nmore: shuangsuiji workday --help\n',
      ],
      [
        ['workday', '2026-02-14', 'extra'],
        'error: unexpected argument "extra"\nusage: shuangsuiji workday <date> [--schedule <file>]\nmore: shuangsuiji workday --help\n',
      ],
      [
        ['verify-draw', 'record.json'],
        'error: missing argument <pool>\nusage: shuangsuiji verify-draw <record.json> <pool> [--encoding <name>] [--commitment <digest|file>] [--allow-direct]\nmore: shuangsuiji verify-draw --help\n',
      ],
      [['workday', '--lang', 'fr'], 'error: --lang must be zh or en, got "fr"\nsee shuangsuiji --help\n'],
    ];
    for (const [argv, err] of cases)
      expect(await cli(argv), argv.join(' ')).toEqual({ code: 2, out: '', err });
  });

  it('reports errors as JSON on stdout with --json, with the exit code and a stable code', async () => {
    const unknown = await cli(['workday', '2026-02-14', '--frob', '--json']);
    expect(unknown).toMatchObject({ code: 2, err: '' });
    expect(JSON.parse(unknown.out)).toEqual({
      error: { exit: 2, code: 'unknown-option', message: 'unknown option --frob' },
    });
    const badDate = await cli(['--json', 'workday', '2025-02-30']);
    expect(badDate.code).toBe(3);
    expect(JSON.parse(badDate.out)).toMatchObject({ error: { exit: 3, code: 'INVALID_DATE' } });
  });

  it('speaks Chinese with --lang zh or a Chinese LANG, and English with --lang en', async () => {
    const zh = '2026-02-14：工作日（调休上班日，春节；依据：国务院办公厅通知）\n';
    expect((await cli(['workday', '2026-02-14', '--lang', 'zh'])).out).toBe(zh);
    expect((await cli(['workday', '2026-02-14'], { env: { LANG: 'zh_CN.UTF-8' } })).out).toBe(zh);
    expect((await cli(['workday', '2026-02-14', '--lang=en'], { env: { LANG: 'zh_CN.UTF-8' } })).out).toMatch(
      /^2026-02-14: working day/,
    );
    const help = await cli(['--help'], { env: { LC_ALL: 'zh_TW.UTF-8' } });
    expect(help.out).toMatch(/^用法：|^用法:/);
    expect(help.out).toMatch(/退出码/);
    const err = await cli(['frobnicate', '--lang', 'zh']);
    expect(err.err).toBe('错误：未知命令 "frobnicate"\n用法见 shuangsuiji --help\n');
  });

  it('answers odd input with a message and its exit code, never a stack trace', async () => {
    const dir = tempDir();
    const binary = write(dir, 'binary.json', new Uint8Array([0x00, 0xff, 0xfe, 0x80, 0x0a, 0x7b]));
    const cases: [string[], number, RegExp][] = [
      [['deadline', '2025-01-20', 'twenty'], 2, /\nusage: shuangsuiji deadline <date> <n>/],
      [['deadline', '2025-01-20', '99999999999'], 3, /CALENDAR_DATE_OUT_OF_RANGE/],
      [['calendar'], 2, /^error: "calendar" needs a sub-command: calendar notice\n/],
      [['verify-draw', dir, dir], 3, /cannot be read \(EISDIR\)/],
      [
        ['verify-draw', binary, binary],
        3,
        /binary\.json: line 1 is not valid UTF-8 \(byte 0xFF at offset 1\)/,
      ],
      [['verify-audit', binary], 3, /not valid UTF-8/],
      [['verify-audit'], 2, /missing argument <log>/],
      [['workday', ''], 3, /INVALID_DATE/],
    ];
    for (const [argv, code, err] of cases) {
      const result = await cli(argv);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.err, argv.join(' ')).toMatch(err);
      expect(result.err, argv.join(' ')).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  });

  it('documents the same exit codes in the README as in its help', async () => {
    const fromHelp = [...(await cli(['--help'])).out.matchAll(/^ {4}(\d) {2}(.+)$/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    const line = /^Exit codes: (.+)\.$/m.exec(readme)?.[1] ?? '';
    const fromReadme = line.split(', ').map((part) => [part.slice(0, 1), part.slice(2)]);
    expect(fromReadme).toEqual(fromHelp);
  });
});
