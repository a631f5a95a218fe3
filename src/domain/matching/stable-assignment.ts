import { listCandidates } from './candidate-lists.ts';
import { explainUnmatched } from './optimal-assignment.ts';
import type { Match, MatchingProblem, MatchingResult } from './problem.ts';

/** Ranks from each side's point of view: higher is preferred. Default: the pair score. */
export type TwoSidedPreferences = { menteeRank?: Float64Array; mentorRank?: Float64Array };

export type StableResult = MatchingResult & { blockingPairs: number };

/**
 * Mentee-proposing deferred acceptance with capacities and demands: no mentee and mentor who
 * are not matched would both rather be matched to each other. Stable, but usually below the
 * optimal total; the caller reports what is given up.
 *
 * @example const stable = solveStableAssignment(problem); stable.blockingPairs // 0
 */
export function solveStableAssignment(problem: MatchingProblem, preferences: TwoSidedPreferences = {}): StableResult {
  const started = performance.now();
  const menteeRank = preferences.menteeRank ?? problem.pairScore;
  const mentorRank = preferences.mentorRank ?? problem.pairScore;
  const byMentee = listCandidates(problem, 'mentee', menteeRank);
  const menteeCount = problem.menteeIds.length;
  const next = byMentee.offsets.slice(0, menteeCount);
  const held: number[][] = Array.from({ length: problem.mentorIds.length }, () => []);
  const slots = new Int32Array(menteeCount);
  const queue: number[] = [];
  for (let i = 0; i < menteeCount; i++) if ((problem.demand[i] as number) > 0) queue.push(i);
  while (queue.length > 0) {
    const mentee = queue.pop() as number;
    while (
      (slots[mentee] as number) < (problem.demand[mentee] as number) &&
      (next[mentee] as number) < (byMentee.offsets[mentee + 1] as number)
    ) {
      const p = byMentee.pairs[next[mentee] as number] as number;
      next[mentee] = (next[mentee] as number) + 1;
      const mentor = problem.pairMentor[p] as number;
      const list = held[mentor] as number[];
      list.push(p);
      slots[mentee] = (slots[mentee] as number) + 1;
      if (list.length > (problem.capacity[mentor] as number)) {
        let worst = 0;
        for (let k = 1; k < list.length; k++) if (prefersLess(list[k] as number, list[worst] as number, mentorRank, problem)) worst = k;
        const rejected = list.splice(worst, 1)[0] as number;
        const loser = problem.pairMentee[rejected] as number;
        slots[loser] = (slots[loser] as number) - 1;
        if (loser !== mentee) queue.push(loser);
      }
    }
  }
  const matches: Match[] = [];
  let total = 0;
  for (const list of held) {
    for (const p of list) {
      const score = problem.pairScore[p] as number;
      matches.push({ mentee: problem.pairMentee[p] as number, mentor: problem.pairMentor[p] as number, pair: p, score });
      total += score;
    }
  }
  matches.sort((a, b) => a.mentee - b.mentee || a.mentor - b.mentor);
  return {
    matches,
    unmatched: explainUnmatched(problem, slots, Number.NEGATIVE_INFINITY),
    total,
    optimal: false,
    blockingPairs: countBlockingPairs(problem, matches, menteeRank, mentorRank),
    stats: { augmentations: 0, seconds: (performance.now() - started) / 1000 },
  };
}

/** Whether the mentor ranks pair a below pair b (ties: the later mentee index is worse). */
function prefersLess(a: number, b: number, mentorRank: Float64Array, problem: MatchingProblem): boolean {
  const ra = mentorRank[a] as number;
  const rb = mentorRank[b] as number;
  return ra < rb || (ra === rb && (problem.pairMentee[a] as number) > (problem.pairMentee[b] as number));
}

/** Unmatched pairs whose mentee and mentor would both rather have each other. */
export function countBlockingPairs(problem: MatchingProblem, matches: Match[], menteeRank: Float64Array, mentorRank: Float64Array): number {
  const menteeWorst = new Float64Array(problem.menteeIds.length).fill(Number.POSITIVE_INFINITY);
  const mentorWorst = new Float64Array(problem.mentorIds.length).fill(Number.POSITIVE_INFINITY);
  const menteeCount = new Int32Array(problem.menteeIds.length);
  const mentorCount = new Int32Array(problem.mentorIds.length);
  const matched = new Uint8Array(problem.pairScore.length);
  for (const m of matches) {
    matched[m.pair] = 1;
    menteeWorst[m.mentee] = Math.min(menteeWorst[m.mentee] as number, menteeRank[m.pair] as number);
    mentorWorst[m.mentor] = Math.min(mentorWorst[m.mentor] as number, mentorRank[m.pair] as number);
    menteeCount[m.mentee] = (menteeCount[m.mentee] as number) + 1;
    mentorCount[m.mentor] = (mentorCount[m.mentor] as number) + 1;
  }
  let blocking = 0;
  for (let p = 0; p < problem.pairScore.length; p++) {
    if (matched[p]) continue;
    const e = problem.pairMentee[p] as number;
    const m = problem.pairMentor[p] as number;
    const menteeWants =
      (menteeCount[e] as number) < (problem.demand[e] as number) || (menteeRank[p] as number) > (menteeWorst[e] as number);
    const mentorWants =
      (mentorCount[m] as number) < (problem.capacity[m] as number) || (mentorRank[p] as number) > (mentorWorst[m] as number);
    if (menteeWants && mentorWants) blocking++;
  }
  return blocking;
}
