import { solveOptimalAssignment } from '../../domain/matching/optimal-assignment.ts';
import type { MatchingPolicy, MatchingResult } from '../../domain/matching/problem.ts';
import { solveStableAssignment } from '../../domain/matching/stable-assignment.ts';
import type { Cohort } from './cohort-input.ts';
import { solveCohortJobInParallel, type CohortJob, type JobProgress } from './cohort-job.ts';

export type CohortMatchingOptions = {
  policy: MatchingPolicy;
  mode: 'optimal' | 'stable';
  minimumScore?: number;
  /** Solver progress (see AssignmentOptions.onProgress). */
  onProgress?: ((done: number, total: number) => void) | undefined;
};

/** The result file's shape (fixed by the CLI contract). */
export type CohortMatchingOutput = {
  matches: Array<{ mentee: string; mentor: string; score: number; reasons: string[] }>;
  unmatched: Array<{ mentee: string; missing: number; reason: string }>;
  total: number;
  optimal: boolean;
  stats: { seconds: number; mode: string; policy: string; blockingPairs?: number; scoreGivenUp?: number; optimalTotal?: number };
};

/**
 * Matches a parsed cohort. Stable mode also solves the optimal assignment, so the result can
 * say how much score stability gives up.
 */
export function runCohortMatching(cohort: Cohort, options: CohortMatchingOptions): CohortMatchingOutput {
  const started = performance.now();
  const { problem } = cohort;
  const solverOptions = {
    policy: options.policy,
    ...(options.minimumScore === undefined ? {} : { minimumScore: options.minimumScore }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  let result: MatchingResult;
  const extra: Partial<CohortMatchingOutput['stats']> = {};
  if (options.mode === 'stable') {
    const stable = solveStableAssignment(problem, {
      ...(cohort.menteeRank ? { menteeRank: cohort.menteeRank } : {}),
      ...(cohort.mentorRank ? { mentorRank: cohort.mentorRank } : {}),
    });
    const optimal = solveOptimalAssignment(problem, solverOptions);
    result = stable;
    extra.blockingPairs = stable.blockingPairs;
    extra.optimalTotal = round(optimal.total);
    extra.scoreGivenUp = round(optimal.total - stable.total);
  } else {
    result = solveOptimalAssignment(problem, solverOptions);
  }
  return {
    matches: result.matches
      .slice()
      .sort((a, b) => a.mentee - b.mentee || b.score - a.score)
      .map((m) => ({
        mentee: problem.menteeIds[m.mentee] ?? '',
        mentor: problem.mentorIds[m.mentor] ?? '',
        score: m.score,
        reasons: cohort.reasonsOf(m.pair),
      })),
    unmatched: result.unmatched.map((u) => ({ mentee: problem.menteeIds[u.mentee] ?? '', missing: u.missing, reason: u.reason })),
    total: round(result.total),
    optimal: result.optimal,
    stats: { seconds: round((performance.now() - started) / 1000), mode: options.mode, policy: options.policy, ...extra },
  };
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Runs a profile-form cohort (scored by the program rules in the file) into the CLI's result format. */
export async function runProfileCohortMatching(job: CohortJob, onProgress?: JobProgress): Promise<CohortMatchingOutput> {
  const result = await solveCohortJobInParallel(job, onProgress);
  return {
    matches: result.proposals
      .slice()
      .sort((a, b) => a.menteeId.localeCompare(b.menteeId) || b.score - a.score)
      .map((p) => ({ mentee: p.menteeId, mentor: p.mentorId, score: round(p.score), reasons: p.reasons })),
    unmatched: result.unmatched.map((u) => ({ mentee: u.menteeId, missing: u.missing, reason: u.reason })),
    total: round(result.proposals.reduce((sum, p) => sum + p.score, 0)),
    optimal: result.summary.optimal,
    stats: {
      seconds: round(result.summary.seconds),
      mode: job.mode,
      policy: job.policy,
      ...(result.summary.blockingPairs === null ? {} : { blockingPairs: result.summary.blockingPairs }),
      ...(result.summary.scoreGivenUp === null ? {} : { scoreGivenUp: round(result.summary.scoreGivenUp) }),
    },
  };
}
