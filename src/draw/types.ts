/**
 * The data of a target draw (抽取检查对象): pool entries, sample sizes, exclusions, the commitment published before
 * the randomness exists, and the record published after. Plain, read-only, JSON-serialisable data.
 */
import type { JsonValue } from '../core/index.js';
import type { RandomnessDescriptor } from './randomness-types.js';

/**
 * The algorithm id of a commitment or record (算法版本): `ssj-draw/2` is drawn today; `ssj-draw/1` records keep
 * verifying. The two differ only in the commitment's randomness (free text in 1, descriptors in 2), the seed tag,
 * and the record's `form`.
 */
export type DrawAlgorithm = 'ssj-draw/1' | 'ssj-draw/2';

/** One entry of the pool (抽查对象名录中的一条): a target id and its stratum (分层, e.g. a credit-risk class). */
export interface PoolEntry {
  /** The target id (e.g. a 统一社会信用代码); NFC-normalised before hashing. */
  readonly id: string;
  /** The stratum; absent means `''` (a single stratum). */
  readonly stratum?: string;
}

/** How many to draw (抽查数量或比例): a count, or a ratio of the stratum's pool with a rounding (default ceil). */
export type SampleSize =
  | { readonly count: number }
  | { readonly ratio: number; readonly rounding?: 'ceil' | 'floor' | 'round' };

/** The sample: one size applied to every stratum of the pool, or a size per stratum (分层抽样). */
export type SampleSpec = SampleSize | { readonly strata: Readonly<Record<string, SampleSize>> };

/** An entry removed before ranking (排除), with the reason; e.g. code `frequency-cap`, `exclusion-window`. */
export interface Exclusion {
  /** The excluded target id. */
  readonly id: string;
  /** Why, in words. */
  readonly reason: string;
  /** A machine code: `frequency-cap`, `exclusion-window`, `not-operating`, `filtered-out`, … */
  readonly code?: string;
}

/** Everything that is fixed before the randomness exists (抽取请求): published as a {@link DrawCommitment}. */
export interface DrawRequest {
  /** The pool (检查对象名录). */
  readonly pool: readonly PoolEntry[];
  /** The sample size(s). */
  readonly sample: SampleSpec;
  /** Entries removed before ranking, with reasons. */
  readonly exclude?: readonly Exclusion[];
  /** The serialisable 定向 filter that produced the pool, stored as given. */
  readonly filter?: JsonValue;
  /**
   * The public randomness to be revealed, in order, each with its one canonical form (随机数来源描述): a drand
   * round, a lottery draw, dice thrown at a ceremony, or a fixed-length hex value. Gives an `ssj-draw/2`
   * commitment. Give this or `randomnessSource`, not both.
   */
  readonly randomness?: readonly RandomnessDescriptor[];
  /**
   * @deprecated Free text (`ssj-draw/1`): the spelling of the revealed values is not fixed, so an operator who
   * sees them can try spellings. Kept so existing integrations keep working; use `randomness`.
   */
  readonly randomnessSource?: string;
  /** A label, e.g. the task id. */
  readonly label?: string;
  /** Anything else to bind into the commitment (sizes arithmetic, policy id…). */
  readonly meta?: JsonValue;
}

/** The resolved size of one stratum (各层抽取数量), as committed and recorded. */
export interface StratumSize {
  /** Entries of this stratum in the pool. */
  readonly pool: number;
  /** Entries of this stratum excluded before ranking. */
  readonly excluded: number;
  /** `pool - excluded`. */
  readonly eligible: number;
  /** The size as asked (count or ratio and rounding). */
  readonly requested: SampleSize;
  /** The number asked for, after rounding a ratio (may exceed `eligible`). */
  readonly size: number;
}

/** The commitment (抽取承诺), published before the randomness exists. */
export interface DrawCommitment {
  /** The algorithm id and version. */
  readonly algorithm: DrawAlgorithm;
  /** The pool digest (hex), total count and count per stratum. */
  readonly pool: {
    readonly digest: string;
    readonly count: number;
    readonly strata: Readonly<Record<string, number>>;
  };
  /** The sample as asked. */
  readonly sample: SampleSpec;
  /** The resolved size of each stratum. */
  readonly sizes: Readonly<Record<string, StratumSize>>;
  /** Exclusions, NFC ids, sorted by id bytes. */
  readonly exclusions: readonly Exclusion[];
  /** The 定向 filter, if any. */
  readonly filter?: JsonValue;
  /** `ssj-draw/2`: the randomness descriptors, in the order the values are revealed. */
  readonly randomness?: readonly RandomnessDescriptor[];
  /** `ssj-draw/1`: where the randomness would come from, as free text. */
  readonly randomnessSource?: string;
  /** A label, if any. */
  readonly label?: string;
  /** Anything else bound in, if any. */
  readonly meta?: JsonValue;
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  readonly digest: string;
}

/** How a record's seed was fixed: from a commitment and public randomness, or by the caller. */
export type DrawForm = 'ceremony' | 'direct';

/** One drawn target (抽中对象): id, stratum, key (hex) and 1-based rank in its stratum's key order. */
export interface SelectedTarget {
  readonly id: string;
  readonly stratum: string;
  readonly key: string;
  readonly rank: number;
}

