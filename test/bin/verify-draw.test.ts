import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPoolCsv } from '../../bin/pool-file.js';
import type { DrawRecord, PoolEntry } from '../../src/draw/index.js';
import { drawOn, encodeGbk, POOL, publish, tempDir, write } from './fixtures.js';
import { cli, cliIntoClosedPipe } from './run-cli.js';

const readRecordDigest = (path: string): string =>
  (JSON.parse(readFileSync(path, 'utf8')) as DrawRecord).commitment?.digest ?? '';

describe('shuangsuiji verify-draw', () => {
  it('says valid for a published record and its pool, in CSV or JSON Lines', async () => {
    const { recordPath, csvPath, jsonlPath } = publish();
    const csv = await cli(['verify-draw', recordPath, csvPath]);
    expect(csv).toMatchObject({ code: 0, err: '' });
    expect(csv.out.split('\n').slice(0, 5)).toEqual([
      'valid: the draw re-runs to the same record (11 selected, pool 200)',
      `commitment: ${readRecordDigest(recordPath)}`,
      '  not compared: check that this digest was published before the randomness existed (give it with --commitment)',
      'randomness 1: 361425',
      '  source: 6 dice of 6 faces thrown at the public ceremony of 2026-03-02 (not checked: compare it with what its source published)',
    ]);
    expect((await cli(['verify-draw', recordPath, jsonlPath])).code).toBe(0);
  });

  it('says what differs, with exit code 1, after one id in the pool file is changed', async () => {
    const { recordPath, dir } = publish();
    const changed = write(
      dir,
      'changed.csv',
      formatPoolCsv(POOL.map((e) => (e.id === 'T0007' ? { ...e, id: 'T0007X' } : e))),
    );
    const result = await cli(['verify-draw', recordPath, changed]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^INVALID: \d+ problem\(s\)\n/);
    expect(result.out).toMatch(/\[pool-digest\]/);
  });

  it('reports JSON for scripts', async () => {
    const { recordPath, csvPath } = publish();
    const result = await cli(['verify-draw', recordPath, csvPath, '--json']);
    expect(JSON.parse(result.out)).toMatchObject({ valid: true, problems: [] });
  });

  it('names a missing file, a pool without an id column and a record that is not JSON, with exit code 3', async () => {
    const { recordPath, csvPath, dir } = publish();
    const missing = await cli(['verify-draw', `${dir}/nope.json`, csvPath]);
    expect(missing).toMatchObject({ code: 3, out: '' });
    expect(missing.err).toBe(`error: ${dir}/nope.json: no such file\n`);
    const noId = await cli(['verify-draw', recordPath, write(dir, 'bad.csv', 'name,stratum\nx,A\n')]);
    expect(noId.code).toBe(3);
    expect(noId.err).toMatch(/bad\.csv: line 1: the header names no id column/);
    const notJson = await cli(['verify-draw', write(dir, 'not.json', '{'), csvPath]);
    expect(notJson.code).toBe(3);
    expect(notJson.err).toMatch(/not\.json: not valid JSON/);
  });

  it('refuses a record that is not a draw record with exit code 3 and no JavaScript internals', async () => {
    const { csvPath, dir } = publish();
    for (const content of ['null', '[]', '{}', '{"algorithm":"ssj-draw/1","selected":5}']) {
      const result = await cli(['verify-draw', write(dir, 'odd.json', content), csvPath]);
      expect(result.code, content).toBe(3);
      expect(result.err, content).toMatch(/^error: .*odd\.json: not a (well-formed )?draw record/);
      expect(result.err, content).not.toMatch(/Cannot destructure|TypeError|at .*\.js:\d+/);
    }
  });

  it('reads header names in any case, and the Chinese headers of the target import', async () => {
    const { recordPath, dir } = publish();
    const rows = POOL.map((e) => `${e.id},${e.stratum}`).join('\n');
    for (const header of ['ID,Stratum', ' Id , STRATUM ', '统一社会信用代码,信用风险分类', '对象编号,分层']) {
      const pool = write(dir, 'headers.csv', `${header}\n${rows}\n`);
      expect((await cli(['verify-draw', recordPath, pool])).code, header).toBe(0);
    }
    const twice = await cli([
      'verify-draw',
      recordPath,
      write(dir, 'twice.csv', `id,对象编号\nT0001,T0001\n`),
    ]);
    expect(twice.code).toBe(3);
    expect(twice.err).toMatch(/more than one column names the id: id, 对象编号/);
  });
});

