/** Error codes of the `draw` module. */
export const DRAW_ERROR_CODES = {
  DRAW_INVALID_SEED_INPUT:
    'A seed cannot be derived: the commitment digest is not 64 hex or no randomness was given.',
  DRAW_INVALID_SEED: 'The seed is not 64 lower-case hex characters.',
  DRAW_INVALID_REQUEST: 'The draw request does not match the expected shape; `issues` lists each problem.',
  DRAW_DUPLICATE_IDS:
    'The pool lists the same id (after NFC normalisation) more than once; `issues` names each.',
  DRAW_DUPLICATE_EXCLUSIONS: 'The same id is excluded more than once; `issues` names each.',
  DRAW_STREAM_UNSORTED: 'A streamed pool is not in strictly increasing id byte order.',
  DRAW_STREAM_NEEDS_COUNTS: 'A streamed draw with a ratio needs the pool count of each stratum up front.',
  DRAW_STREAM_COUNT_MISMATCH: 'The pool counts given for a streamed draw differ from the entries streamed.',
  DRAW_NOT_SELECTED: 'The id to replace is not among the selected targets.',
  DRAW_COMMITMENT_TAMPERED: 'A commitment does not have the digest of its content.',
  DRAW_POOL_MISMATCH: 'The pool given does not have the digest the record or commitment states.',
  DRAW_SHARDS_OVERLAP: 'Shards are not disjoint, consecutive ranges of the id byte order.',
  DRAW_SHARD_TOO_SMALL: 'A shard kept fewer of its smallest keys than the merged draw needs.',
  DRAW_POOL_FILE_INVALID:
    'A pool file is not RFC 4180 CSV with an "id" header, or not JSON Lines of {"id","stratum"} objects; the issue names the line.',
  DRAW_POOL_FILE_ENCODING:
    'A pool file is not valid in its encoding (UTF-8, GBK or GB18030); nothing is replaced silently.',
  DRAW_RANDOMNESS_MISMATCH:
    'A revealed randomness value does not fit its descriptor in the commitment (kind, round, count, range, length), or a different number of values was revealed.',
  DRAW_BEACON_INVALID:
    "A revealed drand beacon does not verify: its BLS signature is not the network's signature of the committed round.",
  DRAW_INVALID_STRATUM_NAME:
    'A stratum name in the sample is not in Unicode NFC, or two names are equal after NFC; write each name in NFC once.',
  DRAW_SHARD_SEED_MISMATCH: 'Shards were computed with different seeds or exclusions.',
} as const;
