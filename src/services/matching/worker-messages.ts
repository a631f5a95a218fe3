import type { MatchingProfile } from '../../../shared/schemas/matching-rules.ts';
import type { CohortJob, CohortJobResult, ProposedPair } from './cohort-job-types.ts';

/**
 * The messages between the main thread and a matching worker. A structured clone is made
 * synchronously on the sending thread and read synchronously on the receiving one, so a cohort
 * of 25,000 people (and a proposal of 20,000 explained pairs) travels in slices, the main thread
 * serving its event loop between two of them; the worker sends the next result slice only when
 * the main thread has taken the last one (`ack`).
 */
export type ToWorker =
  | { type: 'job'; job: CohortJob }
  | { type: 'mentees' | 'mentors'; profiles: MatchingProfile[] }
  | { type: 'solve' }
  | { type: 'ack' };

export type FromWorker =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'proposals'; proposals: ProposedPair[] }
  | { type: 'unmatched'; unmatched: CohortJobResult['unmatched'] }
  | { type: 'done'; result: CohortJobResult }
  | { type: 'failed'; message: string };

/** Profiles per message to the worker, and proposals or unmatched mentees per message back. */
export const PROFILES_PER_MESSAGE = 1000;
export const RESULTS_PER_MESSAGE = 1000;