describe('shuangsuiji verify-draw --encoding', () => {
  const chinese: PoolEntry[] = Array.from({ length: 120 }, (_, i) => ({
    id: `达拉特旗餐饮店${i}号`,
    stratum: i % 4 === 0 ? 'C' : 'A',
  }));
  const csv = `统一社会信用代码,信用风险分类\n${chinese.map((e) => `${e.id},${e.stratum}`).join('\r\n')}\r\n`;

  it('knows the GBK bytes Excel writes', () => {
    expect([...encodeGbk('你好')]).toEqual([0xc4, 0xe3, 0xba, 0xc3]);
  });

  it('verifies a draw on a GBK pool file read with --encoding gbk (or gb18030)', async () => {
    const dir = tempDir();
    const record = write(dir, 'record.json', JSON.stringify(drawOn(chinese, 0.1)));
    const pool = write(dir, 'pool-gbk.csv', encodeGbk(csv));
    const result = await cli(['verify-draw', record, pool, '--encoding', 'gbk']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^valid: .*pool 120\)/);
    expect((await cli(['verify-draw', record, pool, '--encoding=gb18030'])).code).toBe(0);
  });

  it('names invalid UTF-8 with its line and suggests --encoding gbk, exit code 3', async () => {
    const dir = tempDir();
    const record = write(dir, 'record.json', JSON.stringify(drawOn(chinese, 0.1)));
    const pool = write(dir, 'pool-gbk.csv', encodeGbk(csv));
    const result = await cli(['verify-draw', record, pool]);
    expect(result.code).toBe(3);
    // 统一 in GBK (CD B3 D2 BB) happens to be well-formed UTF-8; 社 (C9 E7) is not: C9 wants a continuation byte.
    expect(result.err).toBe(
      `error: ${pool}: line 1 is not valid UTF-8 (byte 0xC9 at offset 4); if Excel saved it as GBK, add --encoding gbk\n`,
    );
    const zh = await cli(['verify-draw', record, pool, '--lang', 'zh']);
    expect(zh.err).toMatch(/^错误：.*第 1 行不是有效的 UTF-8.*--encoding gbk/);
  });

  it('finds the bad byte on a later line', async () => {
    const dir = tempDir();
    const { recordPath } = publish();
    const bytes = new Uint8Array([...new TextEncoder().encode('id,stratum\nT0001,A\nT0002,'), 0xc4, 0x0a]);
    const result = await cli(['verify-draw', recordPath, write(dir, 'late.csv', bytes), '--json']);
    expect(result.code).toBe(3);
    expect(JSON.parse(result.out)).toMatchObject({
      error: { exit: 3, code: 'invalid-utf8', line: 3, offset: 25, encoding: 'utf-8' },
    });
  });

  it('refuses an encoding it does not know, with exit code 2', async () => {
    const { recordPath, csvPath } = publish();
    const result = await cli(['verify-draw', recordPath, csvPath, '--encoding', 'latin1']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--encoding must be one of utf-8, gbk, gb18030, got "latin1"/);
  });
});

describe('shuangsuiji verify-draw on a large pool', () => {
  const big: PoolEntry[] = Array.from({ length: 100_500 }, (_, i) => ({ id: `B${i}`, stratum: 'A' }));

  it('reports progress on stderr for a pool over 100,000 entries, and only the result on stdout', async () => {
    const dir = tempDir();
    const record = write(dir, 'record.json', JSON.stringify(drawOn(big, 0.01)));
    const pool = write(dir, 'big.csv', formatPoolCsv(big));
    const result = await cli(['verify-draw', record, pool]);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe(
      'valid: the draw re-runs to the same record (1005 selected, pool 100500)',
    );
    expect(result.err).toMatch(/^verifying pool entries: 0 \/ 100,500\n/);
    expect(result.err).toMatch(/verifying pool entries: 100,500 \/ 100,500\n$/);
  });

  it('ends quietly, with its own exit code, when the reader closes the pipe (| head)', async () => {
    const dir = tempDir();
    const record = write(dir, 'record.json', JSON.stringify(drawOn(big, 0.05)));
    // Another pool: every one of the 5,025 selections is reported, far more than one pipe buffer.
    const other = write(dir, 'other.csv', formatPoolCsv(big.map((e) => ({ ...e, id: `${e.id}x` }))));
    const result = await cliIntoClosedPipe(['verify-draw', record, other]);
    expect(result.out).toMatch(/^INVALID: /);
    expect(result.code).toBe(1);
    expect(result.err).not.toMatch(/EPIPE|Error|at /);
  });
});
