import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ProfileCohortSchema, defaultMatchingRules } from '../../../../shared/schemas/matching-rules.ts';
import { createScoringSetup, explainPair, prepareParticipant, scorePrepared } from './score-pair.ts';

// Reading the example is the test's own I/O; the scoring it exercises stays pure.
const example = JSON.parse(readFileSync(new URL('../../../../examples/profile-cohort.json', import.meta.url), 'utf8')) as unknown;

describe('examples/profile-cohort.json', () => {
  const cohort = ProfileCohortSchema.parse(example);
  const setup = createScoringSetup(cohort.rules, {
    referenceDate: new Date(`${cohort.referenceDate}T12:00:00Z`),
    customQuestions: cohort.customQuestions,
  });
  const mentees = cohort.mentees.map((m) => prepareParticipant(m.profile, setup));
  const mentors = cohort.mentors.map((m) => prepareParticipant(m.profile, setup));
  const explain = (menteeId: string, mentorId: string) => {
    const a = mentees.find((m) => m.profile.id === menteeId);
    const b = mentors.find((m) => m.profile.id === mentorId);
    assert.ok(a && b);
    return { fast: scorePrepared(a, b, setup), explained: explainPair(a, b, setup) };
  };

  test('parses: 6 mentees, 3 mentors, defaults filled in, profile ids from the entries', () => {
    assert.equal(cohort.mentees.length, 6);
    assert.equal(cohort.mentors.length, 3);
    assert.equal(cohort.mentees[1]?.demand, 1);
    assert.equal(cohort.mentees[1]?.profile.id, 'ravi-iyer');
    assert.deepEqual(cohort.rules.criteria.approach, defaultMatchingRules.criteria.approach);
  });

  test('exercises the rules: good fits, time zones, repeats and avoid marks', () => {
    const ana = explain('ana-silva', 'marta-reis');
    assert.ok(ana.fast > 0.7, `Ana and Marta: ${ana.fast}`);
    assert.ok(ana.explained.reasons.includes('offers budgeting and negotiation, which Ana Silva wants'), ana.explained.reasons.join(' | '));
    assert.equal(explain('tom-becker', 'marta-reis').explained.failedRule, 'repeat_pair');
    assert.equal(explain('kenji-sato', 'david-okafor').explained.failedRule, 'mentor_avoids');
    assert.equal(explain('lucia-fernandez', 'priya-nair').explained.failedRule, 'timeZone');
    assert.equal(explain('ravi-iyer', 'priya-nair').explained.feasible, true);
    for (const mentee of mentees)
      assert.ok(
        mentors.some((mentor) => scorePrepared(mentee, mentor, setup) >= 0),
        `${mentee.profile.id} has a feasible mentor`,
      );
  });

  test('refuses private attributes, unknown time zones and mismatched profile ids', () => {
    const broken = structuredClone(example) as { mentees: Array<{ id: string; profile: Record<string, unknown> }> };
    const first = broken.mentees[0];
    assert.ok(first);
    first.profile.matchingAttributes = [{ label: 'Religion', value: 'x', visibility: 'private' }];
    first.profile.timeZone = 'Mars/Olympus';
    const paths = ProfileCohortSchema.safeParse(broken).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    assert.deepEqual(paths.sort(), ['mentees.0.profile.matchingAttributes.0.visibility', 'mentees.0.profile.timeZone']);
    const renamed = structuredClone(example) as typeof broken;
    const other = renamed.mentees[0];
    assert.ok(other);
    other.profile.id = 'someone-else';
    const idIssues = ProfileCohortSchema.safeParse(renamed).error?.issues.map((issue) => issue.path.join('.'));
    assert.deepEqual(idIssues, ['mentees.0.profile.id']);
  });
});
