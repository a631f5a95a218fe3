import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultMatchingRules } from '../../../shared/schemas/matching-rules.ts';
import { sampleProfiles } from '../../domain/matching/scoring/sample-profiles.ts';
import { createScoringSetup, prepareParticipant, scorePrepared } from '../../domain/matching/scoring/score-pair.ts';
import { defaultReserveWidth, scanRows } from '../../domain/matching/top-candidates.ts';
import { createCohortScoreSource, createCohortScoreSourceFromJson, type CohortJob } from './cohort-job.ts';

/** A cohort where every kind of conflict is planted, and a lock and a forbid. */
function plantedCohort(): CohortJob {
  const mentorIds = Array.from({ length: 40 }, (_, j) => `mentor-${j}`);
  const mentees = sampleProfiles(60, 'mentee-', mentorIds, 3);
  const mentors = sampleProfiles(
    40,
    'mentor-',
    mentees.map((m) => m.id),
    4,
  );
  const [a, b, c, d, e] = mentees as [
    (typeof mentees)[0],
    (typeof mentees)[0],
    (typeof mentees)[0],
    (typeof mentees)[0],
    (typeof mentees)[0],
  ];
  const [x, y, z, w] = mentors as [(typeof mentors)[0], (typeof mentors)[0], (typeof mentors)[0], (typeof mentors)[0]];
  a.supervisorChain = [x.id]; // the mentor is the mentee's supervisor
  y.supervisorChain = [b.id]; // the mentee is the mentor's supervisor
  z.avoid = [c.id]; // the mentor avoids the mentee
  d.previousPartners = [w.id]; // a repeat pair (not allowed by default)
  mentors.push({ ...e, id: e.id, name: e.name }); // the same person on both sides
  return {
    mentees,
    mentors,
    demand: mentees.map(() => 1),
    capacity: mentors.map(() => 2),
    rules: defaultMatchingRules,
    referenceDate: '2027-03-01T00:00:00.000Z',
    customQuestions: [],
    locks: [{ menteeId: 'mentee-10', mentorId: 'mentor-10' }],
    forbids: [{ menteeId: 'mentee-11', mentorId: 'mentor-11' }],
    policy: 'score',
    mode: 'optimal',
    minimumScore: null,
  };
}

describe("a cohort's score source", () => {
  test('scores every pair as scorePrepared does, conflicts -1, locked and forbidden pairs never scored', () => {
    const job = plantedCohort();
    const source = createCohortScoreSource(job);
    const setup = createScoringSetup(job.rules, { referenceDate: new Date(job.referenceDate), customQuestions: [] });
    const mentees = job.mentees.map((p) => prepareParticipant(p, setup));
    const mentors = job.mentors.map((p) => prepareParticipant(p, setup));
    const row = new Float64Array(mentors.length);
    const column = new Float64Array(mentees.length);
    const pairs = new Float64Array(mentors.length);
    const chosen = Int32Array.from(mentors, (_, j) => mentors.length - 1 - j);
    const neverScored = new Set(['mentee-10|mentor-10', 'mentee-11|mentor-11']);
    let conflicts = 0;
    for (let i = 0; i < mentees.length; i++) {
      source.scoreRow(i, row);
      source.scorePairs?.(i, chosen, chosen.length, pairs);
      for (let j = 0; j < mentors.length; j++) {
        const expected = neverScored.has(`${job.mentees[i]?.id}|${job.mentors[j]?.id}`)
          ? -1
          : scorePrepared(mentees[i] as (typeof mentees)[0], mentors[j] as (typeof mentors)[0], setup);
        if (expected === -1 && !neverScored.has(`${job.mentees[i]?.id}|${job.mentors[j]?.id}`)) conflicts++;
        assert.equal(row[j], expected, `row ${i}, mentor ${j}`);
        assert.equal(pairs[mentors.length - 1 - j], expected, `pairs ${i}, mentor ${j}`);
      }
    }
    // Blocks of rows (scoreRows, in tiles of mentors) give the same numbers as row by row, at any offset.
    for (const [from, to] of [
      [0, 16],
      [5, 37],
      [50, 60],
    ] as const) {
      const block = new Float64Array((to - from) * mentors.length);
      source.scoreRows?.(from, to, block);
      for (let i = from; i < to; i++) {
        source.scoreRow(i, row);
        assert.deepEqual([...block.subarray((i - from) * mentors.length, (i - from + 1) * mentors.length)], [...row], `block row ${i}`);
      }
    }
    for (let j = 0; j < mentors.length; j++) {
      source.scoreColumn?.(j, column);
      for (let i = 0; i < mentees.length; i++) {
        source.scoreRow(i, row);
        assert.equal(column[i], row[j], `column ${j}, mentee ${i}`);
      }
    }
    // Each planted conflict is among them (and the sample's own required criteria fail others).
    const at = (menteeId: string, mentorId: string) => {
      source.scoreRow(
        job.mentees.findIndex((m) => m.id === menteeId),
        row,
      );
      return row[job.mentors.findIndex((m) => m.id === mentorId)];
    };
    assert.equal(at('mentee-0', 'mentor-0'), -1);
    assert.equal(at('mentee-1', 'mentor-1'), -1);
    assert.equal(at('mentee-2', 'mentor-2'), -1);
    assert.equal(at('mentee-3', 'mentor-3'), -1);
    assert.equal(at('mentee-4', 'mentee-4'), -1);
    assert.ok(conflicts >= 5);
  });

  test('a scan by blocks of rows keeps the same candidates as a scan row by row', () => {
    const source = createCohortScoreSource(plantedCohort());
    assert.ok(source.scoreRows, 'the cohort scores blocks of rows');
    const width = defaultReserveWidth(5);
    const byBlocks = scanRows(source, 3, 60, 5, 0, width);
    const byRows = scanRows({ ...source, scoreRows: undefined }, 3, 60, 5, 0, width);
    assert.deepEqual(byBlocks, byRows);
  });

  test('the job as JSON text (how it reaches a scoring thread) scores the same', () => {
    const job = plantedCohort();
    const direct = createCohortScoreSource(job);
    const fromJson = createCohortScoreSourceFromJson(JSON.stringify(job));
    const width = defaultReserveWidth(5);
    assert.deepEqual(scanRows(fromJson, 0, job.mentees.length, 5, 0, width), scanRows(direct, 0, job.mentees.length, 5, 0, width));
  });
});
