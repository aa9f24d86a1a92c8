import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { directoryDigest } from '../../src/directories/index.js';
import { generateInspectors, generateTargets, seedState } from '../../src/testing/index.js';

describe('golden vectors of the synthetic data (any change to them changes every host test that relies on them)', () => {
  it('seeds from the first 128 bits of SHA-256("shuangsuiji/testing/1\\n" + seed)', () => {
    const h = createHash('sha256').update('shuangsuiji/testing/1\ngolden').digest();
    expect(seedState('golden')).toEqual([
      h.readInt32BE(0),
      h.readInt32BE(4),
      h.readInt32BE(8),
      h.readInt32BE(12),
    ]);
    expect(seedState('golden')).toEqual([-2036314742, 721734306, -2087758757, -624587807]);
  });

  it('generates the same first targets for the seed "golden"', () => {
    expect(generateTargets({ seed: 'golden', count: 3 }).map((t) => [t.id, t.name, t.creditClass])).toEqual([
      ['91150627MAMN08UEYE', '伊金霍洛旗鑫通药店有限公司', 'A'],
      ['93150602MA71BAM777', '东胜区蒙银快餐专业合作社', 'B'],
      ['92150602MAFB2775FH', '东胜区隆昌物流店', 'B'],
    ]);
  });

  it('gives the same directory digest for 50 targets of the seed "golden"', () => {
    expect(directoryDigest('targets', generateTargets({ seed: 'golden', count: 50 }))).toBe(
      '8b9aac7b49440a4b6146745e6ec9515d95165749c151a4a164c7a5f32fe72b93',
    );
  });

  it('generates the same first inspectors for the seed "golden"', () => {
    expect(
      generateInspectors({ seed: 'golden', perDepartment: 1 })
        .slice(0, 2)
        .map((i) => [i.id, i.name, i.role]),
    ).toEqual([
      ['development-reform-001', '肖琳丽', 'enforcement'],
      ['justice-001', '万伟文', 'enforcement'],
    ]);
  });
});
