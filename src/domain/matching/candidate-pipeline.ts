import { solveOptimalAssignment } from './optimal-assignment.ts';
import { createPricingMemory, priceLeftOutPairs, type PricingMemory } from './pricing.ts';
import type { MatchingPolicy, MatchingProblem, MatchingResult, WarmStart } from './problem.ts';
import type { ScoreSource } from './score-source.ts';
import { selectTopCandidates, type CandidateSet } from './top-candidates.ts';

export type { ScoreSource };

export type CertifiedOptions = {
  policy?: MatchingPolicy;
  minimumScore?: number;
  /** Candidates kept per mentee and per mentor before solving (default 12). */
  k?: number;
  /** Pairs kept per mentee for pricing from memory (default max(k, 64)); smaller saves memory, prices by scoring more. */
  reserveWidth?: number;
  /** Most pricing rounds before giving up on the certificate (default 60). */
  maxRounds?: number;
  onProgress?: (stage: 'scoring' | 'solving' | 'pricing', done: number, total: number) => void;
  /** Candidates already selected (for instance by scoring on worker threads) with the same k and minimum. */
  candidates?: CandidateSet;
  /** An earlier solve of the same cohort to resume from (see MatchingSession): its candidates, pricing memory and solution. */
  state?: CertifiedState;
};

/** What a solve leaves behind to resume from after a small change (lock, forbid, removal). */
export type CertifiedState = { candidates: CandidateSet; memory: PricingMemory; warmStart: WarmStart | undefined };

export type CertifiedResult = MatchingResult & {
  problem: MatchingProblem;
  rounds: number;
  candidatePairs: number;
  timings: { scoring: number; solving: number; pricing: number };
  state: CertifiedState;
};

/**
 * Optimal matching on a sparse candidate set, certified against every pair: score all pairs once
 * keeping the top k per mentee and per mentor, solve exactly, then price every pair against the
 * dual prices; pairs that could still improve the total join the candidates and the problem is
 * solved again, until none is left. `optimal` is true only when that check passed.
 *
 * @example solveCertified(source, { k: 12 }).optimal
 */
export function solveCertified(source: ScoreSource, options: CertifiedOptions = {}): CertifiedResult {
  const t0 = performance.now();
  const minimum = Math.max(0, options.minimumScore ?? 0);
  const candidates =
    options.state?.candidates ??
    options.candidates ??
    selectTopCandidates(
      source,
      options.k ?? 12,
      minimum,
      (done) => options.onProgress?.('scoring', done, source.menteeIds.length),
      options.reserveWidth,
    );
  const timings = { scoring: (performance.now() - t0) / 1000, solving: 0, pricing: 0 };
  const maxRounds = options.maxRounds ?? 60;
  let rounds = 0;
  let warmStart: WarmStart | undefined = options.state?.warmStart;
  const memory = options.state?.memory ?? createPricingMemory(source.menteeIds.length);
  for (;;) {
    rounds++;
    const pairs = candidates.columns();
    const problem: MatchingProblem = {
      menteeIds: source.menteeIds,
      mentorIds: source.mentorIds,
      demand: Int32Array.from(source.demand),
      capacity: Int32Array.from(source.capacity),
      pairMentee: pairs.mentee,
      pairMentor: pairs.mentor,
      pairScore: pairs.score,
    };
    if (source.needCount && source.needsOf) {
      const needsOf = source.needsOf;
      problem.needCount = source.needCount;
      problem.pairNeeds = Int32Array.from(problem.pairMentee, (mentee, p) => needsOf(mentee, problem.pairMentor[p] as number));
    }
    if (source.isBlocked) {
      const isBlocked = source.isBlocked;
      problem.pairBlocked = Uint8Array.from(problem.pairMentee, (mentee, p) =>
        isBlocked(mentee, problem.pairMentor[p] as number) ? 1 : 0,
      );
    }
    const t1 = performance.now();
    const result = solveOptimalAssignment(problem, {
      ...(options.policy ? { policy: options.policy } : {}),
      ...(warmStart ? { warmStart } : {}),
      onProgress: (done, total) => options.onProgress?.('solving', done, total),
    });
    warmStart = result.warmStart;
    timings.solving += (performance.now() - t1) / 1000;
    const t2 = performance.now();
    const added =
      result.reducedCostOf && result.pricing ? priceLeftOutPairs(source, result, candidates, minimum, options.k ?? 12, memory) : 0;
    timings.pricing += (performance.now() - t2) / 1000;
    options.onProgress?.('pricing', rounds, maxRounds);
    if (added === 0 || rounds >= maxRounds) {
      const state = { candidates, memory, warmStart };
      return {
        ...result,
        optimal: result.optimal && added === 0 && !!result.reducedCostOf,
        problem,
        rounds,
        candidatePairs: candidates.size,
        timings,
        state,
      };
    }
  }
}
