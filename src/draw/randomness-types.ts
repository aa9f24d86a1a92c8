import type { DrandNetwork } from '../core/index.js';

/**
 * A drand round (drand 信标轮次): the network and the round whose signature will be revealed. The randomness is
 * SHA-256 of the signature; the round's time is `genesisTime + (round − 1) × period`.
 */
export interface DrandDescriptor {
  readonly kind: 'drand';
  /** The network, pinned by its chain hash and public key, so no other network's beacon fits. */
  readonly network: DrandNetwork;
  /** The round, a whole number ≥ 1. */
  readonly round: number;
}

/**
 * A lottery draw (彩票开奖号码), e.g. 福彩3D (3 numbers 0–9, in drawn order) or the red balls of 双色球
 * (6 numbers 1–33, published sorted).
 */
export interface LotteryDescriptor {
  readonly kind: 'lottery';
  /** The game, e.g. `福彩3D`, `体彩排列5`. */
  readonly game: string;
  /** The draw number (期号), e.g. `2026335`. */
  readonly issue: string;
  /** How many numbers. */
  readonly count: number;
  /** Smallest number. */
  readonly min: number;
  /** Largest number. */
  readonly max: number;
  /** `drawn`: the order is part of the result; `sorted`: it is not (the canonical form sorts ascending). */
  readonly order: 'drawn' | 'sorted';
}

/** Dice thrown at a public ceremony (公开掷骰): how many, with how many faces (2–9), and where and when. */
export interface DiceDescriptor {
  readonly kind: 'dice';
  /** The ceremony: place, date, witnesses. */
  readonly event: string;
  /** How many dice (the canonical value has exactly this many digits). */
  readonly dice: number;
  /** Faces per die, 2–9, numbered 1 … faces. */
  readonly faces: number;
}

/** Any other published value with an exact format: so many bytes, written in hex (e.g. a national beacon). */
export interface HexDescriptor {
  readonly kind: 'hex';
  /** Where the value will be published. */
  readonly source: string;
  /** Its length in bytes (the canonical value is 2 × bytes lower-case hex characters). */
  readonly bytes: number;
}

/**
 * One public randomness value fixed in the commitment (随机数来源描述): which value will be revealed and in what
 * canonical form, so that each revealed result has exactly one spelling.
 */
export type RandomnessDescriptor = DrandDescriptor | LotteryDescriptor | DiceDescriptor | HexDescriptor;

/** A drand beacon as drand's HTTP API returns it (`/public/{round}`); `randomness`, if present, is checked. */
export interface DrandBeacon {
  readonly round: number;
  readonly signature: string;
  readonly previous_signature?: string;
  readonly randomness?: string;
}

/** A revealed value as given: text in any accepted spelling, a list of numbers, or a drand beacon object. */
export type RevealedValue = string | readonly number[] | DrandBeacon;
