import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The niceness of matching's worker threads: below requests, above nothing else of ours. */
export const BACKGROUND_NICENESS = 10;

/**
 * Lowers the calling thread's scheduling priority, so that when scoring and solving a large
 * cohort compete with request handling (and the database) for the CPUs, requests win: one
 * organization's 20,000-mentee run does not slow another's pages. On Linux niceness is kept per
 * thread, so this touches only the worker thread that calls it. Elsewhere, or where the system
 * refuses, the thread keeps its priority. Returns the niceness in force.
 *
 * @example lowerThisThreadPriority() // first thing in a worker thread
 */
export function lowerThisThreadPriority(niceness = BACKGROUND_NICENESS): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(tid) || tid <= 0) return null;
    if (getPriority(tid) < niceness) setPriority(tid, niceness);
    return getPriority(tid);
  } catch {
    return null;
  }
}
