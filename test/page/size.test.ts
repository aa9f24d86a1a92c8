/**
 * The verification page stays one small, self-contained file: under 150 KB gzipped, nothing loaded from outside,
 * and a Content-Security-Policy that lets it fetch nothing.
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPageHtml } from '../../page/build.js';

describe('dist/verify.html', () => {
  let html = '';
  beforeAll(async () => {
    html = await buildPageHtml();
  });

  it('is under 150 KB gzipped', () => {
    expect(gzipSync(html, { level: 9 }).length).toBeLessThan(150 * 1024);
  });

  it('has its script and style inline and loads nothing by URL', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[\s>]/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('forbids every request but its own inline code and blob: workers', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const rules = new Map(csp.split('; ').map((r) => [r.split(' ')[0], r.split(' ').slice(1)]));
    expect(rules.get('default-src')).toEqual(["'none'"]);
    expect(rules.get('worker-src')).toEqual(['blob:']);
    expect(
      rules.get('script-src')?.every((s) => s.startsWith("'sha256-") || s === "'wasm-unsafe-eval'"),
    ).toBe(true);
    expect(rules.has('connect-src')).toBe(false);
  });
});
