import { defineConfig } from 'tsup';

/** Public entry points: the root and one subpath per domain module. */
const modules = [
  'core',
  'calendar',
  'directories',
  'draw',
  'beacon',
  'assign',
  'sampling',
  'workflow',
  'accountability',
  'testing',
] as const;

const library = {
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  },
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
} as const;

export default defineConfig([
  { ...library, format: ['esm'], clean: true },
  // The CJS build inlines the ESM-only dependencies (@noble/*), so require() needs no require(esm).
  { ...library, format: ['cjs'], noExternal: [/^@noble\//] },
  {
    entry: { 'cli/main': 'bin/shuangsuiji.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
