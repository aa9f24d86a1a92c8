/**
 * The messages between the verification page and its worker, and the report the worker hands back: plain data,
 * structured-cloneable, so the page's main thread only renders and never computes.
 */
import type { AssignedVisit } from '../src/assign/index.js';

/** What a dropped file was recognised as. */
export type FileRole =
  | 'record'
  | 'commitment'
  | 'pool'
  | 'assignment'
  | 'inspectors'
  | 'targets'
  | 'beacon'
  | 'unknown';

/** The pool's text encoding: detected, or as the reader chose. */
export type EncodingChoice = 'auto' | 'utf-8' | 'gb18030';

/** A file as the page understood it. */
export interface FileInfo {
  readonly name: string;
  readonly size: number;
  readonly role: FileRole;
  /** For the pool: the encoding it was read in. */
  readonly encoding?: string;
  /** Why it could not be used, if so. */
  readonly error?: string;
}

/** Where a problem was found: the draw's own verification, the page's anchoring checks, or the assignment. */
export type FindingSource = 'draw' | 'anchor' | 'assignment' | 'input';

/** One problem, named: the library's code and message, and the id, stratum and expected value where known. */
export interface Finding {
  readonly source: FindingSource;
  readonly code: string;
  readonly message: string;
  readonly id?: string;
  readonly stratum?: string;
  readonly department?: string;
  readonly expected?: string;
  readonly found?: string;
}

/** One row of the per-stratum arithmetic (各层计算). */
export interface StratumRow {
  readonly name: string;
  readonly pool: number;
  readonly excluded: number;
  readonly eligible: number;
  /** `count N` or `ratio q (rounding)`, as data. */
  readonly requested: { readonly count: number } | { readonly ratio: number; readonly rounding: string };
  readonly size: number;
  readonly drawn: number;
  readonly selected: number;
  readonly shortfall: number;
  readonly nextKey: string | null;
}

/** A randomness value, the public source the reader compares it with, and whether the library checked it. */
export interface RandomnessRow {
  readonly value: string;
  readonly source: string;
  /** `drand`, `lottery`, `dice`, `hex`, or `text` (an `ssj-draw/1` commitment's free text). */
  readonly kind: string;
  /** `verified` (a drand signature checked), `not-checked` (compare it yourself) or `refused`. */
  readonly status: 'verified' | 'not-checked' | 'refused';
  /** drand: the round and its publication time (UTC). */
  readonly round?: number;
  readonly time?: string;
}

/** What the reader must compare by eye, and the draw's tables. */
export interface DrawSummary {
  readonly algorithm: string;
  /** `ceremony` (seed from a commitment and public randomness) or `direct` (seed chosen by the operator). */
  readonly form: 'ceremony' | 'direct';
  readonly recordDigest: string;
  readonly seed: string;
  readonly pool: { readonly digest: string; readonly count: number; readonly encoding: string };
  /** The commitment digest the record carries, or `null` for a draw without a commitment (direct form). */
  readonly commitmentDigest: string | null;
  /** The digest the reader pasted, as published before the draw, and whether it is the record's. */
  readonly published: { readonly digest: string; readonly matches: boolean } | null;
  /** `ssj-draw/1`: the commitment's free-text source; `null` for `ssj-draw/2`, whose rows name each source. */
  readonly randomnessSource: string | null;
  readonly randomness: readonly RandomnessRow[];
  readonly strata: readonly StratumRow[];
  readonly selected: readonly { id: string; stratum: string; key: string; rank: number }[];
  readonly replacements: readonly {
    id: string;
    stratum: string;
    reason: string;
    replacedBy: string | null;
  }[];
  readonly exclusions: number;
}

/** What the assignment check found. */
export interface AssignmentSummary {
  readonly digest: string;
  /** Whether the assignment names this draw record's digest. */
  readonly drawDigestMatches: boolean | null;
  /** Whether it was replayed from the inspectors and targets lists (else only its digest and anchors). */
  readonly replayed: boolean;
  readonly visits: readonly AssignedVisit[];
  readonly unstaffed: number;
}

/** The whole answer (核验报告). */
export interface PageReport {
  readonly files: readonly FileInfo[];
  /** `valid` and anchored, `unanchored` (valid, but no published digest compared), `invalid`, `incomplete`. */
  readonly verdict: 'valid' | 'unanchored' | 'invalid' | 'incomplete';
  readonly missing: readonly FileRole[];
  readonly problems: readonly Finding[];
  readonly draw: DrawSummary | null;
  readonly assignment: AssignmentSummary | null;
  readonly millis: number;
  /** Milliseconds per phase (parse, verify, assign), for the reader and the benchmark. */
  readonly phases: Readonly<Partial<Record<Phase, number>>>;
}

/** The answer to "was this id drawn?", computed where the pool is, in the worker. */
export interface Lookup {
  readonly query: string;
  readonly inPool: boolean;
  readonly stratum?: string;
  readonly excluded?: { readonly reason: string; readonly code?: string };
  readonly selected?: { readonly rank: number; readonly key: string };
  readonly replaced?: { readonly reason: string; readonly replacedBy: string | null };
  /** The id's key in its stratum, and the key the stratum's draw stopped before. */
  readonly key?: string;
  readonly cutoff?: string | null;
  /** Teams of the assignment visiting it. */
  readonly teams?: readonly { department: string; lead: string; members: readonly string[] }[];
}

/** Page → worker. */
export type Request =
  | {
      readonly type: 'verify';
      readonly files: readonly File[];
      readonly publishedDigest: string;
      readonly encoding: EncodingChoice;
    }
  | { readonly type: 'lookup'; readonly query: string };

/** The phases the progress bar names. */
export type Phase = 'read' | 'parse' | 'verify' | 'assign' | 'done';

/** Worker → page. */
export type Reply =
  | { readonly type: 'progress'; readonly phase: Phase; readonly done: number; readonly total: number }
  | { readonly type: 'report'; readonly report: PageReport }
  | { readonly type: 'lookup'; readonly lookup: Lookup }
  | { readonly type: 'failed'; readonly message: string };
