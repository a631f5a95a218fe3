import type { ScoreSource } from './score-source.ts';

/** A growing set of candidate pairs, each (mentee, mentor) at most once, and what was left out. */
export type CandidateSet = {
  readonly size: number;
  /** Adds a pair; false when it was already a candidate. */
  add: (mentee: number, mentor: number, score: number) => boolean;
  has: (mentee: number, mentor: number) => boolean;
  /** The candidates in the order added, as columns (views that later additions leave intact). */
  columns: () => { mentee: Int32Array; mentor: Int32Array; score: Float64Array };
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
 * What scoring a range of mentees' rows leaves behind: their top-k candidates and reserves, and
 * for each mentor its best (up to k) of these mentees and how many were feasible. Plain typed
 * arrays, so a worker thread can hand it back without copying.
 */
export type RowScan = {
  from: number;
  to: number;
  /** Rows from..to-1: count, mentor and score of each kept pair (reserve order, best first). */
  reserveCount: Int32Array;
  reserveMentor: Int32Array;
  reserveScore: Float64Array;
  menteeCeiling: Float64Array;
  /** Per mentor: up to mentorKeep best (mentee, score) of these rows, at mentorBest*[mentorBestStart[j] …]. */
  mentorBestStart: Int32Array;
  mentorBestCount: Int32Array;
  mentorBestMentee: Int32Array;
  mentorBestScore: Float64Array;
  feasibleOfMentor: Int32Array;
};

/**
 * Streams every pair's score once and keeps the k best per mentee and the k best per mentor
 * (so popular mentors cannot crowd everyone else out of the candidate set), plus a reserve of
 * each mentee's next best pairs for pricing. Memory grows with the candidates and the reserve,
 * never with the full mentee x mentor matrix.
 *
 * @example selectTopCandidates(source, 12, 0).size
 */
export function selectTopCandidates(
  source: ScoreSource,
  k: number,
  minimum: number,
  onRow?: (done: number) => void,
  reserveWidth = defaultReserveWidth(k),
): CandidateSet {
  return mergeRowScans(
    [scanRows(source, 0, source.menteeIds.length, k, minimum, reserveWidth, onRow)],
    source.menteeIds.length,
    source.mentorIds.length,
    k,
    reserveWidth,
  );
}

export function defaultReserveWidth(k: number): number {
  return Math.max(k, 64);
}

/**
 * Candidates kept per place of a mentor, from the mentor's side: a mentor with five places sets
 * its price against the sixth-best mentee it could take, so it needs a wider view than a
 * mentor with one. At 20k x 5k, keeping max(k, 6 x capacity) instead of k cut the pairs pricing
 * adds after the first solve from 4,608 to 493, and the rounds from four to three.
 */
const KEPT_PER_PLACE = 6;

/** How many candidates a mentor keeps from its own side. */
export function mentorKeep(k: number, capacity: number): number {
  return Math.max(k, KEPT_PER_PLACE * capacity);
}

/** Offsets of each mentor's kept candidates when mentor j keeps mentorKeep(k, capacity[j]) (times `factor`). */
function mentorOffsets(capacity: Int32Array, k: number, factor: number): Int32Array {
  const start = new Int32Array(capacity.length + 1);
  for (let j = 0; j < capacity.length; j++) start[j + 1] = (start[j] as number) + factor * mentorKeep(k, capacity[j] as number);
  return start;
}

/** Scores rows from..to-1 (see RowScan). Allocates nothing per pair, so the hot loop stays in the CPU. */
export function scanRows(
  source: ScoreSource,
  from: number,
  to: number,
  k: number,
  minimum: number,
  reserveWidth: number,
  onRow?: (done: number) => void,
): RowScan {
  const steps = scanRowsInSteps(source, from, to, k, minimum, reserveWidth);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    onRow?.(step.value);
  }
}

/** Rows scored between two steps of scanRowsInSteps. */
export const ROWS_PER_STEP = 256;
/** Rows a source's scoreRows scores at once (a divisor of ROWS_PER_STEP). */
const ROWS_PER_BLOCK = 16;

/**
 * scanRows as steps: yields the rows done every ROWS_PER_STEP rows and returns the scan, so a
 * caller may serve its other work (a worker thread's messages) between steps.
 *
 * @example const steps = scanRowsInSteps(source, 0, n, k, 0, w); for (let s = steps.next(); !s.done; s = steps.next()) await pause();
 */
