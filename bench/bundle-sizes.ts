/**
 * Browser bundle sizes of one capability each, as a host's bundler builds them: esbuild, minified, platform
 * browser, ESM, then gzip. The budgets are held by `test/package/bundle-size.test.ts` (sizes are not noisy) and
 * shown by `bench/bundle.bench.ts` in `npm run bench`.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** One capability, written as a host writes it against the published package. */
export interface BundleBudget {
  /** What the bundle does. */
  readonly name: string;
  /** The host's entry module: imports from `shuangsuiji` subpaths, exports what it uses. */
  readonly entry: string;
  /** The gzipped budget in KB (1 KB = 1024 bytes). */
  readonly budgetKB: number;
  /** Packages the bundle must not contain at all. */
  readonly excludes?: readonly string[];
}

/** The budgets of the browser capabilities. */
export const BUNDLE_BUDGETS = [
  {
    name: 'draw with its verification',
    entry: "export { drawTargets, verifyDraw } from 'shuangsuiji/draw';",
    budgetKB: 25,
  },
  {
    name: 'drand beacon check (BLS)',
    entry: "export { verifyDrandBeacon } from 'shuangsuiji/beacon';",
    budgetKB: 35,
  },
  {
    name: 'calendar for official years',
    entry: [
      "import { createWorkCalendar } from 'shuangsuiji/calendar';",
      'const calendar = createWorkCalendar();',
      "export const due = calendar.addWorkdays('2025-01-20', 20);",
    ].join('\n'),
    budgetKB: 30,
    excludes: ['date-holidays', 'moment', 'moment-timezone', 'astronomia', 'lodash'],
  },
  {
    name: 'parseUscc',
    entry: "export { parseUscc } from 'shuangsuiji/core';",
    budgetKB: 12,
  },
] as const satisfies readonly BundleBudget[];

/** A measured bundle. */
export interface BundleSize {
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Bytes in the minified output per input file, largest first: what to look at when a budget is exceeded. */
  readonly inputs: readonly { readonly path: string; readonly bytes: number }[];
  /** The installed packages the bundle contains. */
  readonly packages: readonly string[];
}

const root = resolve(import.meta.dirname, '..');

/** Resolves `shuangsuiji` and `shuangsuiji/<module>` to the source, as the package's exports map does to dist. */
const selfImports: Plugin = {
  name: 'shuangsuiji-source',
  setup(b) {
    b.onResolve({ filter: /^shuangsuiji(\/[a-z-]+)?$/ }, (args) => {
      const sub = args.path.slice('shuangsuiji'.length + 1) || '.';
      return { path: resolve(root, 'src', sub === '.' ? 'index.ts' : `${sub}/index.ts`) };
    });
  },
};

/** Bundles `entry` for the browser and measures it. */
export async function measureBundle(entry: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [selfImports],
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  const packages = [
    ...new Set(
      Object.keys(result.metafile.inputs).flatMap((p) => {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p);
        return m?.[1] === undefined ? [] : [m[1]];
      }),
    ),
  ].sort();
  return { minifiedBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, inputs, packages };
}

/** Bytes as KB with one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
