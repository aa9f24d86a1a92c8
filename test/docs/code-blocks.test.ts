import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CodeBlock, extractBlocks, importsOf, withChecks } from './code-blocks.js';

/**
 * Every TypeScript block of the README and the guides is compiled by tsc and run by Node, importing the package
 * from its source; a result a comment claims is asserted. Conventions: test/docs/code-blocks.ts.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs')).flatMap((f) => (f.endsWith('.md') ? [`docs/${f}`] : [])),
];
const BLOCKS = FILES.flatMap((file) => extractBlocks(file, readFileSync(join(ROOT, file), 'utf8')));

interface Module {
  readonly block: CodeBlock;
  readonly path: string;
  /** The module's lines before the block's first line. */
  readonly offset: number;
}

/** The names a `given` module exports, read by tsc without running it (some write files where blocks run). */
function exportsOf(path: string): string[] {
  const program = ts.createProgram([path], { noResolve: true, noLib: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  return module === undefined ? [] : checker.getExportsOfModule(module).map((s) => s.name);
}

function givenImport(name: string): string {
  const path = join(ROOT, 'test/docs/given', `${name}.js`);
  const names = exportsOf(join(ROOT, 'test/docs/given', `${name}.ts`));
  return names.length === 0
    ? `import ${JSON.stringify(path)};\n`
    : `import { ${names.join(', ')} } from ${JSON.stringify(path)};\n`;
}

/** Writes each block as a module (with the imports of the block above, when it says so) and returns them. */
function writeModules(dir: string): Module[] {
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  const modules: Module[] = [];
  let previous: { file: string; imports: string } | undefined;
  for (const [index, block] of BLOCKS.entries()) {
    const { code } = withChecks(block);
    const given = block.given === undefined ? '' : givenImport(block.given);
    const above = block.importsAbove && previous?.file === block.file ? `${previous.imports}\n` : '';
    if (block.importsAbove && above === '') throw new Error(`${block.file}:${block.line}: no imports above`);
    const check = `import { __docCheck } from ${JSON.stringify(join(ROOT, 'test/docs/doc-check.js'))};\n`;
    const path = join(dir, `block-${index}.ts`);
    const head = `// ${block.file}:${block.line}\n${check}${above}${given}`;
    writeFileSync(path, `${head}${code}\nexport {};\n`);
    modules.push({ block, path, offset: head.split('\n').length - 1 });
    previous = { file: block.file, imports: `${above}${importsOf(block.code)}` };
  }
  return modules;
}

/** The Markdown line of a line of a block's module (1-based), or the module line when outside the block. */
function markdownLine(modules: readonly Module[], file: string, line: number): string {
  const m = modules.find((x) => x.path === file);
  if (m === undefined || line <= m.offset) return `${file}:${line}`;
  return `${m.block.file}:${m.block.line + line - m.offset}`;
}

function compile(dir: string, modules: readonly Module[]): Map<string, string[]> {
  const config = join(dir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: {
        typeRoots: [join(ROOT, 'node_modules/@types')],
        paths: { shuangsuiji: [join(ROOT, 'src/index.ts')], 'shuangsuiji/*': [join(ROOT, 'src/*/index.ts')] },
      },
      include: [join(dir, '*.ts')],
    }),
  );
  const parsed = ts.getParsedCommandLineOfConfigFile(
    config,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error('the doc tsconfig cannot be read');
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const errors = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? '(config)';
    const line =
      d.file === undefined || d.start === undefined
        ? 0
        : d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    const message = `${markdownLine(modules, file, line)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    errors.set(file, [...(errors.get(file) ?? []), message]);
  }
  return errors;
}

function run(dir: string, modules: readonly Module[]): Map<string, string> {
  const runner = join(dir, 'run.mjs');
  const results = join(dir, 'results.json');
  writeFileSync(
    runner,
    `import { writeFileSync } from 'node:fs';
process.chdir(${JSON.stringify(dir)});
const failed = {};
for (const path of ${JSON.stringify(modules.map((m) => m.path))}) {
  try { await import(path); } catch (error) { failed[path] = String(error?.stack ?? error); }
}
writeFileSync(${JSON.stringify(results)}, JSON.stringify(failed));
`,
  );
  const child = spawnSync(process.execPath, ['--import', 'tsx', runner], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TSX_TSCONFIG_PATH: join(dir, 'tsconfig.json') },
  });
  if (child.status !== 0) throw new Error(`the doc runner failed: ${child.stderr}`);
  return new Map(Object.entries(JSON.parse(readFileSync(results, 'utf8')) as Record<string, string>));
}

describe('the code blocks of the README and the guides', () => {
  let modules: Module[] = [];
  let compileErrors = new Map<string, string[]>();
  let runErrors = new Map<string, string>();

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'ssj-doc-blocks-'));
    modules = writeModules(dir);
    compileErrors = compile(dir, modules);
    runErrors = run(dir, modules);
  });

  it('finds the blocks of every guide', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(BLOCKS.map((b) => b.file))).toContain('README.md');
  });

  it('compiles nothing but the blocks with errors', () => {
    const outside = [...compileErrors.keys()].filter((f) => !modules.some((m) => m.path === f));
    expect(outside.map((f) => `${f}: ${compileErrors.get(f)?.join('; ')}`)).toEqual([]);
  });

  for (const [index, block] of BLOCKS.entries()) {
    it(`${block.file}:${block.line} compiles and runs, and gives what its comments say`, () => {
      const module = modules[index] as Module;
      expect(compileErrors.get(module.path) ?? [], 'tsc').toEqual([]);
      expect(runErrors.get(module.path), 'run').toBeUndefined();
    });
  }
});
