import { createHash } from 'node:crypto';

/**
 * `ssj-directory/3` as docs/directories.md specifies it, written from the spec with node:crypto and Buffer, sharing
 * no code with the library: the encoding of a JSON value, and the digest of a directory.
 */

const sha = (data: Buffer) => createHash('sha256').update(data).digest();

function uleb(n: number): Buffer {
  const out: number[] = [];
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return Buffer.from(out);
}

/** UTF-8, with a lone surrogate as the three bytes of its code point. */
function wtf8(s: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    parts.push(
      cp >= 0xd800 && cp < 0xe000
        ? Buffer.from([0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)])
        : Buffer.from(ch, 'utf8'),
    );
  }
  return Buffer.concat(parts);
}

const text = (s: string) => Buffer.concat([uleb(s.length), wtf8(s)]);

/** The encoding of a JSON value (objects' `undefined` members left out). */
export function referenceEncode(v: unknown): Buffer {
  if (v === null) return Buffer.from([0]);
  if (v === false || v === true) return Buffer.from([v ? 2 : 1]);
  if (typeof v === 'number') {
    const b = Buffer.alloc(9);
    b[0] = 3;
    b.writeDoubleBE(Object.is(v, -0) ? 0 : v, 1);
    return b;
  }
  if (typeof v === 'string') return Buffer.concat([Buffer.from([4]), text(v)]);
  if (Array.isArray(v)) return Buffer.concat([Buffer.from([5]), uleb(v.length), ...v.map(referenceEncode)]);
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return Buffer.concat([
    Buffer.from([6]),
    uleb(keys.length),
    ...keys.flatMap((k) => [text(k), referenceEncode(o[k])]),
  ]);
}

/** Whether an entry hash closes its bucket: ten zero bits first. */
export const referenceCloses = (h: Buffer) => h[0] === 0 && (h[1] as number) < 0x40;

/** The `ssj-directory/3` digest of a directory. */
export function referenceDigestV3(
  kind: 'targets' | 'inspectors',
  entries: readonly { readonly id: string }[],
  conflicts: readonly object[] = [],
): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const buckets: Buffer[] = [];
  let bucket: Buffer[] = [];
  for (const e of sorted) {
    const h = sha(referenceEncode(e));
    bucket.push(h);
    if (referenceCloses(h)) {
      buckets.push(sha(Buffer.concat(bucket)));
      bucket = [];
    }
  }
  if (bucket.length > 0) buckets.push(sha(Buffer.concat(bucket)));
  const parts = [Buffer.from(`ssj-directory/3\n${kind}\n${sorted.length}\n`), ...buckets];
  if (kind === 'inspectors')
    parts.push(
      Buffer.from(`conflicts\n${conflicts.length}\n`),
      ...conflicts.map(referenceEncode).sort(Buffer.compare),
    );
  return sha(Buffer.concat(parts)).toString('hex');
}
