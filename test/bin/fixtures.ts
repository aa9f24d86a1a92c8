/**
 * Published draws and their pool files, written to a temporary folder, for the command-line tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatPoolCsv } from '../../bin/pool-file.js';
import { commitDraw, type DrawRecord, type PoolEntry, revealDraw } from '../../src/draw/index.js';

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'ssj-cli-'));

/** 200 targets: every fifth in stratum C, the rest in A. */
export const POOL: readonly PoolEntry[] = Array.from({ length: 200 }, (_, i) => ({
  id: `T${String(i).padStart(4, '0')}`,
  stratum: i % 5 === 0 ? 'C' : 'A',
}));

/** Commits to the pool and reveals dice throws: the record a ceremony publishes. */
export function drawOn(pool: readonly PoolEntry[], ratio = 0.05): DrawRecord {
  const commitment = commitDraw({
    pool: [...pool],
    sample: { strata: { A: { ratio }, C: { count: 3 } } },
    randomness: [{ kind: 'dice', event: 'the public ceremony of 2026-03-02', dice: 6, faces: 6 }],
  });
  return revealDraw(commitment, [...pool], ['3 6 1 4 2 5']);
}

/** Writes a file into the folder and returns its path. */
export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A published draw on {@link POOL}, with the pool as CSV and as JSON Lines. */
export function publish(): { dir: string; recordPath: string; csvPath: string; jsonlPath: string } {
  const dir = tempDir();
  return {
    dir,
    recordPath: write(dir, 'record.json', JSON.stringify(drawOn(POOL))),
    csvPath: write(dir, 'pool.csv', formatPoolCsv(POOL)),
    jsonlPath: write(dir, 'pool.jsonl', POOL.map((e) => JSON.stringify(e)).join('\n')),
  };
}

let gbk: Map<string, number[]> | undefined;

/**
 * Encodes text as GBK (what Excel in China writes): the table is the WHATWG GBK decoder run over every
 * two-byte code, inverted. ASCII stays as it is.
 */
export function encodeGbk(source: string): Uint8Array {
  if (gbk === undefined) {
    gbk = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbk.has(char)) gbk.set(char, [lead, trail]);
      }
  }
  const table = gbk;
  return new Uint8Array(
    [...source].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = table.get(c);
      if (bytes === undefined) throw new Error(`no GBK code for ${c}`);
      return bytes;
    }),
  );
}
