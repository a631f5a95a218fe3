import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CohortInputError, parseCohortFile, parseExplicitCohort } from './cohort-input.ts';

const people = {
  mentees: [{ id: 'e1' }, { id: 'e2', demand: 2 }],
  mentors: [
    { id: 'm1', capacity: 1 },
    { id: 'm2', capacity: 2 },
  ],
};
const good = [
  { mentee: 'e1', mentor: 'm1', score: 0.9 },
  { mentee: 'e2', mentor: 'm1', score: 0.5 },
  { mentee: 'e2', mentor: 'm2', score: 0.7 },
];

/** The message parseExplicitCohort refuses `pairs` with. */
function refusal(pairs: unknown): string {
  try {
    parseExplicitCohort({ ...people, pairs });
  } catch (error) {
    assert.ok(error instanceof CohortInputError, String(error));
    return error.message;
  }
  assert.fail('the cohort was accepted');
}

describe('parseExplicitCohort', () => {
  test('reads the pairs into the solver columns, in file order', () => {
    const { problem, totalDemand, menteeRank } = parseExplicitCohort({ ...people, pairs: good });
    assert.deepEqual([...problem.pairMentee], [0, 1, 1]);
    assert.deepEqual([...problem.pairMentor], [0, 0, 1]);
    assert.deepEqual([...problem.pairScore], [0.9, 0.5, 0.7]);
    assert.deepEqual([...problem.demand], [1, 2]);
    assert.deepEqual([...problem.capacity], [1, 2]);
    assert.equal(totalDemand, 3);
    assert.equal(menteeRank, undefined);
  });

  test('a rank on a later pair: every pair without one ranks by its score', () => {
    const pairs = [good[0], good[1], { ...good[2], menteeRank: 3 }];
    const cohort = parseExplicitCohort({ ...people, pairs });
    assert.deepEqual([...(cohort.menteeRank ?? [])], [0.9, 0.5, 3]);
    assert.deepEqual([...(cohort.mentorRank ?? [])], [0.9, 0.5, 0.7]);
  });

  const bad: Array<[string, unknown, string]> = [
    [
      'a score that is text',
      [good[0], good[1], { ...good[2], score: '0.7' }],
      'pairs[2].score: Invalid input: expected number, received string',
    ],
    ['a missing mentee', [good[0], { mentor: 'm1', score: 1 }], 'pairs[1].mentee: Invalid input: expected string, received undefined'],
    ['a pair that is not an object', [good[0], 7], 'pairs[1]: Invalid input: expected object, received number'],
    ['an unknown mentor', [{ ...good[0], mentor: 'm9' }], 'pairs[0]: unknown mentor "m9"'],
    ['an empty id', [{ ...good[0], mentee: '' }], 'pairs[0].mentee: Too small: expected string to have >=1 characters'],
    ['a duplicate pair', [good[0], good[1], good[0]], 'pairs[2]: duplicate pair e1 / m1'],
    [
      'a rank that is not a number',
      [{ ...good[0], mentorRank: null }],
      'pairs[0].mentorRank: Invalid input: expected number, received null',
    ],
    ['pairs that are not a list', { 0: good[0] }, 'pairs: Invalid input: expected array, received object'],
  ];
  for (const [name, pairs, message] of bad) {
    test(`refuses ${name}, naming the first bad entry by its position`, () => assert.equal(refusal(pairs), message));
  }

  test('a non-finite score in JSON text is refused as broken JSON', () => {
    assert.throws(() => parseCohortFile('{"mentees":[],"mentors":[],"pairs":[{"score":Infinity}]}'), /not valid JSON/);
  });

  test('checking 200,000 pairs costs less than twice parsing their JSON (no object per pair)', () => {
    const mentees = Array.from({ length: 4_000 }, (_, i) => ({ id: `e${i}` }));
    const mentors = Array.from({ length: 1_000 }, (_, j) => ({ id: `m${j}`, capacity: 5 }));
    const pairs = Array.from({ length: 200_000 }, (_, p) => ({
      mentee: `e${p % 4_000}`,
      mentor: `m${Math.floor(p / 4_000) * 7}`,
      score: (p % 97) / 97,
    }));
    const text = JSON.stringify({ mentees, mentors, pairs });
    const fastest = (work: () => void) => {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        work();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const parsing = fastest(() => JSON.parse(text));
    const json: unknown = JSON.parse(text);
    const checking = fastest(() => parseExplicitCohort(json));
    assert.equal(parseExplicitCohort(json).problem.pairScore.length, 200_000);
    const figures = `checking took ${checking.toFixed(0)} ms, parsing ${parsing.toFixed(0)} ms`;
    assert.ok(checking < 2 * parsing, figures);
  });
});
