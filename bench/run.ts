/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process (so each file's peak memory is its own),
 * prints one Markdown table with the machine and date, and writes it to `reports/bench.md` for
 * `docs/benchmarks.md`. Pass file name fragments to run only some: `npm run bench -- draw calendar`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { type BenchResult, formatTable } from './harness.js';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  process.stderr.write(`running ${file} …\n`);
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file), '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = out.trim().split('\n').pop() ?? '[]';
  results.push(...(JSON.parse(line) as BenchResult[]));
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`,
  `Date: ${new Date().toISOString().slice(0, 10)}`,
  '',
].join('\n');
const report = `${header}${formatTable(results)}\n`;
mkdirSync(join(dir, '..', 'reports'), { recursive: true });
writeFileSync(join(dir, '..', 'reports', 'bench.md'), report);
console.log(report);
