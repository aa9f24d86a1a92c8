import { describe, expect, it } from 'vitest';
import { encodeGbk, tempDir, write } from './fixtures.js';
import { cli } from './run-cli.js';

const GOOD = '91150602MA6RL1P008';
const CHINESE = [
  '统一社会信用代码,企业名称,对象类型,行政区划代码,行业代码,信用风险分类,分类日期,登记状态',
  `${GOOD},达拉特旗某商贸有限公司,企业,150602,F5221,D,2024/12/1,存续`,
  '123,"某某, 有限公司",企业,150602,F5221,D,2024/12/1,存续',
].join('\n');

describe('shuangsuiji check-import', () => {
  it('reads a GBK file with --encoding gbk and names each refused row by its line, column and id', async () => {
    const dir = tempDir();
    const file = write(dir, 'targets.csv', encodeGbk(CHINESE));
    const result = await cli(['check-import', 'targets', file, '--encoding', 'gbk']);
    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    const lines = result.out.trimEnd().split('\n');
    expect(lines[0]).toBe('targets: 1 row(s) import, 1 refused');
    expect(lines.slice(1).every((l) => l.startsWith('  - line 3 123: '))).toBe(true);
    expect(lines.some((l) => l.includes('统一社会信用代码'))).toBe(true);
  });

  // GBK 统一社 is CD B3 D2 BB C9 E7: the first four bytes happen to be UTF-8 (U+0373 U+04BB), C9 E7 is not.
  it('without --encoding, names the first byte that is not UTF-8 and hints at GBK (exit 3)', async () => {
    const file = write(tempDir(), 'targets.csv', encodeGbk(CHINESE));
    const result = await cli(['check-import', 'targets', file]);
    expect(result.code).toBe(3);
    expect(result.err).toMatch(
      /line 1 is not valid UTF-8 \(byte 0xC9 at offset 4\); if Excel saved it as GBK, add --encoding gbk/,
    );
  });

  it('accepts field names in any case, says so in Chinese, and exits 0 when every row imports', async () => {
    const file = write(
      tempDir(),
      'targets.csv',
      `ID,Name,KIND,Region,Industry,CreditClass,creditasof,STATUS\n${GOOD},某商贸有限公司,enterprise,150602,F5221,D,2024-12-01,operating\n`,
    );
    const result = await cli(['check-import', 'targets', file, '--lang', 'zh']);
    expect(result).toEqual({ code: 0, out: '检查对象：1 行可导入，0 行被拒绝\n', err: '' });
  });

  it('gives the rows as JSON with --json, and lists headers the import ignores', async () => {
    const dir = tempDir();
    const file = write(dir, 'p.csv', '人员编号,姓名,所属部门,备注\n,张三,市场监管局,x\n');
    const result = await cli(['check-import', 'inspectors', file, '--json']);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.out) as {
      accepted: number;
      rejected: { row: number; line: number; problems: { path: string[] }[] }[];
      unmappedHeaders: string[];
    };
    expect(parsed.accepted).toBe(0);
    expect(parsed.rejected.map((r) => [r.row, r.line])).toEqual([[2, 2]]);
    expect(parsed.rejected[0]?.problems.map((p) => p.path[0])).toContain('人员编号');
    expect(parsed.unmappedHeaders).toEqual(['备注']);
  });

  it('refuses an unknown list (exit 2) and a missing or empty file (exit 3), as JSON errors too', async () => {
    const dir = tempDir();
    expect((await cli(['check-import', 'shops', write(dir, 'a.csv', 'id\n')])).code).toBe(2);
    const missing = await cli(['check-import', 'targets', `${dir}/none.csv`, '--json']);
    expect(missing.code).toBe(3);
    expect(JSON.parse(missing.out)).toMatchObject({ error: { exit: 3, code: 'file-missing' } });
    expect((await cli(['check-import', 'targets', write(dir, 'e.csv', '')])).code).toBe(3);
  });
});
