import { createHash } from 'node:crypto';

/**
 * `ssj-directory/3` and `/4` as docs/directories.md specifies them, written from the spec with node:crypto and
 * Buffer, sharing no code with the library: the encoding of a JSON value, and the digest of a directory.
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

const text = (s: string, add = 0) => Buffer.concat([uleb(s.length + add), wtf8(s)]);

/** The key table of version 4, copied from the specification. */
const KEY_TABLE =
  'abnormal active creditAsOf creditClass history id industry kind name region scale status tags date department items result taskId'.split(
    ' ',
  );
const keyV3 = (k: string) => text(k);
const keyV4 = (k: string) => (KEY_TABLE.includes(k) ? uleb(KEY_TABLE.indexOf(k)) : text(k, KEY_TABLE.length));

/** The version 3 encoding of a JSON value (objects' `undefined` members left out). */
export const referenceEncode = (v: unknown): Buffer => encodeWith(v, keyV3);
/** The version 4 encoding of a JSON value. */
export const referenceEncodeV4 = (v: unknown): Buffer => encodeWith(v, keyV4);

function encodeWith(v: unknown, key: (k: string) => Buffer): Buffer {
  if (v === null) return Buffer.from([0]);
  if (v === false || v === true) return Buffer.from([v ? 2 : 1]);
  if (typeof v === 'number') {
    const b = Buffer.alloc(9);
    b[0] = 3;
    b.writeDoubleBE(Object.is(v, -0) ? 0 : v, 1);
    return b;
  }
  if (typeof v === 'string') return Buffer.concat([Buffer.from([4]), text(v)]);
  if (Array.isArray(v))
    return Buffer.concat([Buffer.from([5]), uleb(v.length), ...v.map((x) => encodeWith(x, key))]);
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return Buffer.concat([
    Buffer.from([6]),
    uleb(keys.length),
    ...keys.flatMap((k) => [key(k), encodeWith(o[k], key)]),
  ]);
}

/** Whether an entry hash closes its bucket: ten zero bits first. */
export const referenceCloses = (h: Buffer) => h[0] === 0 && (h[1] as number) < 0x40;

type Directory = [
  kind: 'targets' | 'inspectors',
  entries: readonly { readonly id: string }[],
  conflicts?: object[],
];

/** The `ssj-directory/3` digest of a directory. */
export const referenceDigestV3 = (...d: Directory): string => digestWith(3, referenceEncode, ...d);
/** The `ssj-directory/4` digest of a directory. */
export const referenceDigestV4 = (...d: Directory): string => digestWith(4, referenceEncodeV4, ...d);

function digestWith(
  version: 3 | 4,
  encode: (v: unknown) => Buffer,
  kind: 'targets' | 'inspectors',
  entries: readonly { readonly id: string }[],
  conflicts: readonly object[] = [],
): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const buckets: Buffer[] = [];
  let bucket: Buffer[] = [];
  for (const e of sorted) {
    const h = sha(encode(e));
    bucket.push(h);
    if (referenceCloses(h)) {
      buckets.push(sha(Buffer.concat(bucket)));
      bucket = [];
    }
  }
  if (bucket.length > 0) buckets.push(sha(Buffer.concat(bucket)));
  const parts = [Buffer.from(`ssj-directory/${version}\n${kind}\n${sorted.length}\n`), ...buckets];
  if (kind === 'inspectors')
    parts.push(
      Buffer.from(`conflicts\n${conflicts.length}\n`),
      ...conflicts.map(encode).sort(Buffer.compare),
    );
  return sha(Buffer.concat(parts)).toString('hex');
}
