/**
 * Reads the dropped files in the worker, chunk by chunk so the progress bar moves, and decodes text: UTF-8 (with or
 * without a byte-order mark) when it is valid UTF-8, else GB18030, the superset of GBK that Chinese spreadsheet
 * software writes. Nothing leaves the browser.
 */
import type { EncodingChoice } from './protocol.js';

/** Something with a size and a byte stream: a `File` or `Blob`. */
export interface Readable {
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

/**
 * Reads every file whole, reporting the bytes read so far over all of them.
 *
 * @param files - the files, in order
 * @param onBytes - called with (bytes read, total bytes) after each chunk
 * @returns each file's bytes
 */
export async function readAll(
  files: readonly Readable[],
  onBytes: (done: number, total: number) => void,
): Promise<Uint8Array[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const out: Uint8Array[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(file.size);
    let at = 0;
    const reader = file.stream().getReader();
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      bytes.set(value.subarray(0, Math.max(0, bytes.length - at)), at);
      at += value.length;
      done += value.length;
      onBytes(done, total);
    }
    out.push(at === bytes.length ? bytes : bytes.subarray(0, Math.min(at, bytes.length)));
  }
  onBytes(total, total);
  return out;
}

/**
 * Decodes text as the reader chose, or detects it: valid UTF-8 is UTF-8, anything else is GB18030 (GBK).
 *
 * @param bytes - the file's bytes
 * @param choice - `auto`, `utf-8` or `gb18030`
 * @returns the text (without a byte-order mark) and the encoding used
 */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice): { text: string; encoding: string } {
  if (choice !== 'auto') return { text: new TextDecoder(choice).decode(bytes), encoding: choice };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
