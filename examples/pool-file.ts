/**
 * Reading a published pool file (检查对象名录文件): RFC 4180 CSV with quoted commas and newlines, JSON Lines,
 * and GBK bytes from a spreadsheet export — and a file that is not valid UTF-8, refused with where it breaks.
 *
 * Run: `npx tsx examples/pool-file.ts`
 */
import { pathToFileURL } from 'node:url';
import { isSsjError } from '../src/core/index.js';
import { formatPoolCsv, parsePoolFile } from '../src/draw/index.js';

/** Reads the same three entries from CSV, JSON Lines and GBK, and shows the refusal of broken UTF-8. */
export function main(): string[] {
  const lines: string[] = [];
  // #region parse
  const csv = 'id,stratum,name\n91150621MA0Q5XKD7B,A,"达拉特旗某某餐饮店, 分店"\n"Shop ""A""\nAnnex",B,x\n';
  const fromCsv = parsePoolFile(csv, { name: 'pool.csv' });
  const fromJsonl = parsePoolFile(
    '{"id":"91150621MA0Q5XKD7B","stratum":"A"}\n{"id":"Shop \\"A\\"\\nAnnex","stratum":"B"}\n',
  );
  // GBK bytes of "id\n达拉特旗\n", as a spreadsheet in a Chinese locale saves them.
  const gbk = new Uint8Array([0x69, 0x64, 0x0a, 0xb4, 0xef, 0xc0, 0xad, 0xcc, 0xd8, 0xc6, 0xec, 0x0a]);
  const fromGbk = parsePoolFile(gbk, { format: 'csv', encoding: 'gbk' });
  // #endregion parse
  lines.push(`csv: ${JSON.stringify(fromCsv)}`);
  lines.push(`jsonl equals csv: ${JSON.stringify(fromJsonl) === JSON.stringify(fromCsv)}`);
  lines.push(`gbk: ${JSON.stringify(fromGbk)}`);
  try {
    parsePoolFile(new Uint8Array([0x69, 0x64, 0x0a, 0x61, 0xff, 0x0a]), { format: 'csv' });
  } catch (error) {
    if (isSsjError(error)) lines.push(`${error.code}: ${error.message}`);
  }
  // #region format
  const text = formatPoolCsv(fromCsv);
  // #endregion format
  lines.push(
    `round trip: ${JSON.stringify(parsePoolFile(text, { format: 'csv' })) === JSON.stringify(fromCsv)}`,
  );
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
