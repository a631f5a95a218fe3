import type { ScoreSource } from './score-source.ts';
import { pairCost } from './optimal-assignment.ts';
import type { MatchingResult, PricingBounds } from './problem.ts';
import type { CandidateSet } from './top-candidates.ts';

/** How many suspect mentors a mentee may have before its whole row is scored again. */
const SUSPECTS_PER_MENTEE = 32;

type Violation = { mentee: number; mentor: number; reduced: number; score: number };

/**
 * What pricing remembers between rounds. A mentee whose row was scored again in round r keeps
 * as its reserve the pairs with the smallest reduced costs under round r's prices, and a lower
 * bound (`rhoFloor`) on the reduced cost of every other pair at that time. Prices move little
 * between rounds, so the bound, corrected by how far they moved, usually certifies the row
 * again without scoring it.
 */
export type PricingMemory = {
  /** Round in which each mentee's row was last scored by pricing (-1: only by the first pass). */
  refRound: Int32Array;
  rhoFloor: Float64Array;
  floorRef: Float64Array;
  /** Mentor potentials of each round. */
  snapshots: Float64Array[];
  /** Mentee floors of the last round, and whether each mentee's every pair was certified then (1). */
  lastFloor: Float64Array;
  settled: Uint8Array;
};

export function createPricingMemory(menteeCount: number): PricingMemory {
  return {
    refRound: new Int32Array(menteeCount).fill(-1),
    rhoFloor: new Float64Array(menteeCount),
    floorRef: new Float64Array(menteeCount),
    snapshots: [],
    lastFloor: new Float64Array(menteeCount),
    settled: new Uint8Array(menteeCount),
  };
}

/** A settled mentee is checked again only against mentors whose prices moved past its own, if at most this many did. */
const MOVED_MENTORS_CHECKED = 128;

/**
 * The pricing step of the certificate: checks every pair that is not a candidate against the
 * dual prices. A pair with a negative reduced cost could improve the total, so it becomes a
 * candidate (the few most negative per mentee each round). Returns how many were added; zero
 * means the solution is optimal over all mentee x mentor pairs.
 *
 * Almost nothing is scored again. Each mentee's reserve (its next best pairs, kept from the
 * scoring pass) is checked from memory. Any other pair (i, j) scores at most
 * min(menteeCeiling[i], mentorCeiling[j]), so a pair whose ceiling cannot beat the prices is
 * certified unscored. The pairs left (suspects) are scored exactly: by mentor column when many
 * mentees suspect the same mentor and the source can score columns, one by one when the source
 * can score chosen pairs, otherwise (or when a mentee has too many) by scoring the whole row.
 *
 * @example const added = priceLeftOutPairs(source, result, candidates, 0, 12);
 */
