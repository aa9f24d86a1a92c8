import { readFileSync } from 'node:fs';
import type { ConflictOfInterest } from '../../../src/directories/index.js';

/** A directory digest vector: inputs from make-vectors-v*.mts, the digest from the Python reference of the spec. */
export interface DirectoryVector {
  readonly name: string;
  readonly kind: 'targets' | 'inspectors';
  readonly entries: { readonly id: string }[];
  readonly conflicts?: ConflictOfInterest[];
  readonly expected: string;
}

/** The vectors of a `vectors-v*.json` file. */
export const readVectors = (file: URL): DirectoryVector[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { vectors: DirectoryVector[] }).vectors;
