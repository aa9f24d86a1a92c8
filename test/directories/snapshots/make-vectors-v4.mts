/**
 * Writes the inputs of `vectors-v4.json`, the test vectors of the `ssj-directory/4` digest in docs/directories.md:
 * `npx tsx test/directories/snapshots/make-vectors-v4.mts && python3 test/directories/snapshots/check-vectors.py
 * docs/directories.md test/directories/snapshots/vectors-v4.json --write`. The expected digests are written by the
 * Python reference of the spec (hashlib only), never by the library, which `vectors-v4.test.ts` checks against them.
 * The inputs of version 3 are taken over (but the entries that close buckets, which depend on the encoding), and
 * entries whose keys test the key table's edges are added.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bucketClosers } from './vectors.js';

/** `{"id": id}` encoded as version 4 says (key `id` is index 5), for an ASCII id shorter than 128. */
const idOnly = (id: string) => Buffer.concat([Buffer.from([6, 1, 5, 4, id.length]), Buffer.from(id)]);
const closers = bucketClosers(idOnly);

const keys = [
  { id: 'k-table-keys-anywhere', nested: { id: 1, tags: [{ date: null, taskId: 'x' }] }, items: [] },
  { id: 'k-near-table-keys', Id: 1, 'id ': 2, ids: 3, tag: 4, taskid: 5, '': 6 },
  {
    id: 'k-key-lengths',
    ['k'.repeat(109)]: 'one length byte: 18 + 109 = 127',
    ['k'.repeat(110)]: 'two: 128',
  },
  { id: 'k-non-ascii-keys', 名称: '名', '😀': 1, '\ud800': 2, '\ue000': 3 },
  { id: 'k-target-with-extra-key', name: 'x', region: '150621', extra: true },
];

type Vector = { name: string; kind: string; entries: { id: string }[]; conflicts?: unknown[] };
const v3 = JSON.parse(readFileSync(new URL('./vectors-v3.json', import.meta.url), 'utf8')) as {
  vectors: (Vector & { expected: string })[];
};
const vectors: Vector[] = v3.vectors.map(({ expected: _, ...v }) =>
  v.name === 'buckets closed by entry hashes'
    ? {
        ...v,
        entries: ['a', closers[0], 'b', closers[1], closers[2], 'z'].map((id) => ({ id: id as string })),
      }
    : v,
);
vectors.splice(2, 0, { name: 'keys at the edges of the key table', kind: 'targets', entries: keys });
const file = new URL('./vectors-v4.json', import.meta.url);
writeFileSync(file, `${JSON.stringify({ algorithm: 'ssj-directory/4', vectors }, null, 1)}\n`);
