import { describe, expect, it } from 'vitest';
import { encodeValue } from '../../../src/directories/snapshots/entry-encoding.js';
import { itIsReproducedByPython } from '../../draw/python-reference.js';
import { itReproducesEachVector, readVectors } from './vectors.js';

const file = new URL('./vectors-v3.json', import.meta.url);
const vectors = readVectors(file);

describe('the ssj-directory/3 test vectors', () => {
  itReproducesEachVector(vectors, 'ssj-directory/3');

  it('encodes the example of the specification as it shows', () => {
    const hex = Buffer.from(encodeValue({ id: 'T-1', n: -0, ok: true })).toString('hex');
    expect(hex).toBe('06030269640403542d31016e030000000000000000026f6b02');
  });

  itIsReproducedByPython(
    new URL('../../../docs/directories.md', import.meta.url),
    new URL('./check-vectors.py', import.meta.url),
    file,
    vectors.length,
  );
});
