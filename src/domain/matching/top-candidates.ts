import type { ScoreSource } from './candidate-pipeline.ts';

/** A growing set of candidate pairs, each (mentee, mentor) at most once, and what was left out. */
export type CandidateSet = {
  readonly size: number;
  /** Adds a pair; false when it was already a candidate. */
  add: (mentee: number, mentor: number, score: number) => boolean;
  has: (mentee: number, mentor: number) => boolean;
  list: () => Array<{ mentee: number; mentor: number; score: number }>;
  /**
   * Each mentee's best `reserveWidth` feasible pairs, best first (the first k are candidates):
   * mentee i's are reserveMentor/reserveScore[i * reserveWidth …] (reserveCount[i] of them).
   * Pricing checks these exactly from memory instead of scoring the row again.
   */
  reserve: Reserve;
  /**
   * Upper bounds on the score of any pair not kept: a pair (i, j) outside mentee i's reserve
   * scores at most menteeCeiling[i]; a non-candidate pair scores at most mentorCeiling[j]
   * (-Infinity: nothing of that person was left out).
   */
  menteeCeiling: Float64Array;
  mentorCeiling: Float64Array;
};

export type Reserve = { width: number; count: Int32Array; mentor: Int32Array; score: Float64Array };

/**
 * Streams every pair's score once and keeps the k best per mentee and the k best per mentor
 * (so popular mentors cannot crowd everyone else out of the candidate set), plus a reserve of
 * each mentee's next best pairs for pricing. Memory grows with the candidates and the reserve,
 * never with the full mentee x mentor matrix.
 *
 * @example selectTopCandidates(source, 12, 0).list().length
 */
export function selectTopCandidates(source: ScoreSource, k: number, minimum: number, onRow?: (done: number) => void, reserveWidth = Math.max(k, 64)): CandidateSet {
  const menteeCount = source.menteeIds.length;
  const mentorCount = source.mentorIds.length;
  const row = new Float64Array(mentorCount);
  const mentorBest: Array<Array<{ mentee: number; score: number }>> = Array.from({ length: mentorCount }, () => []);
  const mentorFloor = new Float64Array(mentorCount).fill(Number.NEGATIVE_INFINITY);
  const set = createCandidateSet(menteeCount, mentorCount, reserveWidth);
  const { reserve } = set;
  const heap = new Int32Array(reserveWidth);
  const feasibleOfMentor = new Int32Array(mentorCount);
  for (let i = 0; i < menteeCount; i++) {
    source.scoreRow(i, row);
    let size = 0;
    let feasible = 0;
    for (let j = 0; j < mentorCount; j++) {
      const score = row[j] as number;
      if (score < 0 || score < minimum) continue;
      feasible++;
      feasibleOfMentor[j] = (feasibleOfMentor[j] as number) + 1;
      if (size < reserveWidth) {
        heap[size] = j;
        siftUp(heap, size++, row);
      } else if (better(j, heap[0] as number, row)) {
        heap[0] = j;
        siftDown(heap, size, row);
      }
      if (score > (mentorFloor[j] as number)) {
        const best = mentorBest[j] as Array<{ mentee: number; score: number }>;
        best.push({ mentee: i, score });
        if (best.length > 2 * k) {
          best.sort((a, b) => b.score - a.score || a.mentee - b.mentee);
          best.length = k;
          mentorFloor[j] = (best[k - 1] as { score: number }).score;
        }
      }
    }
    const kept = heap.subarray(0, size).sort((a, b) => (better(a, b, row) ? -1 : 1));
    const base = i * reserveWidth;
    reserve.count[i] = size;
    for (let r = 0; r < size; r++) {
      const j = kept[r] as number;
      reserve.mentor[base + r] = j;
      reserve.score[base + r] = row[j] as number;
      if (r < k) set.add(i, j, row[j] as number);
    }
    if (feasible > size) set.menteeCeiling[i] = row[kept[size - 1] as number] as number;
    if (i % 256 === 0) onRow?.(i);
  }
  mentorBest.forEach((best, j) => {
    best.sort((a, b) => b.score - a.score || a.mentee - b.mentee);
    if (best.length > k) {
      best.length = k;
      mentorFloor[j] = (best[k - 1] as { score: number }).score;
    }
    best.forEach(({ mentee, score }) => set.add(mentee, j, score));
    if ((feasibleOfMentor[j] as number) > best.length) set.mentorCeiling[j] = mentorFloor[j] as number;
  });
  return set;
}

/** Whether mentor a ranks above mentor b in this row: higher score, then lower index. */
function better(a: number, b: number, row: Float64Array): boolean {
  const sa = row[a] as number;
  const sb = row[b] as number;
  return sa > sb || (sa === sb && a < b);
}

/** Min-heap by rank (the worst kept mentor at the root). */
function siftUp(heap: Int32Array, at: number, row: Float64Array): void {
  let child = at;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!better(heap[parent] as number, heap[child] as number, row)) return;
    const t = heap[parent] as number;
    heap[parent] = heap[child] as number;
    heap[child] = t;
    child = parent;
  }
}

function siftDown(heap: Int32Array, size: number, row: Float64Array): void {
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    if (left >= size) return;
    const right = left + 1;
    const worse = right < size && better(heap[left] as number, heap[right] as number, row) ? right : left;
    if (!better(heap[parent] as number, heap[worse] as number, row)) return;
    const t = heap[parent] as number;
    heap[parent] = heap[worse] as number;
    heap[worse] = t;
    parent = worse;
  }
}

function createCandidateSet(menteeCount: number, mentorCount: number, reserveWidth: number): CandidateSet {
  const keys = new Set<number>();
  const pairs: Array<{ mentee: number; mentor: number; score: number }> = [];
  return {
    reserve: {
      width: reserveWidth,
      count: new Int32Array(menteeCount),
      mentor: new Int32Array(menteeCount * reserveWidth),
      score: new Float64Array(menteeCount * reserveWidth),
    },
    menteeCeiling: new Float64Array(menteeCount).fill(Number.NEGATIVE_INFINITY),
    mentorCeiling: new Float64Array(mentorCount).fill(Number.NEGATIVE_INFINITY),
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
