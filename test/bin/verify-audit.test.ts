import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/core/index.js';
import { type AuditEvent, appendAudit } from '../../src/workflow/index.js';
import { tempDir, write } from './fixtures.js';
import { cli } from './run-cli.js';

function chain(n: number): readonly AuditEvent[] {
  let log: readonly AuditEvent[] = [];
  for (let i = 1; i <= n; i++)
    log = appendAudit(log, {
      at: parseInstant(`2026-03-0${i}T09:00:00+08:00`),
      actor: 'samr-dalate',
      type: i === 1 ? 'task.created' : 'task.step',
      subject: 'task_2026_001',
      payload: { step: i },
    });
  return log;
}

const log = chain(4);
const last = log[3] as AuditEvent;
const third = log[2] as AuditEvent;

describe('shuangsuiji verify-audit', () => {
  it('says valid and prints the head to keep, for a JSON array or JSON Lines', async () => {
    const dir = tempDir();
    const result = await cli(['verify-audit', write(dir, 'log.json', JSON.stringify(log))]);
    expect(result).toEqual({
      code: 0,
      out: `valid: 4 events, the chain is intact; head 4:${last.hash}\n`,
      err: '',
    });
    const lines = write(dir, 'log.jsonl', log.map((e) => JSON.stringify(e)).join('\n'));
    expect((await cli(['verify-audit', lines, '--lang', 'zh'])).out).toBe(
      `有效：4 条事件，链条完整；最新摘要 4:${last.hash}\n`,
    );
  });

  it('finds an altered event, with exit code 1', async () => {
    const altered = log.map((e) => (e.seq === 2 ? { ...e, actor: 'someone-else' } : e));
    const result = await cli(['verify-audit', write(tempDir(), 'log.json', JSON.stringify(altered))]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('INVALID: 1 problem(s)\n  - #1 (seq 2) altered: Event #1 (seq 2) was altered\n');
  });

  it('finds events cut off the end only with the head recorded earlier', async () => {
    const cut = write(tempDir(), 'cut.json', JSON.stringify(log.slice(0, 3)));
    expect((await cli(['verify-audit', cut])).code).toBe(0);
    const byHash = await cli(['verify-audit', cut, '--head', last.hash]);
    expect(byHash.code).toBe(1);
    expect(byHash.out).toMatch(
      /not the head recorded earlier: No event of the log has the recorded head hash/,
    );
    const bySeq = await cli(['verify-audit', cut, '--head', `4:${last.hash}`, '--json']);
    expect(bySeq.code).toBe(1);
    expect(JSON.parse(bySeq.out)).toMatchObject({
      valid: false,
      problems: [{ kind: 'head-mismatch', seq: 4 }],
      head: { seq: 3, hash: third.hash },
    });
    expect((await cli(['verify-audit', cut, '--head', third.hash])).code).toBe(0);
  });

  it('refuses a head that is not a hash (exit 2) and a file that is not an audit log (exit 3)', async () => {
    const dir = tempDir();
    const path = write(dir, 'log.json', JSON.stringify(log));
    const badHead = await cli(['verify-audit', path, '--head', 'abc']);
    expect(badHead.code).toBe(2);
    expect(badHead.err).toMatch(/^error: --head must be a 64-hex-digit hash, or <seq>:<hash>, got "abc"/);
    const object = await cli(['verify-audit', write(dir, 'object.json', '{"events":[]}')]);
    expect(object.code).toBe(3);
    expect(object.err).toMatch(/an audit log is a JSON array of events, or JSON Lines/);
    const blanked = log.map((e) => (e.seq === 3 ? { ...e, hash: '' } : e));
    const malformed = await cli(['verify-audit', write(dir, 'blank.json', JSON.stringify(blanked))]);
    expect(malformed.code).toBe(3);
    expect(malformed.err).toMatch(/not a well-formed audit log \(Event #2 is not a well-formed event\)/);
    const notJson = await cli(['verify-audit', write(dir, 'bad.jsonl', '{"seq":1}\n{')]);
    expect(notJson.code).toBe(3);
    expect(notJson.err).toMatch(/bad\.jsonl: not valid JSON/);
  });
});
