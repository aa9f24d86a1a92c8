/**
 * The small building blocks a verifier or a host reaches for: UTF-8 and hex, a SHA-256 midstate shared by many
 * inputs, a 统一社会信用代码 read into its parts, instants with an offset, and a clock that replays.
 *
 * Run: `npx tsx examples/bytes-and-codes.ts`
 */
import { pathToFileURL } from 'node:url';
import {
  fixedClock,
  fromHex,
  isInstant,
  isSsjError,
  safeParseUscc,
  sha256Midstate,
  toHex,
  utf8,
} from '../src/core/index.js';

/** Encodes, hashes from a midstate, reads a USCC, checks instants and ticks a fixed clock. */
export function main(): string[] {
  const lines: string[] = [];
  // #region hex
  const bytes = utf8('双随机'); // 9 bytes: 3 per character
  const hex = toHex(bytes); // 'e58f8ce99a8fe69cba'
  const back = fromHex(hex); // the same 9 bytes; fromHex('xyz') is undefined
  // #endregion hex
  lines.push(`${bytes.length} ${hex} ${back !== undefined && toHex(back) === hex} ${fromHex('xyz')}`);
  // #region midstate
  const prefix = new Uint8Array(64).fill(0x61); // one whole block: 64 × 'a'
  const midstate = sha256Midstate(prefix); // the state after compressing the block, for createSha256Batch
  // #endregion midstate
  let partial = 'accepted';
  try {
    sha256Midstate(new Uint8Array(63)); // not a whole block
  } catch (error) {
    partial = isSsjError(error) ? error.code : 'raw error';
  }
  lines.push(
    `midstate: ${midstate.prefixLength} bytes, ${midstate.state.length} words; 63 bytes: ${partial}`,
  );
  // #region uscc
  const parsed = safeParseUscc('91150621MA0Q5XKD7K');
  const region = parsed.success ? parsed.data.regionCode : undefined; // '150621'
  const broken = safeParseUscc('91150621MA0Q5XKD7B').success; // false: wrong check character
  // #endregion uscc
  lines.push(`uscc: ${region} ${broken}`);
  // #region instant
  const withOffset = isInstant('2025-01-20T09:30:00+08:00'); // true
  const withoutOffset = isInstant('2025-01-20T09:30:00'); // false: which zone would it be?
  // #endregion instant
  // #region clock
  const clock = fixedClock('2025-01-20T09:30:00+08:00', 60_000);
  const ticks = [clock(), clock()]; // 09:30, then 09:31
  // #endregion clock
  lines.push(`instant: ${withOffset} ${withoutOffset}`, `clock: ${ticks.join(' ')}`);
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(main().join('\n'));
}
