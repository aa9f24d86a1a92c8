/**
 * Builds the public verification page (公开核验页): one self-contained HTML file, `dist/verify.html`, with its
 * script, style and worker inline, and a Content-Security-Policy that forbids every network request, so a
 * government site can host it as it is and a citizen can open it from disk.
 *
 * Run: `npm run build:page` (= `npx tsx page/build.ts [out.html]`)
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

async function bundle(entry: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define,
    logLevel: 'silent',
  });
  const [out] = result.outputFiles;
  if (out === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return out.text;
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Builds the page's HTML.
 *
 * @returns the whole HTML text
 */
export async function buildPageHtml(): Promise<string> {
  const worker = await bundle('worker.ts');
  const script = (await bundle('main.ts', { WORKER_SOURCE: JSON.stringify(worker) })).replaceAll(
    '</script',
    '<\\/script',
  );
  const style = await readFile(join(here, 'style.css'), 'utf8');
  const { version } = JSON.parse(await readFile(join(here, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  // Nothing may be fetched: no connect, font, image or frame source; the worker comes from a blob: URL.
  const csp = [
    "default-src 'none'",
    `script-src ${sha(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha(style)}`,
    'worker-src blob:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const template = await readFile(join(here, 'template.html'), 'utf8');
  const fill: Record<string, string> = { CSP: csp, VERSION: version, STYLE: style, SCRIPT: script };
  return template.replace(
    /__(CSP|VERSION)__|\/\*(STYLE|SCRIPT)\*\//g,
    (_, a?: string, b?: string) => fill[a ?? b ?? ''] ?? '',
  );
}

/**
 * Writes the page.
 *
 * @param out - where to write it (default `dist/verify.html`)
 * @returns the path written and its size in bytes
 */
export async function buildPage(
  out = join(here, '..', 'dist', 'verify.html'),
): Promise<{ path: string; bytes: number }> {
  const html = await buildPageHtml();
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html, 'utf8');
  return { path: out, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { path, bytes } = await buildPage(process.argv[2]);
  console.log(`wrote ${path} (${(bytes / 1024).toFixed(1)} KB)`);
}
