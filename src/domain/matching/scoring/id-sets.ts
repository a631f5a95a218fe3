/**
 * Small allocation-free set operations for the hot path: sorted Int32Array id lists and bitmasks.
 */

/** Sorted, de-duplicated ids. */
export function sortedIds(ids: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(ids)).sort();
}

/** A bitset (32 ids a word) holding the given non-negative ids. */
export function bitsetOf(ids: Int32Array): Int32Array {
  let max = -1;
  for (const id of ids) if (id > max) max = id;
  const bits = new Int32Array((max >> 5) + 1);
  for (const id of ids) bits[id >> 5] = (bits[id >> 5] as number) | (1 << (id & 31));
  return bits;
}

/**
 * How many ids of a short list are in a bitset. Branch-free on the data, so much faster than a
 * merge walk of two sorted lists, whose comparisons the CPU cannot predict.
 */
export function countInBitset(list: Int32Array, bits: Int32Array): number {
  let count = 0;
  const words = bits.length;
  for (let i = 0; i < list.length; i++) {
    const id = list[i] as number;
    const word = id >> 5;
    if (word < words) count += ((bits[word] as number) >>> (id & 31)) & 1;
  }
  return count;
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
