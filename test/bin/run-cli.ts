/**
 * Runs the real `shuangsuiji` executable in a child process: the CLI is built once per test file with tsup (as
 * `npm run build` builds it) into a folder under `node_modules/.cache`, then each case spawns `node` on it, so exit codes, streams,
 * closed pipes and the environment are the ones a user meets.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';

let built: Promise<string> | undefined;

/** Builds the executable once and returns its path. */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    // Inside the project, so that the bundle finds the package's dependencies as the installed one does.
    const cache = join(import.meta.dirname, '../../node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const outDir = mkdtempSync(join(cache, 'ssj-cli-'));
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    await build({
      config: false,
      entry: { main: 'bin/shuangsuiji.ts' },
      format: ['esm'],
      platform: 'node',
      target: 'node20',
      outDir,
      silent: true,
      banner: { js: '#!/usr/bin/env node' },
    });
    return join(outDir, 'main.js');
  })();
  return built;
}

/** What one run printed and how it ended. */
export interface CliRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Options of one run: the environment (default: English, no LANG) and the standard input. */
export interface RunOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly input?: string;
}

/** Runs `shuangsuiji ...argv` and waits for it to end. */
export async function cli(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const main = await buildCli();
  const result = spawnSync(process.execPath, [main, ...argv], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    input: options.input ?? '',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/**
 * Runs `shuangsuiji ...argv` with its stdout read by a reader that closes the pipe after the first chunk, like
 * `| head -n 1`.
 */
export async function cliIntoClosedPipe(argv: readonly string[]): Promise<CliRun> {
  const main = await buildCli();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [main, ...argv], { env: { PATH: process.env.PATH ?? '' } });
    let out = '';
    let err = '';
    child.stdout.once('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
