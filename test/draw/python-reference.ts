import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

/**
 * Registers the test that a spec's Python reference (run by `script`, hashlib only) reproduces every vector of
 * `vectors`; skipped, with the reason in its name, where python3 is absent.
 */
export function itIsReproducedByPython(spec: URL, script: URL, vectors: URL, count: number): void {
  const python = spawnSync('python3', ['--version']);
  it.skipIf(python.status !== 0)(
    'are reproduced by the Python reference of the spec, with hashlib only (skipped where python3 is absent)',
    () => {
      const out = spawnSync('python3', [script.pathname, spec.pathname, vectors.pathname], {
        encoding: 'utf8',
      });
      expect(out.stdout + out.stderr).toContain(`${count} vectors, 0 mismatches`);
      expect(out.status).toBe(0);
    },
  );
}
