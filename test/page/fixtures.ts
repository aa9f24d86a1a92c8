/**
 * The files the page tests pick: the demo's published files, and tampered or re-encoded copies of them, each made
 * the way a forger or a spreadsheet would make it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../examples/annual-cycle.js';
import { DRAND_NETWORKS } from '../../src/core/index.js';
import {
  commitDraw,
  type DrawCommitment,
  type DrawRecord,
  formatPoolCsv,
  type PoolEntry,
  revealDraw,
} from '../../src/draw/index.js';
import { beaconOf } from '../draw/fixture-beacons.js';
import { encodeGbk } from './gbk.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The demo's published files, written by the demo itself. */
export interface DemoFiles {
  readonly dir: string;
  readonly commitment: DrawCommitment;
  readonly record: DrawRecord;
  readonly pool: readonly PoolEntry[];
  readonly path: (name: string) => string;
}

/**
 * Runs the demo into `dir`.
 *
 * @param dir - an empty directory
 * @returns the artefacts and their paths
 */
export async function demoFiles(dir: string): Promise<DemoFiles> {
  const { artefacts } = await main({ outDir: dir, print: () => {}, progress: () => {} });
  return {
    dir,
    commitment: artefacts.commitment,
    record: artefacts.record,
    pool: artefacts.pool,
    path: (name) => join(dir, name),
  };
}

/**
 * The pool with one id changed (an entry renamed after the draw): the drawn target at `index` of the record.
 *
 * @param demo - the demo's files
 * @param out - where to write the changed pool
 * @returns the original and the new id
 */
export async function changedPool(demo: DemoFiles, out: string): Promise<{ from: string; to: string }> {
  const from = demo.record.selected[0]?.id ?? '';
  const to = `${from.slice(0, -1)}${from.endsWith('X') ? 'Y' : 'X'}`;
  await writeFile(out, formatPoolCsv(demo.pool.map((e) => (e.id === from ? { ...e, id: to } : e))), 'utf8');
  return { from, to };
}

/**
 * A re-forged commitment: the same pool and randomness, one exclusion dropped so that a target it kept out can be
 * drawn, committed and drawn again. Self-consistent in every digest; only the published digest gives it away.
 *
 * @param demo - the demo's files
 * @param dir - where to write `forged-commitment.json` and `forged-record.json`
 * @returns the forged record
 */
export async function forgedDraw(demo: DemoFiles, dir: string): Promise<DrawRecord> {
  const c = demo.commitment;
  const forged = commitDraw({
    pool: demo.pool,
    sample: c.sample,
    exclude: c.exclusions.slice(1),
    ...(c.randomness === undefined ? {} : { randomness: c.randomness }),
    ...(c.randomnessSource === undefined ? {} : { randomnessSource: c.randomnessSource }),
    ...(c.filter === undefined ? {} : { filter: c.filter }),
    ...(c.label === undefined ? {} : { label: c.label }),
    ...(c.meta === undefined ? {} : { meta: c.meta }),
  });
  const record = revealDraw(forged, demo.pool, demo.record.randomness ?? []);
  await writeFile(join(dir, 'forged-commitment.json'), json(forged), 'utf8');
  await writeFile(join(dir, 'forged-record.json'), json(record), 'utf8');
  return record;
}

/**
 * A draw over a pool of individual businesses named in Chinese (个体工商户 without a code use their name), in
 * strata named in Chinese, its pool written as GBK the way a spreadsheet saves it.
 *
 * @param dir - where to write `gbk-pool.csv`, `gbk-commitment.json` and `gbk-record.json`
 * @returns the commitment, the record and the pool
 */
export async function gbkDraw(dir: string) {
  const shops = ['餐饮店', '小吃部', '烧烤店', '面馆', '超市', '便利店', '药店', '理发店'];
  const towns = ['树林召镇', '王爱召镇', '白泥井镇', '吉格斯太镇', '昭君镇'];
  const pool: PoolEntry[] = [];
  for (const [t, town] of towns.entries())
    for (const [s, shop] of shops.entries())
      for (let n = 1; n <= 6; n++)
        pool.push({ id: `达拉特旗${town}某${shop}${n}号`, stratum: (t + s + n) % 3 === 0 ? '重点' : '一般' });
  const commitment = commitDraw({
    pool,
    sample: { strata: { 重点: { ratio: 0.2 }, 一般: { count: 5 } } },
    exclude: [{ id: pool[0]?.id ?? '', reason: '本年度已检查', code: 'frequency-cap' }],
    randomness: [
      { kind: 'dice', event: '2025-05-06 达拉特旗市场监管局公开摇号，公证处监督', dice: 5, faces: 6 },
    ],
    label: '2025 个体工商户抽查',
  });
  const record = revealDraw(commitment, pool, ['3 1 4 1 5']);
  await writeFile(join(dir, 'gbk-pool.csv'), encodeGbk(formatPoolCsv(pool).replaceAll('\n', '\r\n')));
  await writeFile(join(dir, 'gbk-commitment.json'), json(commitment), 'utf8');
  await writeFile(join(dir, 'gbk-record.json'), json(record), 'utf8');
  return { commitment, record, pool };
}

/** The drand round the big draw commits to: a real quicknet beacon of the fixture file. */
export const BIG_ROUND = 7788475;

/**
 * A million-entry pool in four strata, drawn at a ceremony on a drand quicknet round, the pool as JSON Lines
 * and as CSV.
 *
 * @param dir - where to write `million.jsonl`, `million.csv`, `million-commitment.json` and `million-record.json`
 * @param size - the number of entries
 * @returns the commitment and the record
 */
export async function bigDraw(dir: string, size = 1_000_000) {
  const pool: PoolEntry[] = new Array(size);
  for (let i = 0; i < size; i++)
    pool[i] = {
      id: `91150621${i.toString(36).toUpperCase().padStart(10, '0')}`,
      stratum: 'ABCD'[i % 4] as string,
    };
  const commitment = commitDraw({
    pool,
    sample: { ratio: 0.001 },
    randomness: [{ kind: 'drand', network: DRAND_NETWORKS.quicknet, round: BIG_ROUND }],
    label: 'one million',
  });
  const { round, signature } = beaconOf('quicknet', BIG_ROUND);
  const record = revealDraw(commitment, pool, [{ round, signature }]);
  const lines = pool.map((e) => `{"id":"${e.id}","stratum":"${e.stratum}"}`);
  await writeFile(join(dir, 'million.jsonl'), `${lines.join('\n')}\n`, 'utf8');
  await writeFile(join(dir, 'million.csv'), formatPoolCsv(pool), 'utf8');
  await writeFile(join(dir, 'million-commitment.json'), json(commitment), 'utf8');
  await writeFile(join(dir, 'million-record.json'), json(record), 'utf8');
  return { commitment, record };
}
