import type { Circle } from './circle.ts';
import { groupMentors } from './circle-mentors.ts';

export type { Circle };

/**
 * Group mentoring circles: a few mentors and several mentees who meet together (at most 15 people
 * in all). Circles are formed to balance their sizes and to maximize affinity: how well each
 * mentee fits the circle's mentors and the other mentees (shared topics).
 */
export type CircleOptions = {
  /** Fewest and most people per circle, mentors included (most ≤ 15). */
  minSize: number;
  maxSize: number;
  /** Mentors per circle, 1 to 3. */
  mentorsPerCircle: number;
  /** Improvement passes of the local search (default 6). */
  passes?: number;
};

/**
 * Affinity between people, from the pair scoring: `mentorFit(i, m)` is mentee i with mentor m in
 * 0..1 (negative: the pair breaks a required rule, so i may never join m's circle), `peerFit(i, k)`
 * is mentee i with mentee k (shared topics, 0..1).
 */
export type CircleAffinity = {
  menteeCount: number;
  mentorCount: number;
  mentorFit: (mentee: number, mentor: number) => number;
  peerFit: (a: number, b: number) => number;
};

/**
 * Why a mentee is in no circle: every circle has a mentor they may not be paired with, every
 * circle they could join is full, or there were too few people (or mentors) for a circle.
 */
export type UnplacedReason = 'no_feasible_circle' | 'circles_full' | 'too_few_people';

export type CircleResult = {
  circles: Circle[];
  unplaced: Array<{ mentee: number; reason: UnplacedReason }>;
  /** Mentors no circle needed (more mentors than circles × mentors per circle). */
  spareMentors: number[];
  /** Sum of every placed mentee's fit. */
  totalAffinity: number;
};

/** Share of a mentee's fit that comes from the circle's mentors; the rest comes from peers. */
export const mentorShare = 0.7;

/**
 * Forms circles in four steps, deterministic for the same input:
 * 1. how many circles: sizes near the middle of the range, as many mentees placed as the mentors allow;
 * 2. which mentors lead together: the mentors who can take the most mentees, grouped with the
 *    mentors who suit the same mentees (a mentee must be allowed with every mentor of its
 *    circle: required rules and conflicts are hard);
 * 3. mentees join, hardest to place first, the feasible circle where they fit best, up to a
 *    balanced size; circles left below the minimum take mentees from larger ones or dissolve;
 * 4. swaps of two mentees between circles while they raise the total affinity (sizes stay put).
 *
 * @example formCircles(affinity, { minSize: 6, maxSize: 12, mentorsPerCircle: 2 })
 */
