import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportedTypeNames } from './exported-type-names.js';
import { EXPORTED_TYPES } from './exported-types.js';

/**
 * The type names of each entry point, as the compiler reads them from `src/<module>/index.ts`, against the list
 * written by hand and the `types:` lines of docs/api-surface.md: a type cannot join or leave the surface unnoticed.
 */

const MODULES = Object.keys(EXPORTED_TYPES) as (keyof typeof EXPORTED_TYPES)[];
const found = exportedTypeNames([...MODULES, 'root']);
const page = readFileSync(new URL('../../docs/api-surface.md', import.meta.url), 'utf8');

/** The names on the `- types:` lines of a module's section of the page. */
function documentedTypes(m: string): string[] {
  const section = page.split(/^## /m).find((s) => s.startsWith(`\`shuangsuiji/${m}\``)) ?? '';
  const lines = section.split('\n').filter((l) => l.startsWith('- types:'));
  return lines.flatMap((l) => [...l.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((x) => x[1] as string));
}

describe('the exported type names of each entry point', () => {
  it.each(MODULES)('shuangsuiji/%s exports exactly its pinned types', (m) => {
    expect(found[m]).toEqual([...EXPORTED_TYPES[m]].sort());
  });

  it('the root exports the union of the modules’ types, nothing more', () => {
    const union = [...new Set(MODULES.flatMap((m) => EXPORTED_TYPES[m]))].sort();
    expect(found.root).toEqual(union);
  });

  it.each(MODULES)('docs/api-surface.md lists exactly the types of shuangsuiji/%s', (m) => {
    expect(documentedTypes(m).sort()).toEqual([...EXPORTED_TYPES[m]].sort());
  });

  it('reads types as types: a value is never counted, an interface and a type alias are', () => {
    expect(found.core).toContain('SsjIssue');
    expect(found.core).toContain('IsoDate');
    expect(found.core).not.toContain('SsjError');
    expect(found.core).not.toContain('addDays');
  });
});
