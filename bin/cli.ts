/**
 * The `shuangsuiji` command: re-runs a published draw, and answers working-day questions.
 *
 *   shuangsuiji verify-draw <record.json> <pool.csv|pool.jsonl> [--json]
 *   shuangsuiji workday <date> [--json]
 *   shuangsuiji deadline <date> <n> [--json]
 *
 * Exit codes: 0 valid / answered; 1 the draw does not verify; 2 usage error; 3 a file is missing or malformed,
 * or a value is invalid.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createWorkCalendar } from '../src/calendar/index.js';
import { isSsjError, parseIsoDate } from '../src/core/index.js';
import { type DrawRecord, verifyDraw } from '../src/draw/index.js';
import { PoolFileError, parsePoolFile } from './pool-file.js';

/** Where the command writes. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes of the command, documented in `--help`. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, input: 3 } as const;

const HELP = `Usage:
  shuangsuiji verify-draw <record.json> <pool.csv|pool.jsonl> [--json]
      Re-runs a published draw on the pool and says whether the record is exactly what the draw gives.
      The pool is CSV with a header naming "id" (and optionally "stratum"), or JSON Lines {"id","stratum"}.
  shuangsuiji workday <YYYY-MM-DD> [--json]
      Whether the date is a working day in China, and why (official schedule, make-up working day, …).
  shuangsuiji deadline <YYYY-MM-DD> <n> [--json]
      The end of "within n working days from the date" (the date itself is not counted).

Exit codes: 0 valid or answered; 1 the draw does not verify; 2 usage error; 3 missing or malformed input.
`;

class InputError extends Error {}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code})`);
  }
}

function verifyDrawCommand(args: readonly string[], json: boolean, io: Io): number {
  const [recordPath, poolPath] = args;
  if (recordPath === undefined || poolPath === undefined) {
    io.stderr(`verify-draw needs <record.json> <pool file>\n\n${HELP}`);
    return EXIT.usage;
  }
  let record: DrawRecord;
  try {
    record = JSON.parse(readText(recordPath)) as DrawRecord;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${recordPath}: not valid JSON`);
  }
  let pool: ReturnType<typeof parsePoolFile>;
  try {
    pool = parsePoolFile(poolPath, readText(poolPath));
  } catch (error) {
    if (error instanceof PoolFileError) throw new InputError(`${poolPath}: ${error.message}`);
    throw error;
  }
  const result = verifyDraw(record, pool);
  if (json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (result.valid) {
    io.stdout(
      `valid: the draw re-runs to the same record (${record.selected.length} selected, pool ${pool.length})\n`,
    );
  } else {
    io.stdout(`INVALID: ${result.problems.length} problem(s)\n`);
    for (const p of result.problems) io.stdout(`  - [${p.code}] ${p.message}\n`);
  }
  return result.valid ? EXIT.ok : EXIT.invalid;
}

function workdayCommand(args: readonly string[], json: boolean, io: Io): number {
  if (args[0] === undefined) {
    io.stderr(`workday needs a date\n\n${HELP}`);
    return EXIT.usage;
  }
  const info = createWorkCalendar().dayInfo(parseIsoDate(args[0]));
  if (json) io.stdout(`${JSON.stringify(info)}\n`);
  else {
    const why = info.name === undefined ? info.kind : `${info.kind}, ${info.name}`;
    io.stdout(`${info.date}: ${info.workday ? 'working day' : 'day off'} (${why}; ${info.source})\n`);
  }
  return EXIT.ok;
}

function deadlineCommand(args: readonly string[], json: boolean, io: Io): number {
  const [date, n] = args;
  if (date === undefined || n === undefined || !/^-?\d+$/.test(n)) {
    io.stderr(`deadline needs a date and a whole number of working days\n\n${HELP}`);
    return EXIT.usage;
  }
  const result = createWorkCalendar().deadline(parseIsoDate(date), Number(n));
  if (json) io.stdout(`${JSON.stringify(result)}\n`);
  else {
    const note = result.provisional ? ' (provisional: no official schedule for that year yet)' : '';
    io.stdout(`${result.workdays} working days from ${result.from}: due ${result.due}${note}\n`);
  }
  return EXIT.ok;
}

/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit code.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const [command, ...rest] = parsed.positionals;
  const json = parsed.values.json === true;
  if (parsed.values.help === true || command === undefined) {
    (command === undefined && parsed.values.help !== true ? io.stderr : io.stdout)(HELP);
    return command === undefined && parsed.values.help !== true ? EXIT.usage : EXIT.ok;
  }
  try {
    switch (command) {
      case 'verify-draw':
        return verifyDrawCommand(rest, json, io);
      case 'workday':
        return workdayCommand(rest, json, io);
      case 'deadline':
        return deadlineCommand(rest, json, io);
      default:
        io.stderr(`unknown command "${command}"\n\n${HELP}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof InputError || isSsjError(error)) {
      io.stderr(`error: ${error.message}\n`);
      return EXIT.input;
    }
    throw error;
  }
}
