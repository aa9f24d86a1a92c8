import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAND_NETWORKS } from '../../src/core/index.js';
import { commitDraw, type DrawRecord, drawTargets, revealDraw } from '../../src/draw/index.js';
import { beaconOf } from '../draw/fixture-beacons.js';
import { POOL, publish, write } from './fixtures.js';
import { cli } from './run-cli.js';

const digestOf = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as DrawRecord).commitment?.digest ?? '';

describe('shuangsuiji verify-draw --commitment and --allow-direct', () => {
  it('exits 0 with the published digest, and 1 naming the mismatch with any other digest', async () => {
    const { recordPath, csvPath } = publish();
    const ok = await cli(['verify-draw', recordPath, csvPath, '--commitment', digestOf(recordPath)]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`commitment: ${digestOf(recordPath)} (matches the published digest)`);
    const other = await cli(['verify-draw', recordPath, csvPath, '--commitment', 'ab'.repeat(32)]);
    expect(other.code).toBe(1);
    expect(other.out).toMatch(
      /\[commitment-anchor\] the record's commitment [0-9a-f]{64} is not the published a/,
    );
    expect(other.out).toContain('(NOT the published digest)');
  });

  it('takes the published commitment file, and refuses a value that is neither digest nor file with exit 3', async () => {
    const { recordPath, csvPath, dir } = publish();
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as DrawRecord;
    const file = write(dir, 'commitment.json', JSON.stringify(record.commitment));
    expect((await cli(['verify-draw', recordPath, csvPath, '--commitment', file])).code).toBe(0);
    const neither = await cli(['verify-draw', recordPath, csvPath, '--commitment', join(dir, 'nope')]);
    expect(neither.code).toBe(3);
  });

  it('reports a direct-form record as not a ceremony draw: exit 1, or 0 with --allow-direct', async () => {
    const { csvPath, dir } = publish();
    const direct = write(
      dir,
      'direct.json',
      JSON.stringify(drawTargets({ pool: [...POOL], sample: { count: 3 }, seed: 'ab'.repeat(32) })),
    );
    const refused = await cli(['verify-draw', direct, csvPath]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('[direct-form] not a ceremony draw');
    const allowed = await cli(['verify-draw', direct, csvPath, '--allow-direct']);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain('form: direct (the caller chose the seed; not a ceremony draw)');
  });

  it('verifies a drand beacon and prints its round time; a forged signature exits 1', async () => {
    const { csvPath, dir } = publish();
    const commitment = commitDraw({
      pool: [...POOL],
      sample: { count: 4 },
      randomness: [{ kind: 'drand', network: DRAND_NETWORKS.quicknet, round: 123 }],
    });
    const record = revealDraw(commitment, [...POOL], [beaconOf('quicknet', 123)]);
    const path = write(dir, 'drand.json', JSON.stringify(record));
    const ok = await cli(['verify-draw', path, csvPath, '--commitment', commitment.digest]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(
      '  source: drand quicknet round 123 (chain 52db9ba7…), published 2023-08-23T15:15:33Z (signature verified)',
    );
    const forged = revealDraw(commitment, [...POOL], [beaconOf('quicknet', 3).signature]);
    const bad = await cli(['verify-draw', write(dir, 'forged.json', JSON.stringify(forged)), csvPath]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('[beacon]');
  });
});
