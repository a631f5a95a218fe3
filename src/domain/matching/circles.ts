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
  /** Improvement passes of the local search (default 4). */
  passes?: number;
};

/**
 * Affinity between people, from the pair scoring: `mentorFit(i, m)` is mentee i with mentor m
 * (negative: the pair breaks a required rule, so i may not join m's circle), `peerFit(i, k)`
 * is mentee i with mentee k (shared topics, 0..1).
 */
export type CircleAffinity = {
  menteeCount: number;
  mentorCount: number;
  mentorFit: (mentee: number, mentor: number) => number;
  peerFit: (a: number, b: number) => number;
};

export type Circle = { mentors: number[]; mentees: number[]; affinity: number };
export type CircleResult = { circles: Circle[]; unplaced: number[]; totalAffinity: number };

/**
 * Forms circles: mentors are spread over the circles, each mentee joins the feasible circle with
 * room where they fit best (hardest to place first), then single moves and swaps between circles
 * are applied while they raise the total affinity. Deterministic for the same input.
 *
 * @example formCircles(affinity, { minSize: 6, maxSize: 12, mentorsPerCircle: 2 })
 */
export function formCircles(affinity: CircleAffinity, options: CircleOptions): CircleResult {
  const maxSize = Math.min(15, options.maxSize);
  const perCircle = Math.max(1, Math.min(3, options.mentorsPerCircle));
  const circleCount = Math.max(0, Math.min(Math.floor(affinity.mentorCount / perCircle), Math.ceil(affinity.menteeCount / Math.max(1, maxSize - perCircle))));
  const circles: Circle[] = Array.from({ length: circleCount }, () => ({ mentors: [], mentees: [], affinity: 0 }));
  for (let m = 0; m < circleCount * perCircle; m++) (circles[m % circleCount] as Circle).mentors.push(m);
  const room = (c: Circle) => maxSize - c.mentors.length - c.mentees.length;
  const fit = (i: number, c: Circle): number => {
    let total = 0;
    for (const m of c.mentors) {
      const value = affinity.mentorFit(i, m);
      if (value < 0) return Number.NEGATIVE_INFINITY;
      total += value;
    }
    for (const k of c.mentees) if (k !== i) total += affinity.peerFit(i, k) / Math.max(1, c.mentees.length);
    return total;
  };
  // Hardest first: mentees with the fewest feasible circles choose before the flexible ones.
  const options_ = Array.from({ length: affinity.menteeCount }, (_, i) => circles.filter((c) => fit(i, c) > Number.NEGATIVE_INFINITY).length);
  const order = Array.from({ length: affinity.menteeCount }, (_, i) => i).sort((a, b) => (options_[a] as number) - (options_[b] as number) || a - b);
  const unplaced: number[] = [];
  for (const i of order) {
    let best: Circle | undefined;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const c of circles) {
      if (room(c) <= 0) continue;
      // Emptier circles get a small edge, which keeps sizes balanced.
      const value = fit(i, c) + 0.01 * room(c);
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (best && bestValue > Number.NEGATIVE_INFINITY) best.mentees.push(i);
    else unplaced.push(i);
  }
  improveBySwaps(circles, fit, options.passes ?? 4);
  for (const c of circles) c.affinity = c.mentees.reduce((sum, i) => sum + fit(i, c), 0);
  return { circles, unplaced: unplaced.sort((a, b) => a - b), totalAffinity: circles.reduce((sum, c) => sum + c.affinity, 0) };
}

/** Swaps two mentees of different circles whenever that raises their combined fit. */
function improveBySwaps(circles: Circle[], fit: (i: number, c: Circle) => number, passes: number): void {
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
            const before = fit(i, ca) + fit(k, cb);
            ca.mentees[x] = k;
            cb.mentees[y] = i;
            const after = fit(k, ca) + fit(i, cb);
            if (after > before + 1e-12) improved = true;
            else {
              ca.mentees[x] = i;
              cb.mentees[y] = k;
            }
          }
        }
      }
    }
    if (!improved) break;
  }
}
