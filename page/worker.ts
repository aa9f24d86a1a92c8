/**
 * The verification page's worker: reads the files, verifies the draw and the assignment and answers id look-ups,
 * off the page's main thread so that a million-entry pool never freezes the page. Built into the page as an inline
 * source and started from a Blob URL.
 */
import { verifyDrandBeacon } from '../src/beacon/index.js';
import { type LookupIndex, lookup } from './lookup.js';
import type { Phase, Reply, Request } from './protocol.js';
import { readAll } from './read-files.js';
import { verifyFiles } from './verify-files.js';

/** The part of a dedicated worker's global scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply): void;
}

const scope = globalThis as unknown as WorkerScope;
let index: LookupIndex | undefined;
let lastPost = 0;

function progress(phase: Phase, done: number, total: number): void {
  const now = Date.now();
  if (phase === 'read' && done < total && now - lastPost < 50) return;
  lastPost = now;
  scope.postMessage({ type: 'progress', phase, done, total });
}

async function verify(request: Extract<Request, { type: 'verify' }>): Promise<void> {
  const started = Date.now();
  const bytes = await readAll(request.files, (done, total) => progress('read', done, total));
  const read = Date.now() - started;
  const checked = verifyFiles(
    request.files.map((f, i) => ({ name: f.name, bytes: bytes[i] ?? new Uint8Array() })),
    {
      publishedDigest: request.publishedDigest,
      encoding: request.encoding,
      progress,
      verifyBeacon: verifyDrandBeacon,
    },
  );
  index = checked;
  const { report } = checked;
  scope.postMessage({
    type: 'report',
    report: { ...report, millis: report.millis + read, phases: { read, ...report.phases } },
  });
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'lookup') {
    if (index !== undefined) scope.postMessage({ type: 'lookup', lookup: lookup(index, request.query) });
    return;
  }
  verify(request).catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
