import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { formCircles, type CircleAffinity } from './circles.ts';

function topicAffinity(menteeTopics: number[], mentorTopics: number[], forbidden: Set<string> = new Set()): CircleAffinity {
  return {
    menteeCount: menteeTopics.length,
    mentorCount: mentorTopics.length,
    mentorFit: (i, m) => (forbidden.has(`${i}:${m}`) ? -1 : menteeTopics[i] === mentorTopics[m] ? 1 : 0.2),
    peerFit: (a, b) => (menteeTopics[a] === menteeTopics[b] ? 1 : 0),
  };
}

describe('group circles', () => {
  test('mentees gather around the mentors who share their topic', () => {
    const result = formCircles(topicAffinity([0, 1, 0, 1, 0, 1], [0, 1]), { minSize: 2, maxSize: 4, mentorsPerCircle: 1 });
    assert.equal(result.circles.length, 2);
    for (const circle of result.circles) {
      const topic = circle.mentors[0];
      assert.ok(circle.mentees.every((i) => [0, 1, 0, 1, 0, 1][i] === topic), JSON.stringify(result.circles));
    }
  });

  test('property: never above 15 people or the maximum, 1-3 mentors each, hard rules kept, everyone placed at most once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(3), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(3), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 3, max: 20 }),
        fc.integer({ min: 1, max: 3 }),
        (menteeTopics, mentorTopics, maxSize, perCircle) => {
          const forbidden = new Set(menteeTopics.flatMap((_, i) => (i % 5 === 0 ? [`${i}:0`] : [])));
          const affinity = topicAffinity(menteeTopics, mentorTopics, forbidden);
          const result = formCircles(affinity, { minSize: 2, maxSize, mentorsPerCircle: perCircle });
          const seen = new Set<number>();
          for (const circle of result.circles) {
            assert.ok(circle.mentors.length >= 1 && circle.mentors.length <= 3);
            assert.ok(circle.mentors.length + circle.mentees.length <= Math.min(15, maxSize));
            for (const i of circle.mentees) {
              assert.ok(!seen.has(i));
              seen.add(i);
              for (const m of circle.mentors) assert.ok(affinity.mentorFit(i, m) >= 0, 'no forbidden pair shares a circle');
            }
          }
          for (const i of result.unplaced) assert.ok(!seen.has(i));
          assert.equal(seen.size + result.unplaced.length, menteeTopics.length);
          assert.deepEqual(formCircles(affinity, { minSize: 2, maxSize, mentorsPerCircle: perCircle }), result);
        },
      ),
      { numRuns: 200 },
    );
  });
});