export function formCircles(affinity: CircleAffinity, options: CircleOptions): CircleResult {
  const perCircle = Math.max(1, Math.min(3, Math.floor(options.mentorsPerCircle)));
  const maxSize = Math.max(perCircle + 1, Math.min(15, Math.floor(options.maxSize)));
  const minSize = Math.max(perCircle + 1, Math.min(maxSize, Math.floor(options.minSize)));
  const mentees = affinity.menteeCount;
  const feasible = (i: number, m: number) => affinity.mentorFit(i, m) >= 0;
  const feasibleCount = Array.from({ length: affinity.mentorCount }, (_, m) => countWhere(mentees, (i) => feasible(i, m)));
  // Rounded, so that float noise in the sums never decides the order.
  const reach = Array.from({ length: affinity.mentorCount }, (_, m) =>
    Math.round(1e9 * sumWhere(mentees, (i) => Math.max(0, affinity.mentorFit(i, m)))),
  );
  const mentorOrder = range(affinity.mentorCount).sort(
    (a, b) => (feasibleCount[b] as number) - (feasibleCount[a] as number) || (reach[b] as number) - (reach[a] as number) || a - b,
  );
  const count = circleCount(mentees, affinity.mentorCount, { minSize, maxSize, perCircle });
  const circles: Circle[] = groupMentors(mentorOrder.slice(0, count * perCircle), count, perCircle, mentees, affinity.mentorFit);
  const spareMentors = mentorOrder.slice(count * perCircle).sort((a, b) => a - b);
  const score = new CircleScore(affinity);
  const unplaced: CircleResult['unplaced'] = [];

  const openCircles = (i: number) => circles.filter((c) => c.mentors.every((m) => feasible(i, m)));
  const options_ = range(mentees).map((i) => openCircles(i).length);
  const placeable = options_.filter((n) => n > 0).length;
  // Balanced sizes: every circle takes `base` mentees, and `extra` of them one more.
  const room = maxSize - perCircle;
  const base = count === 0 ? 0 : Math.min(room, Math.floor(placeable / count));
  let extra = count === 0 || base === room ? 0 : placeable % count;
  const order = range(mentees).sort((a, b) => (options_[a] as number) - (options_[b] as number) || a - b);
  for (const i of order) {
    const open = openCircles(i);
    if (open.length === 0) {
      unplaced.push({ mentee: i, reason: circles.length === 0 ? 'too_few_people' : 'no_feasible_circle' });
      continue;
    }
    const balanced = bestCircle(open, (c) => c.mentees.length < base || (extra > 0 && c.mentees.length === base), i, score);
    const best = balanced ?? bestCircle(open, (c) => c.mentees.length < room, i, score);
    if (balanced && balanced.mentees.length === base) extra--;
    if (best) best.mentees.push(i);
    else unplaced.push({ mentee: i, reason: 'circles_full' });
  }
  fillSmallCircles(circles, { minSize, maxSize }, feasible, score, unplaced, spareMentors);
  improveBySwaps(circles, score, options.passes ?? 6);
  let totalAffinity = 0;
  for (const c of circles) {
    c.mentors.sort((a, b) => a - b);
    c.mentees.sort((a, b) => a - b);
    const value = score.value(c);
    totalAffinity += value;
    c.affinity = c.mentees.length === 0 ? 0 : value / c.mentees.length;
  }
  spareMentors.sort((a, b) => a - b);
  return { circles, unplaced: unplaced.sort((a, b) => a.mentee - b.mentee), spareMentors, totalAffinity };
}

/**
 * How many circles: sizes aim at the middle of the range, never more circles than the mentors
 * can lead or than the mentees can fill to the minimum, and enough to seat everyone when possible.
 */
export function circleCount(mentees: number, mentors: number, limits: { minSize: number; maxSize: number; perCircle: number }): number {
  const { minSize, maxSize, perCircle } = limits;
  const upper = Math.min(Math.floor(mentors / perCircle), Math.floor(mentees / (minSize - perCircle)));
  const lower = Math.ceil(mentees / (maxSize - perCircle));
  const target = Math.round(mentees / Math.max(1, (minSize + maxSize) / 2 - perCircle));
  return Math.max(0, Math.min(upper, Math.max(lower, target)));
}

/** The fit of each mentee in a circle and the circle's total, kept consistent for swaps. */
class CircleScore {
  readonly affinity: CircleAffinity;
  constructor(affinity: CircleAffinity) {
    this.affinity = affinity;
  }

  /** Mean fit of mentee i with the circle's mentors, or -Infinity when a pair is forbidden. */
  mentorPart(i: number, c: Circle): number {
    let total = 0;
    for (const m of c.mentors) {
      const value = this.affinity.mentorFit(i, m);
      if (value < 0) return Number.NEGATIVE_INFINITY;
      total += value;
    }
    return c.mentors.length === 0 ? 0 : total / c.mentors.length;
  }

  /** Sum of i's peer fit with the circle's mentees other than i and `skip`. */
  peerSum(i: number, c: Circle, skip = -1): number {
    let total = 0;
    for (const k of c.mentees) if (k !== i && k !== skip) total += this.affinity.peerFit(i, k);
    return total;
  }

  /** Mentee i's fit if it joined (or is in) circle c: mentors and peers, 0..1. */
  memberFit(i: number, c: Circle): number {
    const others = c.mentees.filter((k) => k !== i).length;
    return mentorShare * this.mentorPart(i, c) + (1 - mentorShare) * (others === 0 ? 0 : this.peerSum(i, c) / others);
  }

