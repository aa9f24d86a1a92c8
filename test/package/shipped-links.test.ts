import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The files `npm pack` would publish (scripts skipped: the list does not need a build). */
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const packed: readonly string[] = (() => {
  const [listing] = JSON.parse(pack.stdout) as { files: { path: string }[] }[];
  return (listing?.files ?? []).map((f) => f.path);
})();

/** Text outside fenced code blocks, where a `](…)` is code, not a link. */
const prose = (markdown: string): string => markdown.replace(/^```[\s\S]*?^```/gm, '');

/** Relative link targets of a Markdown file: `[text](target)` and `![alt](target)`, anchors dropped. */
function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => (m[1] as string).split('#')[0] as string)
    .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** Repository files a document names in code spans for implementers: test vectors, checkers, SQL, examples. */
function namedFiles(markdown: string): string[] {
  return [...prose(markdown).matchAll(/`((?:test\/[\w./-]+\.(?:json|py))|(?:sql|examples)\/[\w./-]+)`/g)].map(
    (m) => m[1] as string,
  );
}

const shippedDocs = packed.filter((p) => p.endsWith('.md'));
const isPacked = (path: string): boolean =>
  path.endsWith('/') ? packed.some((p) => p.startsWith(path)) : packed.includes(path);

describe('the tarball holds every file its documents link to', () => {
  it('is packed without a warning', () => {
    expect(pack.status).toBe(0);
    expect(pack.stderr.split('\n').filter((l) => /warn/i.test(l))).toEqual([]);
  });

  it('reads links and named files as a reader does', () => {
    const doc =
      '[a](./x.md#h) ![i](images/p.png) [w](https://e.org) [s](#top)\n```\nf[r](x)\n```\n`sql/a.sql` `test/v.json`';
    expect(relativeLinks(doc)).toEqual(['./x.md', 'images/p.png']);
    expect(namedFiles(doc)).toEqual(['sql/a.sql', 'test/v.json']);
  });

  it('ships the README, the guides and the changelog', () => {
    expect(shippedDocs).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'docs/draw-spec.md']));
  });

  for (const doc of shippedDocs) {
    it(doc, () => {
      const text = readFileSync(join(root, doc), 'utf8');
      const targets = [
        ...relativeLinks(text).map((t) => normalize(join(dirname(doc), t)) + (t.endsWith('/') ? '/' : '')),
        ...namedFiles(text),
      ].map((t) => relative('.', t) + (t.endsWith('/') ? '/' : ''));
      const missing = targets.filter((t) => !isPacked(t));
      expect(
        missing.filter((t) => !existsSync(join(root, t))),
        'links to files that do not exist',
      ).toEqual([]);
      expect(missing, 'exist in the repository but are not in the tarball').toEqual([]);
    });
  }
});
