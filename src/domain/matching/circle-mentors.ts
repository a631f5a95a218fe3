import type { Circle } from './circle.ts';

/**
 * Circle by circle: the first mentor not yet placed leads, and the circle's other places go to the
 * mentors who suit the same mentees best (the lower fit of the two, summed over the mentees who
 * may join both), so a circle's mentors share its topics and mentees keep seats.
 */
export function groupMentors(
  chosen: number[],
  count: number,
  perCircle: number,
  mentees: number,
  fit: (i: number, m: number) => number,
): Circle[] {
  const left = [...chosen];
  const circles: Circle[] = [];
  for (let c = 0; c < count; c++) {
    const mentors = left.splice(0, 1);
    while (mentors.length < perCircle && left.length > 0) {
      let best = 0;
      let bestValue = Number.NEGATIVE_INFINITY;
      left.forEach((m, position) => {
        const value = groupValue([...mentors, m], mentees, fit);
        if (value > bestValue) {
          bestValue = value;
          best = position;
        }
      });
      mentors.push(...left.splice(best, 1));
    }
    circles.push({ mentors, mentees: [], affinity: 0 });
  }
  improveMentorGroups(circles, mentees, fit);
  return circles;
}

/**
 * What a group of mentors offers: over the mentees who may join all of them, the lowest fit
 * they get from one of them, plus a little for each seat option.
 */
function groupValue(mentors: readonly number[], mentees: number, fit: (i: number, m: number) => number): number {
  let value = 0;
  for (let i = 0; i < mentees; i++) {
    let lowest = Number.POSITIVE_INFINITY;
    for (const m of mentors) lowest = Math.min(lowest, fit(i, m));
    if (lowest >= 0) value += lowest + 0.1;
  }
  return value;
}

/** Swaps mentors between circles while the two groups' values rise (the greedy grouping can strand a pair). */
function improveMentorGroups(circles: Circle[], mentees: number, fit: (i: number, m: number) => number): void {
  for (let pass = 0, improved = true; improved && pass < 10; pass++) {
    improved = false;
    for (let a = 0; a < circles.length; a++) {
      for (let b = a + 1; b < circles.length; b++) {
        const ma = (circles[a] as Circle).mentors;
        const mb = (circles[b] as Circle).mentors;
        for (let x = 0; x < ma.length; x++) {
          for (let y = 0; y < mb.length; y++) {
            const before = groupValue(ma, mentees, fit) + groupValue(mb, mentees, fit);
            [ma[x], mb[y]] = [mb[y] as number, ma[x] as number];
            if (groupValue(ma, mentees, fit) + groupValue(mb, mentees, fit) > before + 1e-9) improved = true;
            else [ma[x], mb[y]] = [mb[y] as number, ma[x] as number];
          }
        }
      }
    }
  }
}
