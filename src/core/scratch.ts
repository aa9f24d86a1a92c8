/**
 * Scratch memory reused from one call to the next (internal). A million-entry draw needs tens of megabytes of
 * typed arrays for a few hundred milliseconds; allocated afresh every time, they count as new external memory and
 * bring on a full collection of the host's whole heap about once a draw. A borrowed buffer is taken out of the
 * keep, so a call nested in another (a host's callback that draws in the middle of a draw) gets memory of its
 * own, and it is handed back when its call ends. Kept buffers are held weakly: a full collection still frees them.
 */

/** Buffers kept per purpose: enough for one buffer per stratum of a usual sample. */
const KEEP = 8;

const kept = new Map<string, WeakRef<ArrayBuffer>[]>();

/**
 * A buffer of at least `bytes` for `purpose`: the smallest kept one that is large enough, or a new one. With
 * `zero`, its first `bytes` are zero (as a new buffer's are); otherwise they hold whatever the last call left.
 */
export function borrowBuffer(purpose: string, bytes: number, zero = false): ArrayBuffer {
  const list = kept.get(purpose);
  let best = -1;
  let buffer: ArrayBuffer | undefined;
  if (list !== undefined)
    for (let i = 0; i < list.length; i++) {
      const b = list[i]?.deref();
      if (
        b !== undefined &&
        b.byteLength >= bytes &&
        (buffer === undefined || b.byteLength < buffer.byteLength)
      ) {
        best = i;
        buffer = b;
      }
    }
  if (buffer === undefined || list === undefined) return new ArrayBuffer(bytes);
  list.splice(best, 1);
  if (zero) new Uint8Array(buffer, 0, bytes).fill(0);
  return buffer;
}

/** Hands a borrowed buffer back for the next call to `purpose`; of more than {@link KEEP}, the smallest goes. */
export function returnBuffer(purpose: string, buffer: ArrayBuffer): void {
  const list = (kept.get(purpose) ?? []).filter((r) => r.deref() !== undefined);
  if (list.some((r) => r.deref() === buffer)) return;
  list.push(new WeakRef(buffer));
  if (list.length > KEEP) {
    const size = (r: WeakRef<ArrayBuffer>) => r.deref()?.byteLength ?? 0;
    let smallest = 0;
    for (let i = 1; i < list.length; i++)
      if (size(list[i] as WeakRef<ArrayBuffer>) < size(list[smallest] as WeakRef<ArrayBuffer>)) smallest = i;
    list.splice(smallest, 1);
  }
  kept.set(purpose, list);
}
