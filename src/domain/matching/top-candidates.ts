import type { ScoreSource } from './candidate-pipeline.ts';

/** A growing set of candidate pairs, each (mentee, mentor) at most once. */
export type CandidateSet = {
  readonly size: number;
  /** Adds a pair; false when it was already a candidate. */
  add: (mentee: number, mentor: number, score: number) => boolean;
  has: (mentee: number, mentor: number) => boolean;
  list: () => Array<{ mentee: number; mentor: number; score: number }>;
};

/**
 * Streams every pair's score once and keeps the k best per mentee and the k best per mentor
 * (so popular mentors cannot crowd everyone else out of the candidate set). Memory grows with
 * the candidates, never with the full mentee x mentor matrix.
 */
export function selectTopCandidates(source: ScoreSource, k: number, minimum: number, onRow?: (done: number) => void): CandidateSet {
  const mentorCount = source.mentorIds.length;
  const row = new Float64Array(mentorCount);
  const mentorBest: Array<Array<{ mentee: number; score: number }>> = Array.from({ length: mentorCount }, () => []);
  const mentorFloor = new Float64Array(mentorCount).fill(Number.NEGATIVE_INFINITY);
  const set = createCandidateSet();
  const top: number[] = [];
  for (let i = 0; i < source.menteeIds.length; i++) {
    source.scoreRow(i, row);
    top.length = 0;
    for (let j = 0; j < mentorCount; j++) {
      const score = row[j] as number;
      if (score < 0 || score < minimum) continue;
      insertTop(top, j, row, k);
      if (score > (mentorFloor[j] as number)) {
        const best = mentorBest[j] as Array<{ mentee: number; score: number }>;
        best.push({ mentee: i, score });
        if (best.length > k) {
          best.sort((a, b) => b.score - a.score || a.mentee - b.mentee);
          best.length = k;
          mentorFloor[j] = (best[k - 1] as { score: number }).score;
        }
      }
    }
    for (const j of top) set.add(i, j, row[j] as number);
    if (i % 256 === 0) onRow?.(i);
  }
  mentorBest.forEach((best, j) => best.forEach(({ mentee, score }) => set.add(mentee, j, score)));
  return set;
}

/** Keeps `top` as the indices of the k best scores seen so far, best first. */
function insertTop(top: number[], j: number, row: Float64Array, k: number): void {
  const score = row[j] as number;
  if (top.length === k && score <= (row[top[k - 1] as number] as number)) return;
  let position = top.length === k ? k - 1 : top.length;
  top[position] = j;
  while (position > 0 && (row[top[position - 1] as number] as number) < score) {
    top[position] = top[position - 1] as number;
    top[position - 1] = j;
    position--;
  }
}

function createCandidateSet(): CandidateSet {
  const keys = new Set<number>();
  const pairs: Array<{ mentee: number; mentor: number; score: number }> = [];
  return {
    get size() {
      return pairs.length;
    },
    add(mentee, mentor, score) {
      const key = mentee * 1_048_576 + mentor;
      if (keys.has(key)) return false;
      keys.add(key);
      pairs.push({ mentee, mentor, score });
      return true;
    },
    has: (mentee, mentor) => keys.has(mentee * 1_048_576 + mentor),
    list: () => pairs,
  };
}
