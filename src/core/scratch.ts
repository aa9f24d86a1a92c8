/**
 * Scratch memory reused from one call to the next (internal). A million-entry draw needs tens of megabytes of
 * typed arrays for a few hundred milliseconds; allocated afresh every time, they count as new external memory and
 * bring on a full collection of the host's whole heap about once a draw. A borrowed buffer is taken out of the
 * keep, so a call nested in another (a host's callback that draws in the middle of a draw) gets memory of its
 * own, and it is handed back when its call ends. Kept buffers are held weakly: a full collection still frees them.
 */

const kept = new Map<string, WeakRef<ArrayBuffer>>();

/**
 * A buffer of at least `bytes` for `purpose`: the one kept, when it is large enough, or a new one. With `zero`,
 * its first `bytes` are zero (as a new buffer's are); otherwise they hold whatever the last call left.
 */
export function borrowBuffer(purpose: string, bytes: number, zero = false): ArrayBuffer {
  const buffer = kept.get(purpose)?.deref();
  if (buffer === undefined || buffer.byteLength < bytes) return new ArrayBuffer(bytes);
  kept.delete(purpose);
  if (zero) new Uint8Array(buffer, 0, bytes).fill(0);
  return buffer;
}

/** Hands a borrowed buffer back for the next call to `purpose`; of two, the larger is kept. */
export function returnBuffer(purpose: string, buffer: ArrayBuffer): void {
  const current = kept.get(purpose)?.deref();
  if (current === undefined || current.byteLength < buffer.byteLength) kept.set(purpose, new WeakRef(buffer));
}
