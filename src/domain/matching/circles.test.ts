import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { circleCount, formCircles, mentorShare, type CircleAffinity, type CircleResult } from './circles.ts';

function topicAffinity(menteeTopics: number[], mentorTopics: number[], forbidden: Set<string> = new Set()): CircleAffinity {
  return {
    menteeCount: menteeTopics.length,
    mentorCount: mentorTopics.length,
    mentorFit: (i, m) => (forbidden.has(`${i}:${m}`) ? -1 : menteeTopics[i] === mentorTopics[m] ? 1 : 0.2),
    peerFit: (a, b) => (menteeTopics[a] === menteeTopics[b] ? 1 : 0),
  };
}

/** The total affinity recomputed from scratch, independently of the algorithm's bookkeeping. */
function recomputedTotal(affinity: CircleAffinity, result: CircleResult): number {
  let total = 0;
  for (const c of result.circles) {
    for (const i of c.mentees) {
      const mentorPart = c.mentors.reduce((sum, m) => sum + affinity.mentorFit(i, m), 0) / c.mentors.length;
      const peers = c.mentees.filter((k) => k !== i);
      const peerPart = peers.length === 0 ? 0 : peers.reduce((sum, k) => sum + affinity.peerFit(i, k), 0) / peers.length;
      total += mentorShare * mentorPart + (1 - mentorShare) * peerPart;
    }
  }
  return total;
}

const instance = fc.record({
  menteeTopics: fc.array(fc.nat(3), { minLength: 0, maxLength: 60 }),
  mentorTopics: fc.array(fc.nat(3), { minLength: 0, maxLength: 14 }),
  minSize: fc.integer({ min: 2, max: 15 }),
  spread: fc.integer({ min: 0, max: 10 }),
  perCircle: fc.integer({ min: 1, max: 3 }),
  forbidEvery: fc.integer({ min: 2, max: 9 }),
});

