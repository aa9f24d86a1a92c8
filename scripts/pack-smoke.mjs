// Packs the library as npm would publish it, installs the tarball into a fresh project, and uses it through
// `import` and `require`, root and subpaths: what a consumer meets, not what the source tree has.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'ssj-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/**
 * Compiles a consumer of every entry point, ESM and CJS resolution, with the oldest TypeScript the type
 * declarations support (`peerDependencies.typescript` in package.json), installed in the consumer as a host
 * would, the library's declarations checked too.
 */
function checkTypesWithOldestTypeScript(subpaths) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const minimum = /^>=(\d+\.\d+)$/.exec(pkg.peerDependencies?.typescript ?? '')?.[1];
  if (minimum === undefined)
    throw new Error('package.json must state "peerDependencies.typescript": ">=X.Y"');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `typescript@~${minimum}.0`], work);
  const tsc = join(work, 'node_modules', 'typescript', 'bin', 'tsc');
  const version = run('node', [tsc, '--version'], work).trim();
  if (!version.startsWith(`Version ${minimum}.`))
    throw new Error(`expected TypeScript ${minimum}, got ${version}`);
  const imports = subpaths.map((p, i) => `import * as m${i} from '${p}';`).join('\n');
  const uses = `const used: object[] = [${subpaths.map((_, i) => `m${i}`).join(', ')}];`;
  const typed = [
    "import { parseUscc, type UsccParts, SsjError } from 'shuangsuiji';",
    "const id: UsccParts = parseUscc('91350100M000100Y43');",
    'const error: SsjError | undefined = undefined;',
    'export { error, id, used };',
  ].join('\n');
  writeFileSync(join(work, 'types-esm.mts'), `${imports}\n${uses}\n${typed}\n`);
  writeFileSync(join(work, 'types-cjs.cts'), `${imports}\n${uses}\n${typed}\n`);
  for (const module of ['nodenext', 'node16']) {
    run(
      'node',
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        module,
        '--target',
        'es2022',
        'types-esm.mts',
        'types-cjs.cts',
      ],
      work,
    );
  }
  process.stdout.write(`types ok with ${version} (node16 and nodenext, ESM and CJS, declarations checked)\n`);
}

try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  writeFileSync(
    join(work, 'package.json'),
    // The consumer declines the tarball's `prepare` (a build from source, which npm would run for a tarball).
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      allowScripts: { [`file:${join(work, tarball)}`]: false },
    }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], work);
  writeFileSync(
    join(work, 'esm.mjs'),
    `import { isValidUscc } from 'shuangsuiji';
import * as calendar from 'shuangsuiji/calendar';
import * as draw from 'shuangsuiji/draw';
if (!isValidUscc('91350100M000100Y43')) throw new Error('root import broken');
if (typeof calendar !== 'object' || typeof draw !== 'object') throw new Error('subpath import broken');
console.log('esm ok');`,
  );
  // Every subpath through require(), with Node's require(esm) switched off: the CJS build must need no ESM-only
  // package (as Jest-style tooling loads it).
  const subpaths = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports)
    .filter((p) => p !== './package.json')
    .map((p) => (p === '.' ? 'shuangsuiji' : `shuangsuiji/${p.slice(2)}`));
  writeFileSync(
    join(work, 'cjs.cjs'),
    `const { isValidUscc } = require('shuangsuiji');
const core = require('shuangsuiji/core');
if (!isValidUscc('91350100M000100Y43') || core.isValidUscc !== isValidUscc) throw new Error('require broken');
for (const path of ${JSON.stringify(subpaths)}) {
  if (Object.keys(require(path)).length === 0) throw new Error(path + ' exports nothing through require');
}
if (!/^task_[0-9a-z]{16}$/.test(core.randomIds()('task'))) throw new Error('random ids broken under require');
console.log('cjs ok (${subpaths.length} entry points, no require(esm))');`,
  );
  process.stdout.write(run('node', ['esm.mjs'], work));
  process.stdout.write(run('node', ['--no-experimental-require-module', 'cjs.cjs'], work));
  checkTypesWithOldestTypeScript(subpaths);
} finally {
  rmSync(work, { recursive: true, force: true });
}