/** A drawn target replaced (替补), e.g. found deregistered at the pre-visit check, and what took its place. */
export interface Replacement {
  readonly id: string;
  readonly stratum: string;
  readonly reason: string;
  /** The next entry in key order that replaced it, or `null` when the stratum had none left. */
  readonly replacedBy: string | null;
  /** Position (1-based) of this change among all replacements and extensions of the record. */
  readonly step: number;
}

/** An extension of the sample (扩大抽取): how many more were drawn in a stratum. */
export interface Extension {
  readonly stratum: string;
  readonly added: number;
  /** Position (1-based) of this change among all replacements and extensions of the record. */
  readonly step: number;
}

/** What happened in one stratum (各层结果). */
export interface StratumResult extends StratumSize {
  /** Entries taken in key order (selected plus replaced): `min(eligible, size + replacements)`. */
  readonly drawn: number;
  /** Entries currently selected. */
  readonly selected: number;
  /** How many fewer than asked could be drawn (`size - min(size, eligible)`); 0 when the stratum sufficed. */
  readonly shortfall: number;
  /** Key (hex) of the next eligible entry after the cut-off, or `null` when none is left. */
  readonly nextKey: string | null;
}

/** The published record of a draw (抽取结果记录), verifiable by anyone with the pool. */
export interface DrawRecord {
  readonly algorithm: DrawAlgorithm;
  /**
   * `ssj-draw/2`: `ceremony` when the seed was derived from a published commitment and public randomness,
   * `direct` when the caller chose the seed (抽取方式). An `ssj-draw/1` record has no `form`: it is a ceremony
   * exactly when it has a `commitment`.
   */
  readonly form?: DrawForm;
  /** The seed (64 hex). */
  readonly seed: string;
  /** Pool digest (hex) and count. */
  readonly pool: { readonly digest: string; readonly count: number };
  /** Per-stratum counts and cut-off keys. */
  readonly strata: Readonly<Record<string, StratumResult>>;
  /** Selected targets, by stratum (id byte order of the stratum name) then rank. */
  readonly selected: readonly SelectedTarget[];
  /** Exclusions, NFC ids, sorted by id bytes. */
  readonly exclusions: readonly Exclusion[];
  /** Replacements, in the order made. */
  readonly replacements: readonly Replacement[];
  /** Extensions, in the order made. */
  readonly extensions: readonly Extension[];
  /** The commitment, for the ceremony form. */
  readonly commitment?: DrawCommitment;
  /** The public randomness revealed, for the ceremony form (`ssj-draw/2`: each in its canonical spelling). */
  readonly randomness?: readonly string[];
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  readonly digest: string;
}

/** What {@link DrawProblem} found wrong (核验问题). */
export type DrawProblemCode =
  | 'record-digest'
  | 'commitment-digest'
  | 'commitment-mismatch'
  | 'seed'
  | 'pool-digest'
  | 'pool-count'
  | 'stratum-counts'
  | 'wrong-key'
  | 'wrong-rank'
  | 'wrong-order'
  | 'missing-selection'
  | 'extra-selection'
  | 'excluded-selected'
  | 'replacement'
  | 'next-key'
  | 'exclusions'
  | 'randomness'
  | 'beacon'
  | 'direct-form'
  | 'commitment-anchor'
  | 'step-numbering'
  | 'malformed';

/** One problem found by verification, named. */
export interface DrawProblem {
  readonly code: DrawProblemCode;
  readonly message: string;
  readonly id?: string;
  readonly stratum?: string;
}

/** The result of verifying a record (核验结果). */
export interface DrawVerification {
  /** `true` when there are no problems. */
  readonly valid: boolean;
  /** Every problem found, named. */
  readonly problems: readonly DrawProblem[];
  /** `ceremony` when the record has a commitment, else `direct` (the caller chose the seed). */
  readonly form: DrawForm;
  /** The digest of the record's commitment, to compare with the one published in advance; `null` when direct. */
  readonly commitmentDigest: string | null;
  /**
   * `matched`: the commitment digest is the one given as published; `mismatch`: it is not (a `commitment-anchor`
   * problem); `not-given`: no published digest was given, so compare `commitmentDigest` with the publication
   * yourself.
   */
  readonly anchor: 'matched' | 'mismatch' | 'not-given';
  /** Each revealed value with its source and whether it was checked (ceremony form). */
  readonly randomness: readonly RandomnessCheck[];
}

/** What verification says about one revealed value (随机数核验): where it comes from and whether it was checked. */
export interface RandomnessCheck {
  /** Position in the commitment's list, from 0. */
  readonly index: number;
  /** The descriptor's kind; `text` for the free text of an `ssj-draw/1` commitment. */
  readonly kind: RandomnessDescriptor['kind'] | 'text';
  /** Where the value comes from, in words (for drand with the round's time). */
  readonly source: string;
  /** The value as the record states it. */
  readonly value: string;
  /**
   * `verified`: the library checked it (a drand BLS signature); `not-checked`: compare it with its source
   * yourself (a lottery result, dice, hex, or drand without a beacon verifier); `refused`: it does not fit its
   * descriptor or its signature does not verify (the problems say why).
   */
  readonly status: 'verified' | 'not-checked' | 'refused';
  /** drand: the round. */
  readonly round?: number;
  /** drand: the round's publication time (UTC). */
  readonly time?: string;
}
