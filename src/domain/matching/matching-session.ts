import { solveCertified, type CertifiedOptions, type CertifiedResult, type ScoreSource } from './candidate-pipeline.ts';

/** A coordinator's change between runs, by mentee and mentor index. */
export type CohortChange = {
  /** Pairs to keep: each uses one place of its mentee's demand and its mentor's capacity. */
  lock?: Array<[mentee: number, mentor: number]>;
  /** Pairs never to propose. */
  forbid?: Array<[mentee: number, mentor: number]>;
  removeMentees?: number[];
  removeMentors?: number[];
};

export type MatchingSession = {
  /** The latest result (the first run's, then each re-run's). */
  result: CertifiedResult;
  /** Locked pairs so far, in the order they were locked. */
  locked: Array<[number, number]>;
  /** Applies a change and re-solves from the previous solution: scores are not computed again. */
  rerun: (change: CohortChange) => CertifiedResult;
};

/**
 * A cohort matched once and then adjusted: a coordinator locks, forbids or removes people and
 * re-runs. The first run scores every pair; each re-run reuses the candidates, the pricing memory
 * and the previous flow and prices, so only what the change disturbed is repaired (a lock at
 * 10k x 2k re-solves in tens of milliseconds). The result is certified optimal for the changed
 * cohort exactly as a fresh run would be.
 *
 * @example const session = openMatchingSession(source); session.rerun({ lock: [[0, 3]] }).optimal
 */
export function openMatchingSession(source: ScoreSource, options: CertifiedOptions = {}): MatchingSession {
  const mentorCount = source.mentorIds.length;
  const demand = Int32Array.from(source.demand);
  const capacity = Int32Array.from(source.capacity);
  const removedMentee = new Uint8Array(source.menteeIds.length);
  const removedMentor = new Uint8Array(mentorCount);
  const blockedOf = new Map<number, Set<number>>();
  // Until the first change nothing is blocked, and scores pass through untouched (pricing scores millions).
  let changed = false;
  const isBlocked = (i: number, j: number): boolean => changed && (!!removedMentee[i] || !!removedMentor[j] || !!blockedOf.get(i)?.has(j));
  const mask = (i: number, j: number, score: number): number => (isBlocked(i, j) ? -1 : score);
  const adjusted: ScoreSource = {
    ...source,
    demand,
    capacity,
    isBlocked,
    scoreRow(i, out) {
      source.scoreRow(i, out);
      if (changed) for (let j = 0; j < mentorCount; j++) out[j] = mask(i, j, out[j] as number);
    },
  };
  if (source.scoreColumn) {
    const scoreColumn = source.scoreColumn;
    adjusted.scoreColumn = (j, out) => {
      scoreColumn(j, out);
      if (changed) for (let i = 0; i < out.length; i++) out[i] = mask(i, j, out[i] as number);
    };
  }
  if (source.scorePairs) {
    const scorePairs = source.scorePairs;
    adjusted.scorePairs = (i, chosen, count, out) => {
      scorePairs(i, chosen, count, out);
      if (changed) for (let s = 0; s < count; s++) out[s] = mask(i, chosen[s] as number, out[s] as number);
    };
  }
  const block = (i: number, j: number): void => {
    const set = blockedOf.get(i) ?? new Set<number>();
    set.add(j);
    blockedOf.set(i, set);
  };

  const session: MatchingSession = {
    result: solveCertified(adjusted, options),
    locked: [],
    rerun(change) {
      changed = true;
      for (const [i, j] of change.lock ?? []) {
        if ((demand[i] as number) <= 0 || (capacity[j] as number) <= 0 || isBlocked(i, j)) continue;
        demand[i] = (demand[i] as number) - 1;
        capacity[j] = (capacity[j] as number) - 1;
        block(i, j);
        session.locked.push([i, j]);
      }
      for (const [i, j] of change.forbid ?? []) block(i, j);
      for (const i of change.removeMentees ?? []) {
        removedMentee[i] = 1;
        demand[i] = 0;
      }
      for (const j of change.removeMentors ?? []) {
        removedMentor[j] = 1;
        capacity[j] = 0;
      }
      session.result = solveCertified(adjusted, { ...options, state: session.result.state });
      return session.result;
    },
  };
  return session;
}
