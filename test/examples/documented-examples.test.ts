import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every exported function of these modules shows a runnable example in its docs: an `{@includeCode}` of a region of
 * a file in `examples/` that exists, and whose file is run by a test of its own in `test/examples/`.
 */
const MODULES = ['workflow', 'accountability', 'sampling', 'testing'] as const;
const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The doc comment right above `export function name`, with the file it is in. */
function docOf(files: readonly string[], name: string): { file: string; doc: string } | undefined {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const at = text.search(new RegExp(`\\nexport (async )?function ${name}\\b`));
    if (at >= 0) return { file, doc: text.slice(text.lastIndexOf('/**', at), at) };
  }
  return undefined;
}

describe.each(MODULES)('shuangsuiji/%s', (m) => {
  it('every exported function includes a region of a tested example file in its docs', async () => {
    const ns = (await import(`../../src/${m}/index.ts`)) as Record<string, unknown>;
    const files = sources(join(root, 'src', m));
    const problems: string[] = [];
    for (const [name, value] of Object.entries(ns)) {
      if (typeof value !== 'function') continue;
      const found = docOf(files, name);
      const include = found?.doc.match(/\{@includeCode ([^#}]+)#([^}]+)\}/);
      if (found === undefined || include === null || include === undefined) {
        problems.push(`${name}: no {@includeCode} example`);
        continue;
      }
      const example = resolve(dirname(found.file), include[1] as string);
      const region = `// #region ${include[2]}`;
      if (!existsSync(example) || !readFileSync(example, 'utf8').includes(region))
        problems.push(`${name}: ${include[1]}#${include[2]} does not exist`);
      const test = join(
        root,
        'test',
        'examples',
        `${example.split('/').at(-1)?.replace(/\.ts$/, '')}.test.ts`,
      );
      if (!existsSync(test)) problems.push(`${name}: no test runs ${include[1]}`);
    }
    expect(problems).toEqual([]);
  });
});