export function priceLeftOutPairs(
  source: ScoreSource,
  result: MatchingResult,
  candidates: CandidateSet,
  minimum: number,
  perMentee: number,
  memory: PricingMemory,
): number {
  const bounds = result.pricing as PricingBounds;
  const menteeCount = source.menteeIds.length;
  const mentorCount = source.mentorIds.length;
  const round = memory.snapshots.length;
  memory.snapshots.push(bounds.mentorPotential);
  // How far any mentor's potential rose since each earlier round (a rise can create violations).
  const rise = memory.snapshots.map((earlier) => {
    let most = 0;
    for (let j = 0; j < mentorCount; j++) most = Math.max(most, (bounds.mentorPotential[j] as number) - (earlier[j] as number));
    return most;
  });
  const byPotential = Int32Array.from(bounds.mentorPotential.keys()).sort(
    (a, b) => (bounds.mentorPotential[b] as number) - (bounds.mentorPotential[a] as number) || a - b,
  );
  // Pair (i, j) beyond j's top k can only violate when mentorReach[j] > menteeFloor[i].
  const mentorReach = Float64Array.from(candidates.mentorCeiling, (ceiling, j) =>
    ceiling === Number.NEGATIVE_INFINITY
      ? Number.NEGATIVE_INFINITY
      : (bounds.mentorPotential[j] as number) - pairCost(ceiling, bounds.bonus),
  );

  // Suspects: pairs beyond the reserve whose ceilings could beat the prices. Past `limit` of
  // them, scoring the mentee's whole row is cheaper than scoring them one by one.
  const limit = source.scorePairs ? Math.max(SUSPECTS_PER_MENTEE, mentorCount >> 2) : SUSPECTS_PER_MENTEE;
  const buffer = new Int32Array(mentorCount);
  const rowNeeded = new Uint8Array(menteeCount);
  const hasSuspects = new Uint8Array(menteeCount);
  const suspectedBy = new Int32Array(mentorCount);
  const moved = mentorsMovedSince(memory, round, bounds, source, candidates);
  for (let i = 0; i < menteeCount; i++) {
    if ((moved.count[i] as number) >= 0) continue;
    const ref = memory.refRound[i] as number;
    if (ref >= 0) {
      const margin =
        (memory.rhoFloor[i] as number) + (bounds.menteeFloor[i] as number) - (memory.floorRef[i] as number) - (rise[ref] as number);
      if (margin < 0) rowNeeded[i] = 1;
      continue;
    }
    const found = collectSuspects(i, bounds, candidates, byPotential, mentorCount, true, mentorReach, buffer, limit);
    if (found > limit) rowNeeded[i] = 1;
    else if (found > 0) {
      hasSuspects[i] = 1;
      for (let s = 0; s < found; s++) suspectedBy[buffer[s] as number] = (suspectedBy[buffer[s] as number] as number) + 1;
    }
  }

  // A column costs menteeCount scores; it pays when it spares rows (or many single pairs).
  const byColumn = new Uint8Array(mentorCount);
  if (source.scoreColumn) {
    for (let j = 0; j < mentorCount; j++) {
      const by = suspectedBy[j] as number;
      byColumn[j] = (source.scorePairs ? 2 * by > menteeCount : by * mentorCount > 2 * menteeCount) ? 1 : 0;
    }
  }

  const violations: Violation[] = [];
  const lowestScore = Math.max(0, minimum);
  const { menteeFloor, mentorPotential, bonus } = bounds;
  const check = (i: number, j: number, score: number): void => {
    if (!(score >= lowestScore)) return;
    // The mentee's floor is its lowest potential, so this bound certifies most pairs with arithmetic alone.
    if (pairCost(score, bonus) + (menteeFloor[i] as number) - (mentorPotential[j] as number) >= 0) return;
    // Candidates are already in the solved graph (a used one may rightly price below zero).
    if (candidates.has(i, j) || source.isBlocked?.(i, j)) return;
    const underRule = !!source.needCount && (source.demand[i] as number) > 1 && (source.needCount[i] as number) > 0;
    const needs = underRule && source.needsOf ? source.needsOf(i, j) : 0;
    const reduced = (result.reducedCostOf as NonNullable<MatchingResult['reducedCostOf']>)(i, j, score, needs);
    if (reduced < 0) violations.push({ mentee: i, mentor: j, reduced, score });
  };
  // Suspects of mentee i that no column covers, in `buffer`; returns how many.
  const uncovered = (i: number): number => {
    const found = collectSuspects(i, bounds, candidates, byPotential, mentorCount, true, mentorReach, buffer, limit);
    let kept = 0;
    for (let s = 0; s < found; s++) if (!byColumn[buffer[s] as number]) buffer[kept++] = buffer[s] as number;
    return kept;
  };
  if (!source.scorePairs) for (let i = 0; i < menteeCount; i++) if (hasSuspects[i] && uncovered(i) > 0) rowNeeded[i] = 1;

  const column = new Float64Array(menteeCount);
  for (let j = 0; j < mentorCount; j++) {
    if (!byColumn[j] || !source.scoreColumn) continue;
    source.scoreColumn(j, column);
    for (let i = 0; i < menteeCount; i++) if (!rowNeeded[i]) check(i, j, column[i] as number);
  }
  const row = new Float64Array(mentorCount);
  const { reserve } = candidates;
  for (let i = 0; i < menteeCount; i++) {
    if (rowNeeded[i]) {
      source.scoreRow(i, row);
      for (let j = 0; j < mentorCount; j++) check(i, j, row[j] as number);
      rememberRow(i, row, bounds, candidates, minimum, memory, round);
      continue;
    }
    if (hasSuspects[i] && source.scorePairs) {
      const count = uncovered(i);
      source.scorePairs(i, buffer, count, row);
      for (let s = 0; s < count; s++) check(i, buffer[s] as number, row[s] as number);
    }
    const base = i * reserve.width;
    const movedCount = moved.count[i] as number;
    if (movedCount >= 0) {
      // Settled last round: only pairs with a mentor whose price moved past the mentee's floor can have turned.
      const floorMove = (bounds.menteeFloor[i] as number) - (memory.lastFloor[i] as number);
      for (let r = 0; r < (reserve.count[i] as number); r++) {
        const j = reserve.mentor[base + r] as number;
        if ((moved.rise[j] as number) > floorMove) check(i, j, reserve.score[base + r] as number);
      }
      const count = collectSuspects(i, bounds, candidates, moved.order, movedCount, false, mentorReach, buffer, movedCount);
      if (count > 0 && source.scorePairs) {
        source.scorePairs(i, buffer, count, row);
        for (let s = 0; s < count; s++) check(i, buffer[s] as number, row[s] as number);
      }
      continue;
    }
    for (let r = 0; r < (reserve.count[i] as number); r++) check(i, reserve.mentor[base + r] as number, reserve.score[base + r] as number);
  }
  memory.lastFloor.set(bounds.menteeFloor);
  // Settled: every violation found is now a candidate (more than perMentee leaves some out).
  memory.settled.fill(1);
  const found = new Int32Array(menteeCount);
  for (const { mentee } of violations) found[mentee] = (found[mentee] as number) + 1;
  for (let i = 0; i < menteeCount; i++) if ((found[i] as number) > perMentee || (memory.refRound[i] as number) >= 0) memory.settled[i] = 0;
  return addMostNegative(violations, candidates, perMentee);
}

