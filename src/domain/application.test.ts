import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { applicationStatuses, type ApplicationStatus } from '../../shared/enums.ts';
import { findAssumptionMismatches, menteePlacesLeft, nextStatus, type ApplicantAction, type CoordinatorDecision } from './application.ts';
import { findAnswerIssues } from './intake-answers.ts';
import type { CustomQuestion } from '../../shared/schemas/intake-forms.ts';
import { suggestApproach } from './profile.ts';

describe('application status machine', () => {
  const allowed: Array<[ApplicationStatus, ApplicantAction | CoordinatorDecision, ApplicationStatus]> = [
    ['draft', 'submit', 'submitted'],
    ['submitted', 'interview', 'interview'],
    ['interview', 'accept', 'accepted'],
    ['submitted', 'waitlist', 'waitlisted'],
    ['waitlisted', 'accept', 'accepted'],
    ['interview', 'decline', 'declined'],
    ['declined', 'reinvite', 'draft'],
    ['accepted', 'withdraw', 'withdrawn'],
    ['withdrawn', 'reopen', 'draft'],
  ];
  for (const [from, action, to] of allowed) test(`${from} --${action}--> ${to}`, () => assert.equal(nextStatus(from, action), to));

  const forbidden: Array<[ApplicationStatus, ApplicantAction | CoordinatorDecision]> = [
    ['declined', 'submit'],
    ['draft', 'accept'],
    ['accepted', 'accept'],
    ['declined', 'withdraw'],
    ['submitted', 'reinvite'],
    ['waitlisted', 'interview'],
  ];
  for (const [from, action] of forbidden) test(`${from} cannot ${action}`, () => assert.equal(nextStatus(from, action), null));

  test('property: every move lands on a known status', () => {
    const actions = ['submit', 'withdraw', 'reopen', 'interview', 'accept', 'waitlist', 'decline', 'reinvite'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...applicationStatuses), fc.constantFrom(...actions), (from, action) => {
        const to = nextStatus(from, action);
        return to === null || applicationStatuses.includes(to);
      }),
    );
  });
});

describe('menteePlacesLeft', () => {
  test('limit and mentor capacity both bound one-to-one programs; groups only the limit', () => {
    assert.equal(menteePlacesLeft({ type: 'one_to_one', menteeLimit: 10, activeMentees: 3, mentorCapacity: 4 }), 1);
    assert.equal(menteePlacesLeft({ type: 'one_to_one', menteeLimit: null, activeMentees: 0, mentorCapacity: 0 }), 0);
    assert.equal(menteePlacesLeft({ type: 'group', menteeLimit: null, activeMentees: 50, mentorCapacity: 0 }), Number.POSITIVE_INFINITY);
    assert.equal(menteePlacesLeft({ type: 'group', menteeLimit: 5, activeMentees: 7, mentorCapacity: 0 }), 0);
  });
  test('property: never negative, never above the limit', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (limit, active, capacity) => {
        const left = menteePlacesLeft({ type: 'one_to_one', menteeLimit: limit, activeMentees: active, mentorCapacity: capacity });
        return left >= 0 && left <= limit && active + left <= Math.max(active, Math.min(limit, capacity));
      }),
    );
  });
});

describe('assumption mismatches and approaches', () => {
  test('flags a program mismatch and a stated/interviewed mismatch', () => {
    const found = findAssumptionMismatches({
      programApproach: 'learning_alliance',
      statedApproach: 'learning_alliance',
      observedApproach: 'sage_on_the_stage',
    });
    assert.deepEqual(
      found.map((m) => m.kind),
      ['differs_from_program', 'stated_differs_from_interviewed'],
    );
    assert.deepEqual(
      findAssumptionMismatches({ programApproach: 'guide_on_the_side', statedApproach: 'guide_on_the_side', observedApproach: null }),
      [],
    );
  });
  test('suggests the approach whose statements score highest, none on a tie', () => {
    assert.equal(suggestApproach({ expert_advice: 5, open_doors: 4, both_learn: 2 }), 'sage_on_the_stage');
    assert.equal(suggestApproach({ expert_advice: 3, questions: 3 }), null);
    assert.equal(suggestApproach({}), null);
  });
});

describe('intake answers', () => {
  const questions: CustomQuestion[] = [
    { id: 'goal', kind: 'long_text', label: 'Goal', help: '', options: [], required: true, usableByMatching: false },
    { id: 'pick', kind: 'single_choice', label: 'Pick', help: '', options: ['A', 'B'], required: false, usableByMatching: true },
    { id: 'score', kind: 'scale', label: 'Score', help: '', options: [], required: false, usableByMatching: false },
    { id: 'when', kind: 'date', label: 'When', help: '', options: [], required: false, usableByMatching: false },
  ];
  test('checks kinds, required answers on submission and unknown ids', () => {
    const issues = findAnswerIssues(questions, { pick: 'C', score: 9, when: 'soon', extra: 'x' }, { submitting: true });
    assert.deepEqual(issues.map((i) => i.field).sort(), ['answers.extra', 'answers.goal', 'answers.pick', 'answers.score', 'answers.when']);
    assert.deepEqual(findAnswerIssues(questions, { pick: 'A' }, { submitting: false }), []);
  });
});
