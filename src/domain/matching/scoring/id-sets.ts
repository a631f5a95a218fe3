/**
 * Small allocation-free set operations for the hot path: sorted Int32Array id lists and bitmasks.
 */

/** Sorted, de-duplicated ids. */
export function sortedIds(ids: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(ids)).sort();
}

/** How many ids two sorted lists share (merge walk). */
export function countShared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  const n = a.length;
  const m = b.length;
  while (i < n && j < m) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Whether an unsorted short list holds a value (linear: these lists have a handful of entries). */
export function listHolds(list: Int32Array, value: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** Position of a value in a list, or -1. */
export function positionIn(list: Int32Array, value: number): number {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return i;
  return -1;
}

/** Number of set bits in a 32-bit integer. */
export function countBits(mask: number): number {
  let v = mask - ((mask >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