/**
 * Since the last round, how far each mentor's potential rose (`rise`), the mentors in order of
 * it (most first), and per mentee how many of them rose more than its own floor did (`count`,
 * -1 when the mentee must be checked in full: first round, not settled, under the distinct-needs
 * rule, no pair scoring, or more than MOVED_MENTORS_CHECKED mentors). A pair's reduced cost
 * changes by the mentee's floor move minus the mentor's rise, so a pair certified last round
 * can only have turned if its mentor rose more than the mentee's floor.
 */
function mentorsMovedSince(memory: PricingMemory, round: number, bounds: PricingBounds, source: ScoreSource, candidates: CandidateSet) {
  const menteeCount = memory.lastFloor.length;
  const count = new Int32Array(menteeCount).fill(-1);
  const previous = round > 0 ? memory.snapshots[round - 1] : undefined;
  if (!previous || !source.scorePairs) return { rise: new Float64Array(0), order: new Int32Array(0), count };
  const rise = Float64Array.from(bounds.mentorPotential, (p, j) => p - (previous[j] as number));
  const order = Int32Array.from(rise.keys()).sort((a, b) => (rise[b] as number) - (rise[a] as number) || a - b);
  for (let i = 0; i < menteeCount; i++) {
    if (!memory.settled[i] || (!!source.needCount && (source.demand[i] as number) > 1 && (source.needCount[i] as number) > 0)) continue;
    if (candidates.menteeCeiling[i] === Number.NEGATIVE_INFINITY && (candidates.reserve.count[i] as number) === 0) {
      count[i] = 0;
      continue;
    }
    const floorMove = (bounds.menteeFloor[i] as number) - (memory.lastFloor[i] as number);
    // Binary search: the number of mentors whose rise exceeds floorMove (rise is sorted descending in `order`).
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((rise[order[mid] as number] as number) > floorMove) lo = mid + 1;
      else hi = mid;
    }
    if (lo <= MOVED_MENTORS_CHECKED) count[i] = lo;
  }
  return { rise, order, count };
}

/**
 * Writes into `suspects` the mentors j, of the first `count` in `mentors`, for which a pair
 * (i, j) beyond i's reserve could have a negative reduced cost: mentorPotential[j] -
 * menteeFloor[i] > pairCost(min of the ceilings). `sorted`: the mentors come by potential,
 * highest first, so the first one under the threshold ends the search. Returns how many, or
 * limit + 1 when there are more than `limit`.
 */
