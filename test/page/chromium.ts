/**
 * Starts the system's headless Chromium (Debian's `chromium` package) for the page tests, with a fresh profile and
 * everything that would reach the network at start-up turned off. Says why when it cannot start, so the tests can
 * be skipped with the reason.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** A started browser and how to stop it, or why there is none. */
export type Started =
  | { readonly browser: Browser; readonly stop: () => Promise<void> }
  | { readonly browser?: undefined; readonly reason: string };

/**
 * Launches headless Chromium.
 *
 * @returns the browser, or the reason it could not start
 */
export async function startChromium(): Promise<Started> {
  const executablePath = CANDIDATES.find((p) => p !== undefined && p !== '' && existsSync(p));
  if (executablePath === undefined)
    return { reason: 'no Chromium found (install Debian’s chromium package, or set CHROMIUM_PATH)' };
  const profile = await mkdtemp(join(tmpdir(), 'ssj-chromium-'));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        `--user-data-dir=${profile}`,
      ],
      timeout: 60_000,
    });
    return {
      browser,
      stop: async () => {
        await browser.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    return {
      reason: `Chromium could not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  }
}