export function* scanRowsInSteps(
  source: ScoreSource,
  from: number,
  to: number,
  k: number,
  minimum: number,
  reserveWidth: number,
): Generator<number, RowScan, void> {
  const mentorCount = source.mentorIds.length;
  const rows = to - from;
  const ownRow = new Float64Array(mentorCount);
  const mentorBest = createMentorBest(source.capacity, k);
  const mentorBestStart = mentorOffsets(source.capacity, k, 1);
  const scan: RowScan = {
    from,
    to,
    reserveCount: new Int32Array(rows),
    reserveMentor: new Int32Array(rows * reserveWidth),
    reserveScore: new Float64Array(rows * reserveWidth),
    menteeCeiling: new Float64Array(rows).fill(Number.NEGATIVE_INFINITY),
    mentorBestStart,
    mentorBestCount: new Int32Array(mentorCount),
    mentorBestMentee: new Int32Array(mentorBestStart[mentorCount] as number),
    mentorBestScore: new Float64Array(mentorBestStart[mentorCount] as number),
    feasibleOfMentor: new Int32Array(mentorCount),
  };
  const { feasibleOfMentor } = scan;
  const mentorFloor = mentorBest.floor;
  const floor = Math.max(0, minimum);
  const heap = new Int32Array(reserveWidth);
  // Rows scored a block at a time when the source can (scoreRows), one by one otherwise.
  const block = source.scoreRows ? new Float64Array(ROWS_PER_BLOCK * mentorCount) : null;
  let blockFrom = from;
  let blockTo = from;
  for (let i = from; i < to; i++) {
    let row = ownRow;
    if (block && source.scoreRows) {
      if (i >= blockTo) {
        blockFrom = i;
        blockTo = Math.min(to, i + ROWS_PER_BLOCK);
        source.scoreRows(blockFrom, blockTo, block);
      }
      row = block.subarray((i - blockFrom) * mentorCount, (i - blockFrom + 1) * mentorCount);
    } else source.scoreRow(i, row);
    let size = 0;
    let feasible = 0;
    // Once the heap is full, its root's score: a later mentor must beat it strictly (on a tie the lower index, seen first, wins).
    let rootScore = Number.POSITIVE_INFINITY;
    for (let j = 0; j < mentorCount; j++) {
      const score = row[j] as number;
      if (!(score >= floor)) continue;
      feasible++;
      feasibleOfMentor[j] = (feasibleOfMentor[j] as number) + 1;
      if (size < reserveWidth) {
        heap[size] = j;
        siftUp(heap, size++, row);
        if (size === reserveWidth) rootScore = row[heap[0] as number] as number;
      } else if (score > rootScore) {
        heap[0] = j;
        siftDown(heap, size, row);
        rootScore = row[heap[0] as number] as number;
      }
      if (score > (mentorFloor[j] as number)) mentorBest.offer(j, i, score);
    }
    const kept = heap.subarray(0, size).sort((a, b) => (better(a, b, row) ? -1 : 1));
    const base = (i - from) * reserveWidth;
    scan.reserveCount[i - from] = size;
    for (let r = 0; r < size; r++) {
      scan.reserveMentor[base + r] = kept[r] as number;
      scan.reserveScore[base + r] = row[kept[r] as number] as number;
    }
    if (feasible > size) scan.menteeCeiling[i - from] = row[kept[size - 1] as number] as number;
    if ((i - from) % ROWS_PER_STEP === 0) yield i - from;
  }
  for (let j = 0; j < mentorCount; j++) {
    const count = mentorBest.keep(j);
    const first = mentorBest.start[j] as number;
    scan.mentorBestCount[j] = count;
    scan.mentorBestMentee.set(mentorBest.mentee.subarray(first, first + count), mentorBestStart[j] as number);
    scan.mentorBestScore.set(mentorBest.score.subarray(first, first + count), mentorBestStart[j] as number);
  }
  return scan;
}

/**
 * Each mentor's best mentees so far, in twice as many slots as the mentor keeps (mentorKeep):
 * offers go in until the slots are full, then the best are kept and the last kept score becomes
 * the floor a later offer must beat.
 */
