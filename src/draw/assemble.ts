import { borrowBuffer, returnBuffer } from '../core/internal.js';
import type { StratumOutcome } from './engine.js';
import { digitsHex, keyDigits, keysHex } from './fast-key.js';
import { compareIdBytes } from './id-order.js';
import type { Ranked } from './key-heap.js';
import { recordDigest } from './record-digest.js';
import { type BuiltRun, stratumTail } from './selection-json.js';
import type {
  DrawAlgorithm,
  DrawCommitment,
  DrawForm,
  DrawRecord,
  Exclusion,
  Extension,
  Replacement,
  SelectedTarget,
  StratumResult,
  StratumSize,
} from './types.js';

const NONE: Ranked = { size: 0, ids: [], keys: new Int32Array(0) };

/** A replacement before its successor is known. */
export type ReplacementRequest = Omit<Replacement, 'replacedBy'>;

/** Everything a record is built from (internal). */
export interface RecordParts {
  readonly seed: string;
  readonly poolDigest: string;
  readonly count: number;
  readonly outcome: ReadonlyMap<string, StratumOutcome>;
  readonly sizes: Readonly<Record<string, StratumSize>>;
  readonly exclusions: readonly Exclusion[];
  readonly replacements: readonly ReplacementRequest[];
  readonly extensions: readonly Extension[];
  readonly commitment?: DrawCommitment | undefined;
  readonly randomness?: readonly string[] | undefined;
  /**
   * The record's version and form: `ssj-draw/2` records carry their form, `ssj-draw/1` ones none. Without it the
   * record is built as `ssj-draw/1`.
   */
  readonly form?: { readonly version: DrawAlgorithm; readonly form: DrawForm } | undefined;
  /** `false` when only the content is compared (a verification's replay): the digest is left empty. */
  readonly digest?: false;
}

/**
 * Builds the selection stratum by stratum (internal): `addStratum` lists entries `[0, listed)` of a stratum's
 * ranked keys as rank `i + 1`, skipping the ids in `skip`, and returns how many it listed; the keys' hex is
 * written through one table for the whole stratum, and those digits are kept in `runs` for the record's digest.
 */
function selectionList(): {
  addStratum(stratum: string, ranked: Ranked, listed: number, skip: ReadonlySet<string>): number;
  readonly selected: SelectedTarget[];
  readonly runs: BuiltRun[];
  /** Hands the runs' digits back as scratch memory, once the digest is written. */
  release(): void;
} {
  const selected: SelectedTarget[] = [];
  const runs: BuiltRun[] = [];
  return {
    addStratum(stratum, ranked, listed, skip) {
      const digits = keyDigits(ranked.keys, 0, listed, borrowBuffer('key-digits', listed * 64));
      const hex = digitsHex(digits);
      const before = selected.length;
      for (let i = 0; i < listed; i++) {
        const id = ranked.ids[i] as string;
        if (skip.size > 0 && skip.has(id)) continue;
        selected.push({ id, stratum, key: hex[i] as string, rank: i + 1 });
      }
      runs.push({ end: selected.length, digits, tail: stratumTail(stratum) });
      return selected.length - before;
    },
    selected,
    runs,
    release() {
      for (const run of runs) returnBuffer('key-digits', run.digits.buffer as ArrayBuffer);
      runs.length = 0;
    },
  };
}

/** How many of a stratum's smallest keys a record needs: everything drawn plus the next one. */
export function capacityNeeded(
  size: number,
  stratum: string,
  replacements: readonly { readonly stratum: string }[],
  extensions: readonly Extension[],
): number {
  let n = size + 1;
  for (const r of replacements) if (r.stratum === stratum) n++;
  for (const e of extensions) if (e.stratum === stratum) n += e.added;
  return n;
}

/**
 * Builds a record: replays extensions and replacements in step order (a replacement takes the next key of its
 * stratum), then lists the selection. Returns the problems found while replaying (a replaced id that was not
 * selected).
 */
export function assembleRecord(parts: RecordParts): { record: DrawRecord; problems: string[] } {
  const problems: string[] = [];
  const changes = [
    ...parts.extensions.map((e) => ({ step: e.step, ext: e, rep: undefined })),
    ...parts.replacements.map((r) => ({ step: r.step, ext: undefined, rep: r })),
  ].sort((a, b) => a.step - b.step);
  const size = new Map<string, number>();
  const replacedCount = new Map<string, number>();
  const replacedIds = new Set<string>();
  for (const [name, s] of Object.entries(parts.sizes)) size.set(name, s.size);
  const replacements: Replacement[] = [];
  for (const change of changes) {
    if (change.ext !== undefined) {
      size.set(change.ext.stratum, (size.get(change.ext.stratum) ?? 0) + change.ext.added);
      continue;
    }
    const r = change.rep as ReplacementRequest;
    const ranked = parts.outcome.get(r.stratum)?.ranked ?? NONE;
    const eligible = parts.sizes[r.stratum]?.eligible ?? 0;
    const done = replacedCount.get(r.stratum) ?? 0;
    const drawn = Math.min(eligible, (size.get(r.stratum) ?? 0) + done);
    const position = ranked.ids.indexOf(r.id);
    if (position < 0 || position >= drawn || replacedIds.has(r.id))
      problems.push(`${r.id} was not selected when replaced`);
    replacedIds.add(r.id);
    replacedCount.set(r.stratum, done + 1);
    replacements.push({
      ...r,
      replacedBy: drawn < ranked.size && drawn < eligible ? (ranked.ids[drawn] ?? null) : null,
    });
  }
  const strata: Record<string, StratumResult> = {};
  const writer = selectionList();
  for (const name of Object.keys(parts.sizes).sort(compareIdBytes)) {
    const s = parts.sizes[name] as StratumSize;
    const ranked = parts.outcome.get(name)?.ranked ?? NONE;
    const finalSize = size.get(name) ?? s.size;
    const drawn = Math.min(s.eligible, finalSize + (replacedCount.get(name) ?? 0));
    const count = writer.addStratum(name, ranked, Math.min(drawn, ranked.size), replacedIds);
    const next = drawn < s.eligible && drawn < ranked.size ? keysHex(ranked.keys, drawn, 1)[0] : undefined;
    strata[name] = {
      ...s,
      size: finalSize,
      drawn,
      selected: count,
      shortfall: finalSize - Math.min(finalSize, s.eligible),
      nextKey: next ?? null,
    };
  }
  const { selected } = writer;
  const form = parts.form?.version === 'ssj-draw/2' ? parts.form.form : undefined;
  const body = {
    algorithm: form === undefined ? ('ssj-draw/1' as const) : ('ssj-draw/2' as const),
    seed: parts.seed,
    pool: { digest: parts.poolDigest, count: parts.count },
    strata,
    selected,
    exclusions: parts.exclusions,
    replacements,
    extensions: parts.extensions,
    ...(parts.commitment === undefined ? {} : { commitment: parts.commitment }),
    ...(parts.randomness === undefined ? {} : { randomness: parts.randomness }),
    ...(form === undefined ? {} : { form }),
  };
  const digest = parts.digest === false ? '' : recordDigest(body, writer.runs);
  writer.release();
  return { record: { ...body, digest }, problems };
}
