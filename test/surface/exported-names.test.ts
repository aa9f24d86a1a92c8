import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORTED_NAMES } from './exported-names.js';

const MODULES = Object.keys(EXPORTED_NAMES) as (keyof typeof EXPORTED_NAMES)[];
const load = (m: string): Promise<Record<string, unknown>> => import(`../../src/${m}/index.ts`);

describe('the exported names of each entry point', () => {
  it.each(MODULES)('shuangsuiji/%s exports exactly its pinned names', async (m) => {
    expect(Object.keys(await load(m)).sort()).toEqual([...EXPORTED_NAMES[m]].sort());
  });

  it('the root exports the union of the modules, nothing more', async () => {
    const root = await import('../../src/index.js');
    const union = [...new Set(MODULES.flatMap((m) => EXPORTED_NAMES[m]))].sort();
    expect(Object.keys(root).sort()).toEqual(union);
  });

  it('no name is exported by two modules', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const m of MODULES)
      for (const n of EXPORTED_NAMES[m]) {
        const other = seen.get(n);
        if (other !== undefined) twice.push(`${n}: ${other} and ${m}`);
        seen.set(n, m);
      }
    expect(twice).toEqual([]);
  });

  it('keeps internals out of every entry point', async () => {
    const internals = ['parseWith', 'safeParseWith', 'safely', 'summarizeIssues', 'toIssues', 'formatPath'];
    const more = [
      'lengthPrefixed',
      'prefixBlock',
      'compareIdBytes',
      'concatBytes',
      'uint32be',
      'toJsonValue',
    ];
    const root = await import('../../src/index.js');
    expect([...internals, ...more].filter((n) => n in root)).toEqual([]);
  });

  it.each(MODULES)('docs/api-surface.md lists every runtime name of shuangsuiji/%s in its section', (m) => {
    const page = readFileSync(new URL('../../docs/api-surface.md', import.meta.url), 'utf8');
    const section = page.split(/^## /m).find((s) => s.startsWith(`\`shuangsuiji/${m}\``)) ?? '';
    const listed = [...section.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((x) => x[1]);
    expect(EXPORTED_NAMES[m].filter((n) => !listed.includes(n))).toEqual([]);
  });
});
