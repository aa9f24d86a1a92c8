/**
 * Hashing many short messages after one shared 64-byte prefix with a SHA-256 batch: the prefix is compressed
 * once, and each message costs one compression on the fastest core this runtime has.
 *
 * Run: `npx tsx examples/sha256-batch.ts`
 */
import { pathToFileURL } from 'node:url';
import { createSha256Batch, sha256Cores, sha256Hex, sha256Midstate, utf8 } from '../src/index.js';

export function main(): string[] {
  // #region cores
  const cores = sha256Cores(); // e.g. ['wasm-simd', 'wasm', 'typescript']
  // #endregion cores
  // #region batch
  const prefix = utf8('shuangsuiji example prefix, exactly sixty-four bytes long ......');
  const ids = ['91150621MA0Q5XKD7B', '91150621MA0Q5XKD8C', '91150621MA0Q5XKD9D'];
  const batch = createSha256Batch({ capacity: ids.length, states: 1 });
  batch.states.set(sha256Midstate(prefix).state, 0);
  ids.forEach((id, i) => {
    const bytes = utf8(id); // at most 55 bytes: one block with its padding
    const block = batch.blocks.subarray(i * 64, i * 64 + 64);
    block.fill(0);
    block.set(bytes);
    block[bytes.length] = 0x80;
    new DataView(block.buffer, block.byteOffset).setUint32(60, (64 + bytes.length) * 8);
    batch.lanes[i] = 0;
  });
  batch.run(ids.length);
  const hex = ids.map((_, i) =>
    Array.from(batch.out.subarray(i * 8, i * 8 + 8), (w) => (w >>> 0).toString(16).padStart(8, '0')).join(''),
  );
  // hex[i] === sha256Hex(prefix ‖ ids[i])
  // #endregion batch
  const check = ids.every((id, i) => hex[i] === sha256Hex(new Uint8Array([...prefix, ...utf8(id)])));
  return [`cores: ${cores.join(', ')}`, ...hex, `matches sha256: ${check}`];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(main().join('\n'));
