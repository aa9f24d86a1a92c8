/**
 * The public verification page in a real browser (headless Chromium): the demo's published files verify, each
 * tampering is named, a GBK pool reads, a million-entry pool verifies with the bar moving and the page alive, and
 * the page asks the network for nothing. Skipped, with the reason, when Chromium cannot start.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from '../../page/build.js';
import { type Started, startChromium } from './chromium.js';
import { lookUp, type PageRun, verifyInPage } from './drive.js';
import { bigDraw, changedPool, type DemoFiles, demoFiles, forgedDraw, gbkDraw } from './fixtures.js';

const images = fileURLToPath(new URL('../../docs/images/', import.meta.url));
const started: Started = await startChromium();
const reason = started.browser === undefined ? started.reason : '';
if (reason !== '') console.warn(`verify page browser test skipped: ${reason}`);

/** Only the page's own file, and the blob: and data: URLs it makes itself. */
function onlyLocal(run: PageRun, pageUrl: string): void {
  const own = (u: string) => u === pageUrl || u.startsWith(`${pageUrl}?`);
  expect(run.requests.filter((u) => !own(u) && !/^(blob|data):/.test(u))).toEqual([]);
  expect(run.errors).toEqual([]);
}

describe.skipIf(reason !== '')(
  `verify.html in Chromium${reason === '' ? '' : ` (skipped: ${reason})`}`,
  () => {
    let dir: string;
    let url: string;
    let demo: DemoFiles;
    const browser = () => {
      if (started.browser === undefined) throw new Error(reason);
      return started.browser;
    };
    const demoSet = () =>
      [
        'draw-record.json',
        'pool.csv',
        'commitment.json',
        'assignment.json',
        'inspectors.json',
        'assignment-targets.json',
      ].map(demo.path);

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ssj-page-'));
      url = pathToFileURL((await buildPage(join(dir, 'verify.html'))).path).href;
      demo = await demoFiles(join(dir, 'demo'));
    });
    afterAll(async () => {
      if (started.browser !== undefined) await started.stop();
      if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    });

    it('verifies the demo’s published files offline, answers a look-up, and saves the screenshots', async () => {
      const run = await verifyInPage(browser(), url, demoSet(), {
        digest: demo.commitment.digest,
        offline: true,
      });
      expect(run.problems).toEqual([]);
      expect(run.verdict).toBe('valid');
      expect(run.verdictText).toContain('核验通过');
      // The assignment was replayed from the published inspector and target lists.
      const assigned = await run.page.$eval('#assignment-title', (h) => h.parentElement?.textContent ?? '');
      expect(assigned).toContain('已按人员和对象名单重新匹配');
      const drawn = demo.record.selected[3];
      const hit = await lookUp(run.page, drawn?.id ?? '');
      expect(hit.selected).toBe(true);
      expect(hit.text).toContain(drawn?.key);
      const excluded = demo.record.exclusions[0];
      const miss = await lookUp(run.page, excluded?.id ?? '');
      expect(miss.selected).toBe(false);
      expect(miss.text).toContain(excluded?.reason);
      onlyLocal(run, url);
      await mkdir(images, { recursive: true });
      await run.page.click('#search', { count: 3 });
      await run.page.keyboard.press('Backspace');
      await run.page.type('#search', drawn?.id ?? '');
      await run.page.waitForSelector('#lookup p');
      const shot = async (path: string) => {
        await run.page.evaluate(() => window.scrollTo(0, 0));
        await run.page.screenshot({ path, fullPage: false });
      };
      await run.page.setViewport({ width: 1000, height: 1400 });
      await shot(join(images, 'verify-page.png'));
      await run.page.click('#lang');
      expect(await run.page.$eval('#verdict', (v) => v.textContent)).toContain('Valid');
      await shot(join(images, 'verify-page-en.png'));
      if (process.env.SSJ_PAGE_PHONE_SHOT !== undefined) {
        await run.page.setViewport({ width: 390, height: 2400 });
        await shot(process.env.SSJ_PAGE_PHONE_SHOT);
      }
      await run.page.close();
    });

    it('reads a valid record without the published digest as not yet anchored', async () => {
      const run = await verifyInPage(browser(), url, demoSet(), { language: 'en' });
      expect(run.verdict).toBe('unanchored');
      expect(run.verdictText).toContain('not been compared');
      // The verdict takes the focus, so a screen reader reads it; every control is reachable with Tab from the top.
      expect(await run.page.evaluate(() => document.activeElement?.id)).toBe('verdict');
      await run.page.focus('#lang');
      const order = ['lang'];
      for (let i = 0; i < 4; i++) {
        await run.page.keyboard.press('Tab');
        order.push(await run.page.evaluate(() => document.activeElement?.id ?? ''));
      }
      expect(order).toEqual(['lang', 'digest', 'files', 'encoding', 'verify']);
      onlyLocal(run, url);
      await run.page.close();
    });

    it('names a changed pool id: the pool digest, and the target that should have been drawn', async () => {
      const { from } = await changedPool(demo, join(dir, 'changed-pool.csv'));
      const files = [demo.path('draw-record.json'), join(dir, 'changed-pool.csv')];
      const run = await verifyInPage(browser(), url, files, { digest: demo.commitment.digest });
      expect(run.verdict).toBe('invalid');
      const codes = run.problems.map((p) => p.code);
      expect(codes).toContain('pool-digest');
      expect(run.problems.find((p) => p.code === 'extra-selection')?.text).toContain(from);
      onlyLocal(run, url);
      await run.page.close();
    });

    it('names an assignment team changed after the draw, with its target and department', async () => {
      const assignment = JSON.parse(await readFile(demo.path('assignment.json'), 'utf8'));
      const visit = assignment.visits[0];
      const team = visit.teams[0];
      team.lead = team.members[team.members.length - 1].inspectorId;
      await writeFile(join(dir, 'changed-assignment.json'), JSON.stringify(assignment), 'utf8');
      const files = demoSet().map((f) =>
        f.endsWith('/assignment.json') ? join(dir, 'changed-assignment.json') : f,
      );
      const run = await verifyInPage(browser(), url, files, { digest: demo.commitment.digest });
      expect(run.verdict).toBe('invalid');
      expect(run.problems.map((p) => p.code)).toContain('digest-mismatch');
      const changed = run.problems.find((p) => p.code === 'team-mismatch');
      expect(changed?.text).toContain(visit.targetId);
      expect(changed?.text).toContain(team.department);
      onlyLocal(run, url);
      await run.page.close();
    });

    it('names a re-forged commitment that does not match the digest published in advance', async () => {
      const forged = await forgedDraw(demo, dir);
      const files = [
        join(dir, 'forged-record.json'),
        demo.path('pool.csv'),
        join(dir, 'forged-commitment.json'),
      ];
      const run = await verifyInPage(browser(), url, files, { digest: demo.commitment.digest });
      expect(run.verdict).toBe('invalid');
      const problem = run.problems.find((p) => p.code === 'commitment-anchor');
      expect(problem?.text).toContain(demo.commitment.digest);
      expect(problem?.text).toContain(forged.commitment?.digest);
      onlyLocal(run, url);
      await run.page.close();
    });

    it('reads a GBK pool with Chinese ids and strata', async () => {
      const { commitment, record } = await gbkDraw(dir);
      const files = ['gbk-record.json', 'gbk-pool.csv'].map((n) => join(dir, n));
      const run = await verifyInPage(browser(), url, files, { digest: commitment.digest });
      expect(run.problems).toEqual([]);
      expect(run.verdict).toBe('valid');
      const text = await run.page.$eval('#results', (r) => r.textContent ?? '');
      expect(text).toContain('GBK');
      expect(await run.page.$eval('#strata', (t) => t.textContent ?? '')).toContain('重点');
      const first = record.selected[0];
      expect((await lookUp(run.page, first?.id ?? '')).selected).toBe(true);
      onlyLocal(run, url);
      await run.page.close();
    });

    it('verifies a million-entry CSV pool with the bar moving during the re-run and the page responsive', async () => {
      const { commitment } = await bigDraw(dir);
      const files = ['million-record.json', 'million.csv', 'million-commitment.json'].map((n) =>
        join(dir, n),
      );
      const run = await verifyInPage(browser(), url, files, { digest: commitment.digest, timeout: 120_000 });
      expect(run.problems).toEqual([]);
      expect(run.verdict).toBe('valid');
      // The drand round's BLS signature was checked in the page.
      const status = await run.page.$eval('[data-status]', (el) => (el as HTMLElement).dataset.status);
      expect(status).toBe('verified');
      const between = run.progress.filter((v) => v > 0 && v < 1000);
      expect(new Set(between).size).toBeGreaterThanOrEqual(3);
      // The re-run fills the bar from 45 % to 95 %: values strictly between are told by verifyDraw itself as it
      // goes through the pool (every 65 536 entries), not by the page between phases.
      const duringReRun = between.filter((v) => v > 450 && v < 950);
      expect(new Set(duringReRun).size).toBeGreaterThanOrEqual(3);
      expect(run.progress[run.progress.length - 1]).toBe(1000);
      // The main thread's 10 ms timer kept running while the worker verified.
      expect(run.ticks).toBeGreaterThanOrEqual(20);
      onlyLocal(run, url);
      await run.page.close();
    }, 240_000);
  },
);