describe('group circles', () => {
  test('mentees gather around the mentors who share their topic', () => {
    const result = formCircles(topicAffinity([0, 1, 0, 1, 0, 1], [0, 1]), { minSize: 2, maxSize: 4, mentorsPerCircle: 1 });
    assert.equal(result.circles.length, 2);
    for (const circle of result.circles) {
      const topic = circle.mentors[0];
      assert.ok(
        circle.mentees.every((i) => [0, 1, 0, 1, 0, 1][i] === topic),
        JSON.stringify(result.circles),
      );
    }
    assert.ok(
      result.circles.every((c) => Math.abs(c.affinity - 1) < 1e-9),
      'same topic everywhere: full affinity',
    );
  });

  test('circle count aims at the middle of the size range, within what mentors and mentees allow', () => {
    const table: Array<[mentees: number, mentors: number, expected: number]> = [
      [10, 4, 1],
      [14, 4, 2],
      [40, 20, 6],
      [40, 2, 1],
      [3, 4, 0],
      [0, 6, 0],
    ];
    for (const [mentees, mentors, expected] of table) {
      assert.equal(
        circleCount(mentees, mentors, { minSize: 6, maxSize: 12, perCircle: 2 }),
        expected,
        `${mentees} mentees, ${mentors} mentors`,
      );
    }
  });

  test('mentors who cannot share mentees are not put together', () => {
    // Mentors 0 and 1 may take mentees 0-5 only, mentors 2 and 3 mentees 6-11 only.
    const affinity: CircleAffinity = {
      menteeCount: 12,
      mentorCount: 4,
      mentorFit: (i, m) => (i < 6 === m < 2 ? 0.5 : -1),
      peerFit: () => 0,
    };
    const result = formCircles(affinity, { minSize: 4, maxSize: 10, mentorsPerCircle: 2 });
    assert.equal(result.unplaced.length, 0, JSON.stringify(result));
    assert.deepEqual(result.circles.map((c) => c.mentors).sort(), [
      [0, 1],
      [2, 3],
    ]);
  });

  test('a circle that cannot reach the minimum size dissolves, and says why', () => {
    const affinity = topicAffinity([0, 0, 0], [0, 0]);
    const result = formCircles(affinity, { minSize: 6, maxSize: 12, mentorsPerCircle: 2 });
    assert.equal(result.circles.length, 0);
    assert.deepEqual(
      result.unplaced.map((u) => u.reason),
      ['too_few_people', 'too_few_people', 'too_few_people'],
    );
    assert.deepEqual(result.spareMentors, [0, 1]);
  });

  test('property: sizes within the range and ≤ 15, exact mentors per circle, hard rules kept, everyone once, deterministic', () => {
    fc.assert(
      fc.property(instance, ({ menteeTopics, mentorTopics, minSize, spread, perCircle, forbidEvery }) => {
        const maxSize = Math.min(20, minSize + spread);
        const forbidden = new Set(
          menteeTopics.flatMap((_, i) => (i % forbidEvery === 0 ? [`${i}:${i % Math.max(1, mentorTopics.length)}`] : [])),
        );
        const affinity = topicAffinity(menteeTopics, mentorTopics, forbidden);
        const options = { minSize, maxSize, mentorsPerCircle: perCircle };
        const result = formCircles(affinity, options);
        const highest = Math.max(perCircle + 1, Math.min(15, maxSize));
        const lowest = Math.max(perCircle + 1, Math.min(highest, minSize));
        const seen = new Set<number>();
        const mentorsSeen = new Set<number>(result.spareMentors);
        for (const circle of result.circles) {
          const size = circle.mentors.length + circle.mentees.length;
          assert.equal(circle.mentors.length, perCircle);
          assert.ok(size <= highest && size <= 15 && size >= lowest, `size ${size} outside ${lowest}-${highest}`);
          for (const m of circle.mentors) {
            assert.ok(!mentorsSeen.has(m), 'a mentor leads one circle at most');
            mentorsSeen.add(m);
          }
          for (const i of circle.mentees) {
            assert.ok(!seen.has(i));
            seen.add(i);
            for (const m of circle.mentors) assert.ok(affinity.mentorFit(i, m) >= 0, 'no forbidden pair shares a circle');
          }
          assert.ok(circle.affinity >= 0 && circle.affinity <= 1);
        }
        for (const { mentee } of result.unplaced) assert.ok(!seen.has(mentee));
        assert.equal(seen.size + result.unplaced.length, menteeTopics.length);
        assert.equal(mentorsSeen.size, mentorTopics.length, 'every mentor leads a circle or is spare');
        assert.ok(Math.abs(recomputedTotal(affinity, result) - result.totalAffinity) < 1e-6);
        assert.deepEqual(formCircles(affinity, options), result);
      }),
      { numRuns: 300 },
    );
  });

  test('property: with no hard rules everyone is seated when the mentors allow it, in sizes that differ by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 80 }), fc.integer({ min: 1, max: 3 }), (mentees, perCircle) => {
        const affinity: CircleAffinity = { menteeCount: mentees, mentorCount: 30, mentorFit: () => 0.5, peerFit: () => 0.5 };
        const result = formCircles(affinity, { minSize: 6, maxSize: 12, mentorsPerCircle: perCircle });
        assert.equal(result.unplaced.length, 0);
        const sizes = result.circles.map((c) => c.mentees.length);
        assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `sizes ${sizes.join(',')}`);
      }),
      { numRuns: 100 },
    );
  });

  test('property: the result is a local optimum, no swap of two mentees raises the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(4), { minLength: 8, maxLength: 30 }),
        fc.array(fc.nat(4), { minLength: 2, maxLength: 6 }),
        (menteeTopics, mentorTopics) => {
          const affinity = topicAffinity(menteeTopics, mentorTopics);
          const result = formCircles(affinity, { minSize: 3, maxSize: 8, mentorsPerCircle: 1, passes: 50 });
          const total = recomputedTotal(affinity, result);
          for (const [a, ca] of result.circles.entries()) {
            for (const cb of result.circles.slice(a + 1)) {
              for (const i of ca.mentees) {
                for (const k of cb.mentees) {
                  const swapped = structuredClone(result);
                  const [sa, sb] = [swapped.circles[a], swapped.circles[result.circles.indexOf(cb)]];
                  if (!sa || !sb) continue;
                  sa.mentees[sa.mentees.indexOf(i)] = k;
                  sb.mentees[sb.mentees.indexOf(k)] = i;
                  assert.ok(recomputedTotal(affinity, swapped) <= total + 1e-9);
                }
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
