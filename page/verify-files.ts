/**
 * The page's whole check, from dropped files to the report: recognise each file, decode and parse the pool, verify
 * the draw and the assignment, and keep what the id look-up needs. Pure data in and out.
 */
import type { AssignInspector, AssignmentRecord, AssignTarget } from '../src/assign/index.js';
import { type BeaconVerifier, isSsjError } from '../src/core/index.js';
import { type DrawCommitment, type DrawRecord, type PoolEntry, parsePoolFile } from '../src/draw/index.js';
import { classify, isPoolName } from './classify.js';
import type {
  AssignmentSummary,
  DrawSummary,
  EncodingChoice,
  FileInfo,
  FileRole,
  Finding,
  PageReport,
  Phase,
} from './protocol.js';
import { decodeText } from './read-files.js';
import { verifyAssignmentFiles } from './verify-assignment-files.js';
import { verifyDrawFiles } from './verify-draw-files.js';

/** A file's name and bytes. */
export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the id look-up keeps after a check. */
export interface Checked {
  readonly report: PageReport;
  readonly record?: DrawRecord;
  readonly pool?: readonly PoolEntry[];
  readonly assignment?: AssignmentRecord;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Parsed {
  infos: FileInfo[];
  json: Map<FileRole, unknown>;
  pool?: { entries: PoolEntry[]; encoding: string };
}

/**
 * Reads the pool with the library's parser: in the encoding chosen, or as UTF-8 and, when that is not valid UTF-8,
 * as GB18030 (GBK), the encoding Chinese spreadsheet software saves.
 */
function readPool(name: string, bytes: Uint8Array, choice: EncodingChoice) {
  if (choice !== 'auto')
    return { entries: parsePoolFile(bytes, { name, encoding: choice }), encoding: choice };
  try {
    return { entries: parsePoolFile(bytes, { name, encoding: 'utf-8' }), encoding: 'utf-8' };
  } catch (error) {
    if (!isSsjError(error) || error.code !== 'DRAW_POOL_FILE_ENCODING') throw error;
    return { entries: parsePoolFile(bytes, { name, encoding: 'gb18030' }), encoding: 'gb18030' };
  }
}

function parseFiles(files: readonly NamedBytes[], encoding: EncodingChoice): Parsed {
  const parsed: Parsed = { infos: [], json: new Map() };
  for (const { name, bytes } of files) {
    const { role, json } = isPoolName(name)
      ? { role: 'pool' as const }
      : classify(name, decodeText(bytes, 'auto').text);
    const info = { name, size: bytes.length, role };
    if (role === 'pool') {
      try {
        parsed.pool = readPool(name, bytes, encoding);
        parsed.infos.push({ ...info, encoding: parsed.pool.encoding });
      } catch (error) {
        parsed.infos.push({ ...info, error: message(error) });
      }
    } else {
      if (role !== 'unknown') parsed.json.set(role, json);
      parsed.infos.push(info);
    }
  }
  return parsed;
}

/** The inspector and target lists: two files, or one `{ inspectors, targets }` object. */
function assignmentLists(json: Map<FileRole, unknown>) {
  const both = json.get('inspectors') as
    | readonly AssignInspector[]
    | { inspectors: readonly AssignInspector[]; targets: readonly AssignTarget[] }
    | undefined;
  if (both !== undefined && !Array.isArray(both)) {
    const o = both as { inspectors: readonly AssignInspector[]; targets: readonly AssignTarget[] };
    return { inspectors: o.inspectors, targets: o.targets };
  }
  const targets = json.get('targets') as readonly AssignTarget[] | undefined;
  return {
    ...(both === undefined ? {} : { inspectors: both as readonly AssignInspector[] }),
    ...(targets === undefined ? {} : { targets }),
  };
}

/**
 * Runs the page's whole check.
 *
 * @param files - the dropped files' names and bytes
 * @param options - the digest as published before the draw, the pool encoding, a progress callback and the
 *   drand beacon verifier
 * @returns the report, and the record, pool and assignment for the id look-up
 */
export function verifyFiles(
  files: readonly NamedBytes[],
  options: {
    publishedDigest: string;
    encoding: EncodingChoice;
    progress?: (phase: Phase, done: number, total: number) => void;
    /** Checks drand signatures (the page passes `verifyDrandBeacon` from `shuangsuiji/beacon`). */
    verifyBeacon?: BeaconVerifier;
  },
): Checked {
  const started = Date.now();
  const phases: Partial<Record<Phase, number>> = {};
  let at = started;
  const tell = options.progress ?? (() => {});
  const progress = (phase: Phase, done: number, total: number) => {
    if (done === total && phase !== 'done') {
      phases[phase] = Date.now() - at;
      at = Date.now();
    } else if (done === 0) at = Date.now();
    tell(phase, done, total);
  };
  progress('parse', 0, 1);
  const { infos, json, pool } = parseFiles(files, options.encoding);
  progress('parse', 1, 1);
  const record = json.get('record') as DrawRecord | undefined;
  const assignment = json.get('assignment') as AssignmentRecord | undefined;
  const missing: FileRole[] = [];
  if (record === undefined) missing.push('record');
  if (pool === undefined && record !== undefined) missing.push('pool');
  const problems: Finding[] = infos.flatMap((f) =>
    f.error === undefined
      ? []
      : [{ source: 'input' as const, code: 'pool-file', message: `${f.name}: ${f.error}` }],
  );
  let draw: DrawSummary | null = null;
  let assigned: AssignmentSummary | null = null;
  if (record !== undefined && pool !== undefined) {
    progress('verify', 0, 1);
    try {
      const commitment = json.get('commitment') as DrawCommitment | undefined;
      const checked = verifyDrawFiles(
        {
          record,
          pool: pool.entries,
          encoding: pool.encoding,
          publishedDigest: options.publishedDigest,
          ...(commitment === undefined ? {} : { commitment }),
        },
        options.verifyBeacon,
        // Straight to the bar: the phase's timing starts and ends around the whole check, not the re-run.
        (done, total) => tell('verify', done, total),
      );
      problems.push(...checked.problems);
      draw = checked.summary;
    } catch (error) {
      problems.push({ source: 'input', code: 'unreadable', message: message(error) });
    }
    progress('verify', 1, 1);
  }
  if (assignment !== undefined) {
    progress('assign', 0, 1);
    try {
      const checked = verifyAssignmentFiles({
        assignment,
        ...assignmentLists(json),
        ...(record === undefined ? {} : { record }),
      });
      problems.push(...checked.problems);
      assigned = checked.summary;
    } catch (error) {
      problems.push({ source: 'assignment', code: 'unreadable', message: message(error) });
    }
    progress('assign', 1, 1);
  }
  const verdict =
    draw === null
      ? 'incomplete'
      : problems.length > 0
        ? 'invalid'
        : draw.published === null
          ? 'unanchored'
          : 'valid';
  progress('done', 1, 1);
  const report: PageReport = {
    files: infos,
    verdict,
    missing,
    problems,
    draw,
    assignment: assigned,
    millis: Date.now() - started,
    phases,
  };
  return {
    report,
    ...(record === undefined ? {} : { record }),
    ...(pool === undefined ? {} : { pool: pool.entries }),
    ...(assignment === undefined ? {} : { assignment }),
  };
}
