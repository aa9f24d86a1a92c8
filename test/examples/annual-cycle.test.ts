import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '../../bin/cli.js';
import { parsePoolFile } from '../../bin/pool-file.js';
import { ARTEFACT_FILES } from '../../examples/annual-cycle/artefacts.js';
import { type DemoResult, main } from '../../examples/annual-cycle.js';
import { createWorkCalendar } from '../../src/calendar/index.js';
import { parseIsoDate } from '../../src/core/index.js';
import type { DrawCommitment, DrawRecord } from '../../src/draw/index.js';
import { verifyDraw } from '../../src/draw/index.js';
import { type AuditEvent, resultDueDate, verifyAuditLog, WORKFLOW_RULES } from '../../src/workflow/index.js';

const quiet = { print: () => {}, progress: () => {} };
const read = (dir: string, name: string) => readFile(join(dir, name), 'utf8');

describe('examples/annual-cycle.ts (npm run demo)', () => {
  let dirs: string[] = [];
  let first: DemoResult;
  let second: DemoResult;

  beforeAll(async () => {
    dirs = await Promise.all([1, 2].map(() => mkdtemp(join(tmpdir(), 'ssj-demo-'))));
    first = await main({ ...quiet, outDir: dirs[0] as string });
    second = await main({ ...quiet, outDir: dirs[1] as string });
  });
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('walks every step of the cycle, in order', () => {
    const headings = first.output.split('\n').filter((l) => l.startsWith('== '));
    expect(headings.map((h) => h.split(' ')[1])).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
      '9.',
      '10.',
      '11.',
      '12.',
      '13.',
      '14.',
      '15.',
    ]);
    for (const key of [
      '一单',
      '年度抽查计划',
      '抽取承诺',
      '公开抽取',
      '预查',
      '进一次门、查多项事',
      '全程留痕',
      '年度检查频次上限',
      '问责',
    ])
      expect(first.output).toContain(key);
  });

  it('enters a revised checklist within 10 working days and states the plan deadlines of the year', () => {
    expect(first.output).toContain('entry deadline: 2025-03-28 (10 working days after 2025-03-14');
    expect(first.output).toContain(
      'department plan made: by 2025-02-05 — 规定期限为月底 2025-01-31，当日休息，顺延至下一个工作日 · the rule says the month end 2025-01-31, a day off, so the deadline moves to the next working day',
    );
    expect(first.output).toMatch(
      /dp-2025-samr: 公示 published on 2025-01-20, deadline 2025-02-05: 按时 on time; 备案 filed on 2025-02-26, deadline 2025-02-28: 按时 on time/,
    );
    expect(first.output).toContain('plans filed: by 2025-02-28');
    expect(first.output).toContain('joint plan published: by 2025-03-31');
  });

  it('gives every code it prints with its Chinese and English words', () => {
    for (const words of [
      'task task_1: follow-up-closed（后续处置已办结 · follow-up closed）',
      '→ no-finding（不涉及免责或问责 · no finding）',
      '→ exempt（免责 · exempt）',
      'frequency-cap（已达抽查频次上限 · at its inspection frequency cap）',
      'no-valid-certificate（无有效执法证 · no valid enforcement certificate）',
      'order-correction（责令改正 · ordered to correct）',
    ])
      expect(first.output).toContain(words);
    expect(first.output).not.toMatch(/(→ |task \S+: )(no-finding|exempt|accountable|follow-up-closed)$/m);
  });

  it('draws on a directory of 20,000 targets, verifies the draw and replaces the deregistered target', () => {
    expect(first.output).toMatch(/targets: 20000 \(of which 达拉特旗 150621: \d+\)/);
    expect(first.output).toMatch(/^ {2}commitment digest [0-9a-f]{64}$/m);
    expect(first.output).toContain('verifyDraw against the published digest: valid (matched)');
    expect(first.output).toContain('randomness: 福彩3D 第2025110期: 3 number(s) 0–9, in drawn order');
    expect(first.output).toMatch(/found 注销 \(deregistered\) → replaced by \S+/);
    expect(first.output).toContain('verifyDraw after replacement: valid');
    expect(first.artefacts.record.replacements).toHaveLength(1);
  });

  it('saves two visits of every three by visiting jointly, and publishes exactly one target late', () => {
    const visits = first.artefacts.assignment.visits.length;
    expect(first.output).toContain(`${visits} joint visits instead of ${visits * 3} (saved ${visits * 2})`);
    const late = first.artefacts.announcement.records.filter((r) => !r.onTime);
    expect(new Set(late.map((r) => r.targetId)).size).toBe(1);
    for (const r of late) expect(r.publishedOn > r.dueOn).toBe(true);
    const calendar = createWorkCalendar();
    const ctx = { calendar, rules: WORKFLOW_RULES };
    for (const r of first.artefacts.announcement.records)
      expect(r.dueOn).toBe(resultDueDate(parseIsoDate(r.inspectionDate), ctx));
    expect(first.output).toMatch(/^ {2}逾期 overdue: /m);
  });

  it('puts the target unreachable at its registered address on the abnormal-operation list within 10 working days', () => {
    const line = first.output.split('\n').find((l) => l.includes('经营异常名录 abnormal-operation list'));
    const [, dueOn, foundOn] = line?.match(/by (\S+) \(unreachable since (\S+);/) ?? [];
    expect(dueOn).toBe(createWorkCalendar().addWorkdays(parseIsoDate(foundOn ?? ''), 10));
  });

  it('writes artefacts that verify: the draw from the pool file, the audit trail, the CLI says valid', async () => {
    const dir = dirs[0] as string;
    const record = JSON.parse(await read(dir, 'draw-record.json')) as DrawRecord;
    const pool = parsePoolFile(await read(dir, 'pool.csv'), { name: 'pool.csv' });
    expect((await read(dir, 'pool.csv')).split('\n')[0]).toBe('id,stratum');
    expect(verifyDraw(record, pool).valid).toBe(true);
    const commitment = JSON.parse(await read(dir, 'commitment.json')) as DrawCommitment;
    expect(record.commitment?.digest).toBe(commitment.digest);
    const events = JSON.parse(await read(dir, 'audit-log.json')) as AuditEvent[];
    expect(verifyAuditLog(events).valid).toBe(true);
    const chunks: string[] = [];
    const io = { stdout: (s: string) => chunks.push(s), stderr: (s: string) => chunks.push(s) };
    const code = await cli(['verify-draw', join(dir, 'draw-record.json'), join(dir, 'pool.csv')], io);
    expect(chunks.join('')).toMatch(/^valid/);
    expect(code).toBe(0);
  });

  it('publishes what an outsider needs: verify-draw with the published digest and verify-assignment exit 0', async () => {
    const dir = dirs[0] as string;
    const run = async (args: string[]) => {
      const chunks: string[] = [];
      const io = { stdout: (s: string) => chunks.push(s), stderr: (s: string) => chunks.push(s) };
      return { code: await cli(args, io), out: chunks.join('') };
    };
    const digest = first.artefacts.commitment.digest;
    const draw = await run([
      'verify-draw',
      join(dir, 'draw-record.json'),
      join(dir, 'pool.csv'),
      '--commitment',
      digest,
    ]);
    expect(draw.out).toContain(`commitment: ${digest} (matches the published digest)`);
    expect(draw.code).toBe(0);
    const other = await run([
      'verify-draw',
      join(dir, 'draw-record.json'),
      join(dir, 'pool.csv'),
      '--commitment',
      'ab'.repeat(32),
    ]);
    expect(other.code).toBe(1);
    const files = ['assignment.json', 'inspectors.json', 'assignment-targets.json'].map((f) => join(dir, f));
    const assignment = await run(['verify-assignment', ...files, '--draw', join(dir, 'draw-record.json')]);
    expect(assignment.out).toMatch(/^valid: the assignment replays to the same record/);
    expect(assignment.code).toBe(0);
    const inspectors = JSON.parse(await read(dir, 'inspectors.json')) as {
      certificates: { validTo: string }[];
    }[];
    const expired = inspectors.map((p, i) =>
      i === 0 ? { ...p, certificates: p.certificates.map((c) => ({ ...c, validTo: '2000-01-01' })) } : p,
    );
    const forged = join(dir, 'inspectors-forged.json');
    await writeFile(forged, JSON.stringify(expired));
    const bad = await run(['verify-assignment', files[0] as string, forged, files[2] as string]);
    expect(bad.code).toBe(1);
  });

  it('a published record with one drawn target swapped no longer verifies', async () => {
    const dir = dirs[0] as string;
    const record = JSON.parse(await read(dir, 'draw-record.json')) as DrawRecord;
    const pool = parsePoolFile(await read(dir, 'pool.csv'), { name: 'pool.csv' });
    const outsider = pool.find((p) => !record.selected.some((s) => s.id === p.id))?.id ?? '';
    const swapped = {
      ...record,
      selected: record.selected.map((s, i) => (i === 0 ? { ...s, id: outsider } : s)),
    };
    expect(verifyDraw(swapped, pool).valid).toBe(false);
  });

  it('replays: two runs write byte-identical artefacts with equal digests', async () => {
    expect(second.artefacts.commitment.digest).toBe(first.artefacts.commitment.digest);
    expect(second.artefacts.record.digest).toBe(first.artefacts.record.digest);
    expect(second.artefacts.assignment.digest).toBe(first.artefacts.assignment.digest);
    expect(second.artefacts.audit.at(-1)?.hash).toBe(first.artefacts.audit.at(-1)?.hash);
    for (const name of ARTEFACT_FILES)
      expect(await read(dirs[1] as string, name), name).toBe(await read(dirs[0] as string, name));
  });

  it('excludes one enterprise two other departments already inspected this year, and a joint visit saves an inspection', () => {
    expect(first.output).toMatch(
      /^ {2}\S+ excluded \(inspection-cap\): used by yj-2025-031, jt-2025-044; one visit with 旗应急管理局、旗交通运输局 could carry the items instead$/m,
    );
    expect(first.output).toMatch(
      /the joint visit of 旗市场监管局、旗卫健委、消防救援支队 counts once, so it stays eligible/,
    );
    expect(first.output).toContain('the joint visit saved 2');
    expect(first.output).toContain('eligible for 生态环境局: 2 of 3');
  });

  it('reports accountability with grounds in Chinese and English', () => {
    expect(first.output).toMatch(/→ accountable（问责 · accountable）$/m);
    expect(first.output).toMatch(/→ exempt（免责 · exempt）$/m);
    expect(first.output).toContain('问责情形2');
    expect(first.output).toContain('Outcome: accountable');
  });
});

describe('docs/getting-started.md', () => {
  it('its first example runs as printed: the draw verifies and the results are due on 2025-06-04', async () => {
    const doc = await readFile(new URL('../../docs/getting-started.md', import.meta.url), 'utf8');
    const code = doc.match(/```ts\n([\s\S]*?)```/)?.[1] ?? '';
    expect(code).toContain('commitDraw');
    const src = new URL('../../src/', import.meta.url).href;
    const runnable = code.replace(
      /from 'shuangsuiji\/(\w+)'/g,
      (_, m: string) => `from '${src}${m}/index.ts'`,
    );
    const dir = await mkdtemp(join(tmpdir(), 'ssj-first-'));
    try {
      const file = join(dir, 'first.ts');
      await writeFile(file, runnable, 'utf8');
      const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^publish: [0-9a-f]{64}$/m);
      expect(run.stdout).toContain('valid: true');
      expect(run.stdout).toContain('results due: 2025-06-04');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
