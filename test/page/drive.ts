/**
 * Drives the built verification page in Chromium as a reader would: types the published digest, picks the files,
 * presses 验证 and reads the verdict, the problems, the progress seen and every request the page made.
 */
import type { Browser, Page } from 'puppeteer-core';

/** What one run of the page showed. */
export interface PageRun {
  readonly page: Page;
  readonly verdict: string;
  readonly verdictText: string;
  /** The problems as `code` and text. */
  readonly problems: readonly { code: string; text: string }[];
  /** Every distinct value the progress bar took, in order (0…1000), and the main thread's timer ticks meanwhile. */
  readonly progress: readonly number[];
  readonly ticks: number;
  /** Milliseconds from pressing 开始核验 to the verdict, measured in the page. */
  readonly elapsedMs: number;
  /** Every URL the page requested (its own file, blob: and data: URLs are all it may ask for). */
  readonly requests: readonly string[];
  readonly errors: readonly string[];
}

/** How to run the page. */
export interface RunOptions {
  readonly digest?: string;
  readonly language?: 'zh' | 'en';
  readonly offline?: boolean;
  readonly timeout?: number;
  readonly viewport?: { width: number; height: number };
}

/**
 * Opens the page, verifies the files and returns what it showed; the page stays open for further checks.
 *
 * @param browser - the started browser
 * @param url - the page's `file://` URL
 * @param files - paths of the files to pick
 * @param options - the published digest, the language, offline mode and the time allowed
 * @returns what the page showed
 */
export async function verifyInPage(
  browser: Browser,
  url: string,
  files: readonly string[],
  options: RunOptions = {},
): Promise<PageRun> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setViewport(options.viewport ?? { width: 1100, height: 900 });
  if (options.offline === true) await page.setOfflineMode(true);
  await page.goto(`${url}${options.language === 'en' ? '?lang=en' : ''}`, { waitUntil: 'load' });
  if (options.digest !== undefined) await page.type('#digest', options.digest);
  const input = await page.$('#files');
  if (input === null) throw new Error('the page has no file input');
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files);
  // Watch the bar and the main thread from inside the page: a tick every 10 ms while the worker runs.
  await page.evaluate(() => {
    const w = window as unknown as { __seen: number[]; __ticks: number; __t0: number };
    w.__seen = [];
    w.__ticks = 0;
    document.getElementById('verify')?.addEventListener('click', () => {
      w.__t0 = performance.now();
    });
    const bar = document.getElementById('progress') as HTMLProgressElement;
    setInterval(() => {
      w.__ticks++;
      if (w.__seen[w.__seen.length - 1] !== bar.value) w.__seen.push(bar.value);
    }, 10);
  });
  await page.click('#verify');
  await page.waitForSelector('#verdict', { timeout: options.timeout ?? 60_000 });
  const shown = await page.evaluate(() => {
    const w = window as unknown as { __seen: number[]; __ticks: number; __t0: number };
    const v = document.getElementById('verdict') as HTMLElement;
    return {
      elapsedMs: performance.now() - w.__t0,
      verdict: v.dataset.verdict ?? '',
      verdictText: v.textContent ?? '',
      problems: [...document.querySelectorAll<HTMLElement>('#problems li')].map((li) => ({
        code: li.dataset.code ?? '',
        text: li.textContent ?? '',
      })),
      progress: w.__seen,
      ticks: w.__ticks,
    };
  });
  return { page, ...shown, requests, errors };
}

/**
 * Types an id into the look-up and returns the answer the page shows.
 *
 * @param page - a page after {@link verifyInPage}
 * @param id - the id to look up
 * @returns the answer's text and whether it says the id was drawn
 */
export async function lookUp(
  page: Page,
  id: string,
): Promise<{ text: string; selected: boolean; inPool: boolean }> {
  await page.click('#search', { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type('#search', id);
  await page.waitForFunction(
    (q: string) => document.querySelector('#lookup p')?.textContent?.includes(q) === true,
    {},
    id,
  );
  return page.evaluate(() => {
    const p = document.querySelector('#lookup p') as HTMLElement;
    return {
      text: p.textContent ?? '',
      selected: p.dataset.selected === 'true',
      inPool: p.dataset.inPool === 'true',
    };
  });
}