function collectSuspects(
  i: number,
  bounds: PricingBounds,
  candidates: CandidateSet,
  mentors: Int32Array,
  count: number,
  sorted: boolean,
  mentorReach: Float64Array,
  suspects: Int32Array,
  limit: number,
): number {
  const ceiling = candidates.menteeCeiling[i] as number;
  if (ceiling === Number.NEGATIVE_INFINITY) return 0;
  const floor = bounds.menteeFloor[i] as number;
  const threshold = pairCost(ceiling, bounds.bonus) + floor;
  let found = 0;
  for (let t = 0; t < count; t++) {
    const j = mentors[t] as number;
    if ((bounds.mentorPotential[j] as number) <= threshold) {
      if (sorted) break;
      continue;
    }
    if ((mentorReach[j] as number) <= floor) continue;
    if (found === limit) return limit + 1;
    suspects[found++] = j;
  }
  return found;
}

/**
 * After scoring mentee i's row again: its reserve becomes the non-candidate pairs with the
 * smallest reduced-cost bound ρ = pairCost(score) + menteeFloor[i] - mentorPotential[j] (the
 * ones likeliest to matter in later rounds), and rhoFloor the smallest ρ of the pairs left out.
 */
function rememberRow(
  i: number,
  row: Float64Array,
  bounds: PricingBounds,
  candidates: CandidateSet,
  minimum: number,
  memory: PricingMemory,
  round: number,
): void {
  const { reserve } = candidates;
  const floor = bounds.menteeFloor[i] as number;
  const base = i * reserve.width;
  // A max-heap (by ρ, then mentor) of the reserve.width smallest ρ seen so far.
  const heapMentor = reserve.mentor.subarray(base, base + reserve.width);
  const heapRho = new Float64Array(reserve.width);
  let size = 0;
  let leftOut = Number.POSITIVE_INFINITY;
  for (let j = 0; j < row.length; j++) {
    const score = row[j] as number;
    if (score < minimum || score < 0 || candidates.has(i, j)) continue;
    const rho = pairCost(score, bounds.bonus) + floor - (bounds.mentorPotential[j] as number);
    if (size < reserve.width) {
      heapMentor[size] = j;
      heapRho[size] = rho;
      siftUpMax(heapMentor, heapRho, size++);
    } else if (rho < (heapRho[0] as number)) {
      leftOut = Math.min(leftOut, heapRho[0] as number);
      heapMentor[0] = j;
      heapRho[0] = rho;
      siftDownMax(heapMentor, heapRho, size);
    } else {
      leftOut = Math.min(leftOut, rho);
    }
  }
  for (let r = 0; r < size; r++) reserve.score[base + r] = row[heapMentor[r] as number] as number;
  reserve.count[i] = size;
  memory.refRound[i] = round;
  memory.floorRef[i] = floor;
  memory.rhoFloor[i] = leftOut;
}

function siftUpMax(mentor: Int32Array, key: Float64Array, at: number): void {
  for (let child = at; child > 0; ) {
    const parent = (child - 1) >> 1;
    if ((key[parent] as number) >= (key[child] as number)) return;
    swapEntries(mentor, key, parent, child);
    child = parent;
  }
}

function siftDownMax(mentor: Int32Array, key: Float64Array, size: number): void {
  for (let parent = 0; ; ) {
    const left = 2 * parent + 1;
    if (left >= size) return;
    const larger = left + 1 < size && (key[left + 1] as number) > (key[left] as number) ? left + 1 : left;
    if ((key[parent] as number) >= (key[larger] as number)) return;
    swapEntries(mentor, key, parent, larger);
    parent = larger;
  }
}

function swapEntries(mentor: Int32Array, key: Float64Array, a: number, b: number): void {
  const m = mentor[a] as number;
  mentor[a] = mentor[b] as number;
  mentor[b] = m;
  const k = key[a] as number;
  key[a] = key[b] as number;
  key[b] = k;
}

/** Adds the `perMentee` most negative violations of each mentee (ties: lower mentor index). */
function addMostNegative(violations: Violation[], candidates: CandidateSet, perMentee: number): number {
  violations.sort((a, b) => a.mentee - b.mentee || a.reduced - b.reduced || a.mentor - b.mentor);
  let added = 0;
  let taken = 0;
  for (let v = 0; v < violations.length; v++) {
    const { mentee, mentor, score } = violations[v] as Violation;
    if (v > 0 && (violations[v - 1] as Violation).mentee !== mentee) taken = 0;
    if (taken >= perMentee) continue;
    // The same pair may come from a column and from the reserve: add() refuses the second.
    if (candidates.add(mentee, mentor, score)) {
      added++;
      taken++;
    }
  }
  return added;
}
