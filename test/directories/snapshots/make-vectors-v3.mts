/**
 * Writes the inputs of `vectors-v3.json`, the test vectors of the `ssj-directory/3` digest in docs/directories.md:
 * `npx tsx test/directories/snapshots/make-vectors-v3.mts && python3 test/directories/snapshots/check-vectors.py
 * docs/directories.md test/directories/snapshots/vectors-v3.json --write`. The expected digests are written by the
 * Python reference of the spec (hashlib only), never by the library, which `vectors-v3.test.ts` checks against them.
 */
import { writeFileSync } from 'node:fs';
import type { InspectorId } from '../../../src/directories/index.js';
import { generateTargets } from '../../../src/testing/index.js';
import { inspector } from '../fixtures.js';
import { bucketClosers } from './vectors.js';

/** `{"id": id}` encoded as the spec says, for an ASCII id shorter than 128: to find entries that close a bucket. */
const idOnly = (id: string) =>
  Buffer.concat([Buffer.from([6, 1, 2]), Buffer.from('id'), Buffer.from([4, id.length]), Buffer.from(id)]);
const closers = bucketClosers(idOnly);

const edge = [
  { id: 'e-null', v: null, f: false, t: true, empty: {}, none: [] },
  { id: 'e-numbers', n: [0, 1, -1, 1.5, 0.1, 1e300, -2.5e-300, 9007199254740994, 123456789012, 5e-324] },
  {
    id: 'e-text',
    zh: '内蒙古自治区鄂尔多斯市达拉特旗',
    emoji: '😀 a\u0000"\\\n\u2028',
    lone: 'x\ud800y\udc00',
    tail: '\udbff',
  },
  { id: 'e-keys', '\ue000': 1, '😀': 2, B: 3, a: 4, '': 5, ab: { z: [], y: [{}] } },
  {
    id: 'e-long',
    ascii: 'x'.repeat(200),
    zh: '双'.repeat(50),
    many: Array.from({ length: 130 }, (_, i) => (i % 3 === 0 ? `s${i}` : i)),
  },
  { id: 'e-nested', deep: [[[['d']]], { a: { b: { c: null } } }] },
  { id: 'é-sorted-after-ascii', x: 'y' },
];

const inspectors = [
  inspector(),
  inspector({ id: 'samr-002' as InspectorId, name: '李强', active: false, specialties: [] }),
  inspector({
    id: 'expert-001' as InspectorId,
    name: '赵敏',
    role: 'expert',
    certificates: [],
    affiliation: { kind: 'research-institute', name: '内蒙古自治区产品质量检验研究院' },
  }),
];
const conflicts = [
  { inspectorId: 'samr-002', targetId: '91150621MA0N123456', reason: '近亲属任职' },
  { inspectorId: 'samr-001', targetId: '91150621MA0N654321', reason: '曾在该企业任职' },
  { inspectorId: 'samr-001', targetId: '91150621MA0N111111', reason: '利害关系' },
];

const vectors = [
  { name: 'generated targets', kind: 'targets', entries: generateTargets({ seed: 'vectors-v3', count: 40 }) },
  { name: 'values of every kind', kind: 'targets', entries: edge },
  {
    name: 'buckets closed by entry hashes',
    kind: 'targets',
    entries: ['a', closers[0], 'b', closers[1], closers[2], 'z'].map((id) => ({ id })),
  },
  { name: 'inspectors with conflicts', kind: 'inspectors', entries: inspectors, conflicts },
  { name: 'inspectors without conflicts', kind: 'inspectors', entries: inspectors, conflicts: [] },
  { name: 'an empty directory', kind: 'targets', entries: [] },
];
const file = new URL('./vectors-v3.json', import.meta.url);
writeFileSync(file, `${JSON.stringify({ algorithm: 'ssj-directory/3', vectors }, null, 1)}\n`);
