import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({
    file: relative(root, join(root, 'src', f)),
    text: readFileSync(join(root, 'src', f), 'utf8'),
  }));
const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );

describe('what src/ imports', () => {
  it('finds the sources and their imports', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(importsOf("import * as z from 'zod/mini';\nexport { a } from './a.js';")).toEqual([
      'zod/mini',
      './a.js',
    ]);
  });

  it('validates with zod/mini only: no file imports classic zod', () => {
    const classic = sources.filter((s) =>
      importsOf(s.text).some((p) => p === 'zod' || p.startsWith('zod/v4/classic')),
    );
    expect(classic.map((s) => s.file)).toEqual([]);
  });

  it("imports zod/mini as a namespace, which bundlers tree-shake (its named 'z' export keeps all of zod)", () => {
    const named = sources.filter((s) =>
      /import\s*(?:type\s*)?\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod\/mini['"]/.test(s.text),
    );
    expect(named.map((s) => s.file)).toEqual([]);
  });

  it('needs no ESM-only package and no Node built-in', () => {
    const bad = sources.flatMap((s) =>
      importsOf(s.text)
        .filter((p) => p === 'nanoid' || p.startsWith('node:'))
        .map((p) => `${s.file}: ${p}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('one scan for malformed UTF-8', () => {
  it('is defined once, in the pool-file reader, and the command line reads pool and import files with it', () => {
    const bin = (readdirSync(join(root, 'bin'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: `bin/${f}`, text: readFileSync(join(root, 'bin', f), 'utf8') }));
    const defining = [...sources, ...bin]
      .filter((s) => /function\s+firstInvalidUtf8\b|firstInvalidUtf8\s*=/.test(s.text))
      .map((s) => s.file);
    expect(defining).toEqual(['src/draw/pool-file-decode.ts']);
    expect(bin.find((s) => s.file === 'bin/framework/input.ts')?.text).toContain('firstInvalidUtf8(bytes)');
  });
});
