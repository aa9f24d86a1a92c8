import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../bin/cli.js';
import { formatPoolCsv } from '../../bin/pool-file.js';
import { commitDraw, type PoolEntry, revealDraw } from '../../src/draw/index.js';

const pool: PoolEntry[] = Array.from({ length: 200 }, (_, i) => ({
  id: `T${String(i).padStart(4, '0')}`,
  stratum: i % 5 === 0 ? 'C' : 'A',
}));

function publish(): { dir: string; recordPath: string; csvPath: string; jsonlPath: string } {
  const commitment = commitDraw({
    pool,
    sample: { strata: { A: { ratio: 0.05 }, C: { count: 3 } } },
    randomnessSource: 'dice rolled at the public ceremony of 2026-03-02',
  });
  const record = revealDraw(commitment, pool, ['3 6 1 4 2 5']);
  const dir = mkdtempSync(join(tmpdir(), 'ssj-cli-'));
  const recordPath = join(dir, 'record.json');
  const csvPath = join(dir, 'pool.csv');
  const jsonlPath = join(dir, 'pool.jsonl');
  writeFileSync(recordPath, JSON.stringify(record));
  writeFileSync(csvPath, formatPoolCsv(pool));
  writeFileSync(jsonlPath, pool.map((e) => JSON.stringify(e)).join('\n'));
  return { dir, recordPath, csvPath, jsonlPath };
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('shuangsuiji verify-draw', () => {
  it('says valid for a published record and its pool, in CSV or JSON Lines', async () => {
    const { recordPath, csvPath, jsonlPath } = publish();
    const csv = await run('verify-draw', recordPath, csvPath);
    expect(csv.code).toBe(EXIT.ok);
    expect(csv.out).toMatch(/^valid: the draw re-runs to the same record \(11 selected, pool 200\)/);
    expect((await run('verify-draw', recordPath, jsonlPath)).code).toBe(EXIT.ok);
  });

  it('says what differs after one id in the pool file is changed', async () => {
    const { recordPath, csvPath, dir } = publish();
    const changed = join(dir, 'changed.csv');
    writeFileSync(changed, formatPoolCsv(pool.map((e) => (e.id === 'T0007' ? { ...e, id: 'T0007X' } : e))));
    const result = await run('verify-draw', recordPath, changed);
    expect(result.code).toBe(EXIT.invalid);
    expect(result.out).toMatch(/^INVALID: /);
    expect(result.out).toMatch(/\[pool-digest\]/);
    void csvPath;
  });

  it('reports JSON for scripts', async () => {
    const { recordPath, csvPath } = publish();
    const result = await run('verify-draw', recordPath, csvPath, '--json');
    expect(JSON.parse(result.out)).toMatchObject({ valid: true, problems: [] });
  });

  it('gives a clear message and exit code 3 for a missing or malformed file', async () => {
    const { recordPath, dir } = publish();
    const missing = await run('verify-draw', join(dir, 'nope.json'), join(dir, 'pool.csv'));
    expect(missing.code).toBe(EXIT.input);
    expect(missing.err).toMatch(/nope\.json: no such file/);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'name,stratum\nx,A\n');
    const malformed = await run('verify-draw', recordPath, bad);
    expect(malformed.code).toBe(EXIT.input);
    expect(malformed.err).toMatch(/line 1: the header must name an "id" column/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{');
    expect((await run('verify-draw', notJson, bad)).err).toMatch(/not valid JSON/);
  });

  it('explains usage with exit code 2', async () => {
    expect((await run()).code).toBe(EXIT.usage);
    expect((await run('verify-draw')).code).toBe(EXIT.usage);
    expect((await run('frobnicate')).err).toMatch(/unknown command "frobnicate"/);
    expect((await run('--help')).code).toBe(EXIT.ok);
  });
});

describe('shuangsuiji workday and deadline', () => {
  it('answers working-day questions from the official schedule', async () => {
    expect((await run('workday', '2026-02-14')).out).toMatch(/2026-02-14: working day \(makeup-workday/);
    expect((await run('workday', '2025-10-04')).out).toMatch(/day off \(holiday/);
    expect((await run('deadline', '2025-01-20', '20')).out).toBe(
      '20 working days from 2025-01-20: due 2025-02-21\n',
    );
    expect(JSON.parse((await run('deadline', '2026-09-18', '10', '--json')).out)).toMatchObject({
      due: '2026-10-09',
    });
  });

  it('rejects a bad date with exit code 3 and a bad count with exit code 2', async () => {
    const bad = await run('workday', '2025-02-30');
    expect(bad.code).toBe(EXIT.input);
    expect(bad.err).toMatch(/YYYY-MM-DD/);
    expect((await run('deadline', '2025-01-20', 'twenty')).code).toBe(EXIT.usage);
  });
});