function createMentorBest(capacity: Int32Array, k: number) {
  const mentorCount = capacity.length;
  const start = mentorOffsets(capacity, k, 2);
  const mentee = new Int32Array(start[mentorCount] as number);
  const score = new Float64Array(start[mentorCount] as number);
  const count = new Int32Array(mentorCount);
  const floor = new Float64Array(mentorCount).fill(Number.NEGATIVE_INFINITY);
  /** Sorts mentor j's slots best first (score, then lower mentee) and keeps half of them; returns how many. */
  const keep = (j: number): number => {
    const base = start[j] as number;
    const n = count[j] as number;
    for (let a = 1; a < n; a++) {
      const s = score[base + a] as number;
      const m = mentee[base + a] as number;
      let b = a - 1;
      for (; b >= 0; b--) {
        const sb = score[base + b] as number;
        if (sb > s || (sb === s && (mentee[base + b] as number) < m)) break;
        score[base + b + 1] = sb;
        mentee[base + b + 1] = mentee[base + b] as number;
      }
      score[base + b + 1] = s;
      mentee[base + b + 1] = m;
    }
    const kept = Math.min(n, ((start[j + 1] as number) - base) >> 1);
    count[j] = kept;
    return kept;
  };
  return {
    start,
    mentee,
    score,
    floor,
    keep,
    offer(j: number, i: number, s: number): void {
      const base = start[j] as number;
      const at = base + (count[j] as number);
      mentee[at] = i;
      score[at] = s;
      count[j] = (count[j] as number) + 1;
      if (at + 1 === (start[j + 1] as number)) floor[j] = score[base + keep(j) - 1] as number;
    },
  };
}

/** Sorts best first (ties: lower mentee) and keeps k; returns the k-th score (the new floor). */
function keepBest(best: Array<{ mentee: number; score: number }>, k: number): number {
  best.sort((a, b) => b.score - a.score || a.mentee - b.mentee);
  if (best.length > k) best.length = k;
  return best.length === k ? (best[k - 1] as { score: number }).score : Number.NEGATIVE_INFINITY;
}

/**
 * Joins the scans of consecutive row ranges (in order) into one candidate set: every mentee's
 * top k, and every mentor's k best over all rows. The result does not depend on how the rows
 * were split, so scoring on several threads gives the same candidates as on one.
 */
export function mergeRowScans(
  scans: readonly RowScan[],
  menteeCount: number,
  mentorCount: number,
  k: number,
  reserveWidth: number,
): CandidateSet {
  const set = createCandidateSet(menteeCount, mentorCount, reserveWidth);
  const { reserve } = set;
  for (const scan of scans) {
    reserve.count.set(scan.reserveCount, scan.from);
    reserve.mentor.set(scan.reserveMentor, scan.from * reserveWidth);
    reserve.score.set(scan.reserveScore, scan.from * reserveWidth);
    set.menteeCeiling.set(scan.menteeCeiling, scan.from);
  }
  for (let i = 0; i < menteeCount; i++) {
    const base = i * reserveWidth;
    for (let r = 0; r < Math.min(k, reserve.count[i] as number); r++)
      set.add(i, reserve.mentor[base + r] as number, reserve.score[base + r] as number);
  }
  for (let j = 0; j < mentorCount; j++) {
    const best: Array<{ mentee: number; score: number }> = [];
    let feasible = 0;
    for (const scan of scans) {
      feasible += scan.feasibleOfMentor[j] as number;
      const first = scan.mentorBestStart[j] as number;
      for (let r = 0; r < (scan.mentorBestCount[j] as number); r++)
        best.push({ mentee: scan.mentorBestMentee[first + r] as number, score: scan.mentorBestScore[first + r] as number });
    }
    const layout = scans[0]?.mentorBestStart;
    const floor = keepBest(best, layout ? (layout[j + 1] as number) - (layout[j] as number) : k);
    for (const { mentee, score } of best) set.add(mentee, j, score);
    if (feasible > best.length) set.mentorCeiling[j] = floor;
  }
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
  // Membership as a bit per (mentee, mentor): 12.5 MB at 20k x 5k, and far faster than a Set.
  const bits = new Uint32Array(Math.ceil((menteeCount * mentorCount) / 32));
  // Columns grown by doubling: 16 bytes a pair instead of an object each.
  let mentees = new Int32Array(1024);
  let mentors = new Int32Array(1024);
  let scores = new Float64Array(1024);
  let size = 0;
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
      return size;
    },
    add(mentee, mentor, score) {
      const bit = mentee * mentorCount + mentor;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((bits[word] as number) & mask) return false;
      bits[word] = (bits[word] as number) | mask;
      if (size === mentees.length) {
        mentees = grow(mentees, new Int32Array(2 * size));
        mentors = grow(mentors, new Int32Array(2 * size));
        scores = grow(scores, new Float64Array(2 * size));
      }
      mentees[size] = mentee;
      mentors[size] = mentor;
      scores[size] = score;
      size++;
      return true;
    },
    has(mentee, mentor) {
      const bit = mentee * mentorCount + mentor;
      return ((bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
    },
    columns: () => ({ mentee: mentees.subarray(0, size), mentor: mentors.subarray(0, size), score: scores.subarray(0, size) }),
  };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