  /** The circle's total: the sum of its mentees' fits. */
  value(c: Circle): number {
    return c.mentees.reduce((sum, i) => sum + this.memberFit(i, c), 0);
  }

  /** Change of circle c's total when `out` (a member) is replaced by `incoming`, size unchanged. */
  swapGain(c: Circle, out: number, incoming: number): number {
    const mentorGain = this.mentorPart(incoming, c) - this.mentorPart(out, c);
    if (c.mentees.length <= 1) return mentorShare * mentorGain;
    const peerGain = this.peerSum(incoming, c, out) - this.peerSum(out, c);
    return mentorShare * mentorGain + ((1 - mentorShare) * 2 * peerGain) / (c.mentees.length - 1);
  }
}

function bestCircle(open: Circle[], hasRoom: (c: Circle) => boolean, i: number, score: CircleScore): Circle | undefined {
  let best: Circle | undefined;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const c of open) {
    if (!hasRoom(c)) continue;
    // Smaller circles get a small edge, which keeps sizes balanced when fits are close.
    const value = score.memberFit(i, c) - 0.01 * c.mentees.length;
    if (value > bestValue) {
      bestValue = value;
      best = c;
    }
  }
  return best;
}

/**
 * A circle below the minimum size takes mentees (allowed with its mentors) from circles that can
 * spare them; if it still cannot reach the minimum it dissolves: its mentors become spare and its
 * mentees join other circles, or are left out as too few.
 */
function fillSmallCircles(
  circles: Circle[],
  { minSize, maxSize }: { minSize: number; maxSize: number },
  feasible: (i: number, m: number) => boolean,
  score: CircleScore,
  unplaced: CircleResult['unplaced'],
  spare: number[],
): void {
  const size = (c: Circle) => c.mentors.length + c.mentees.length;
  for (;;) {
    const small = circles.filter((c) => size(c) < minSize).sort((a, b) => size(a) - size(b))[0];
    if (!small) return;
    while (size(small) < minSize) {
      let move: { from: Circle; mentee: number; loss: number } | undefined;
      for (const from of circles) {
        if (from === small || size(from) <= minSize) continue;
        for (const i of from.mentees) {
          if (!small.mentors.every((m) => feasible(i, m))) continue;
          const loss = score.memberFit(i, from) - score.memberFit(i, small);
          if (!move || loss < move.loss) move = { from, mentee: i, loss };
        }
      }
      if (!move) break;
      move.from.mentees.splice(move.from.mentees.indexOf(move.mentee), 1);
      small.mentees.push(move.mentee);
    }
    if (size(small) >= minSize) continue;
    circles.splice(circles.indexOf(small), 1);
    spare.push(...small.mentors);
    for (const i of small.mentees) {
      const open = circles.filter((c) => c.mentors.every((m) => feasible(i, m)));
      const target = bestCircle(open, (c) => size(c) < maxSize, i, score);
      if (target) target.mentees.push(i);
      else unplaced.push({ mentee: i, reason: 'too_few_people' });
    }
  }
}

/** Swaps two mentees of different circles whenever both may join the other circle and the total affinity rises. */
function improveBySwaps(circles: Circle[], score: CircleScore, passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let a = 0; a < circles.length; a++) {
      for (let b = a + 1; b < circles.length; b++) {
        const ca = circles[a] as Circle;
        const cb = circles[b] as Circle;
        for (let x = 0; x < ca.mentees.length; x++) {
          for (let y = 0; y < cb.mentees.length; y++) {
            const i = ca.mentees[x] as number;
            const k = cb.mentees[y] as number;
            const gain = score.swapGain(ca, i, k) + score.swapGain(cb, k, i);
            if (!(gain > 1e-9)) continue;
            ca.mentees[x] = k;
            cb.mentees[y] = i;
            improved = true;
          }
        }
      }
    }
    if (!improved) break;
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function countWhere(n: number, predicate: (i: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < n; i++) if (predicate(i)) count++;
  return count;
}

function sumWhere(n: number, value: (i: number) => number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += value(i);
  return total;
}
