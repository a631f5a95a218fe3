/** How many people are prepared between two yields to the event loop. */
export const PEOPLE_PER_SLICE = 1000;

/**
 * Lets the event loop run what is waiting (requests, timers) before the caller goes on: long
 * work on the main thread is cut into slices with this between them, so no slice holds the loop
 * for long.
 *
 * @example for (let i = 0; i < rows.length; i += 1000) { ...; await yieldToEventLoop(); }
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Maps a list in slices of `slice` items, yielding to the event loop between slices.
 *
 * @example const profiles = await mapInSlices(ids, (id) => profileFor(id));
 */
export async function mapInSlices<T, U>(list: readonly T[], map: (item: T) => U, slice = PEOPLE_PER_SLICE): Promise<U[]> {
  const out: U[] = [];
  for (let start = 0; start < list.length; start += slice) {
    if (start > 0) await yieldToEventLoop();
    const end = Math.min(list.length, start + slice);
    for (let i = start; i < end; i++) out.push(map(list[i] as T));
  }
  return out;
}
