/**
 * Reading input files (读取输入): bytes, text in a named encoding, JSON. Every failure is a `CliError` with exit 3
 * that names the file and what was wrong; invalid UTF-8 is found and named with its line, and a hint to the GBK
 * that Excel in China often writes.
 */
import { readFileSync } from 'node:fs';
import { firstInvalidUtf8 } from '../../src/draw/pool-file-decode.js';
import type { OptionSpec } from './command.js';
import { inputError } from './exit.js';
import { text } from './text.js';

/** The encodings a text input may have. */
export const ENCODINGS = ['utf-8', 'gbk', 'gb18030'] as const;

/** An encoding a text input may have. */
export type Encoding = (typeof ENCODINGS)[number];

/** The `--encoding` option, for commands that read tables. */
export const ENCODING_OPTION = {
  type: 'string',
  value: 'name',
  choices: ENCODINGS,
  help: text('文件编码：utf-8（默认）、gbk、gb18030', 'encoding of the file: utf-8 (default), gbk, gb18030'),
} as const satisfies OptionSpec;

/** Reads a whole file. @throws CliError (exit 3) when it is missing or cannot be read */
export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    if (code === 'ENOENT')
      throw inputError('file-missing', text(`${path}：文件不存在`, `${path}: no such file`));
    throw inputError(
      'file-unreadable',
      text(`${path}：无法读取（${code}）`, `${path}: cannot be read (${code})`),
    );
  }
}

const lineAt = (bytes: Uint8Array, offset: number) =>
  bytes.subarray(0, offset).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);

/**
 * Decodes a file's bytes. UTF-8 (the default) must be well formed: the first bad byte is named with its line.
 * A byte order mark is dropped.
 *
 * @throws CliError (exit 3) for bytes that are not valid in the encoding
 */
export function decodeText(path: string, bytes: Uint8Array, encoding: Encoding = 'utf-8'): string {
  if (encoding === 'utf-8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const line = lineAt(bytes, bad);
      const byte = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
      throw inputError(
        'invalid-utf8',
        text(
          `${path}：第 ${line} 行不是有效的 UTF-8（字节偏移 ${bad} 处为 0x${byte}）；若文件由 Excel 以 GBK 保存，请加 --encoding gbk`,
          `${path}: line ${line} is not valid UTF-8 (byte 0x${byte} at offset ${bad}); if Excel saved it as GBK, add --encoding gbk`,
        ),
        { line, offset: bad, encoding },
      );
    }
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const name = encoding.toUpperCase();
    throw inputError(
      'invalid-encoding',
      text(
        `${path}：含有 ${name} 中无效的字节；请检查 --encoding`,
        `${path}: has bytes that are not valid ${name}; check --encoding`,
      ),
      { encoding },
    );
  }
}

/** Reads a text file in the encoding. @throws CliError (exit 3) */
export const readText = (path: string, encoding: Encoding = 'utf-8'): string =>
  decodeText(path, readBytes(path), encoding);

/** Reads a JSON file (UTF-8). @throws CliError (exit 3) when missing, unreadable or not JSON */
export function readJson(path: string): unknown {
  const source = readText(path);
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw inputError(
      'bad-json',
      text(`${path}：不是有效的 JSON（${why}）`, `${path}: not valid JSON (${why})`),
    );
  }
}
