import type { CohortJob, CohortJobResult } from './cohort-job-types.ts';

/**
 * The messages between the main thread and a matching worker. A cohort of 25,000 people and a
 * proposal of 20,000 explained pairs travel as JSON text in slices (a profile slice as it was read,
 * a batch of proposals as the insert reads it): the main thread copies and keeps strings, never a
 * cohort of objects its collector would have to copy again and again. The worker sends the next
 * result slice only when the main thread has taken the last one (`ack`).
 */
export type ToWorker =
  | { type: 'job'; job: CohortJob }
  /** A JSON array of MatchingProfile. */
  | { type: 'mentees' | 'mentors'; json: string }
  | { type: 'solve' }
  | { type: 'ack' };

export type FromWorker =
  | { type: 'progress'; stage: string; done: number; total: number }
  /** A batch as `insertProposalBatches` reads it (`proposalBatchJson`). */
  | { type: 'proposals'; json: string; count: number }
  | { type: 'unmatched'; unmatched: CohortJobResult['unmatched'] }
  /** The rest of the result: its proposals and unmatched mentees came before, in slices. */
  | { type: 'done'; result: Omit<CohortJobResult, 'proposals' | 'unmatched'> }
  | { type: 'failed'; message: string };

/** Unmatched mentees per message back (proposals go in the insert's batches). */
export const RESULTS_PER_MESSAGE = 1000;
