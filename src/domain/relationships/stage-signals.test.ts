import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { relationshipStages } from '../../../shared/enums.ts';
import {
  goalsMetEarly,
  isAtRisk,
  menteeLeadsAgenda,
  mostGoalsAdvanced,
  suggestStageMoves,
  twoMissedInARow,
  type GoalSignal,
  type MeetingSignal,
  type StageSnapshot,
} from './stage-signals.ts';

const now = new Date('2026-04-15T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const daysAhead = (days: number) => new Date(now.getTime() + days * 86_400_000);
const goal = (progress: number, status: GoalSignal['status'] = 'active', metAt: Date | null = null): GoalSignal => ({
  progress,
  status,
  metAt,
});
const held = (agendaBy: MeetingSignal['agendaBy'] = null): MeetingSignal => ({ status: 'held', agendaBy });
const missed: MeetingSignal = { status: 'missed', agendaBy: null };
const cancelled: MeetingSignal = { status: 'cancelled', agendaBy: 'mentee' };
const proposed: MeetingSignal = { status: 'proposed', agendaBy: null };

/** A quiet, healthy relationship in stage 1: touched yesterday, nothing to suggest. */
const base: StageSnapshot = {
  stage: 'creating',
  agreementSigned: false,
  goals: [],
  plannedEnd: null,
  meetings: [],
  lastTouchAt: daysAgo(1),
  startedAt: daysAgo(60),
  now,
};
const kinds = (snapshot: Partial<StageSnapshot>) =>
  suggestStageMoves({ ...base, ...snapshot }).map((s) => `${s.kind}${s.toStage ? `->${s.toStage}` : ''}`);

describe('suggestStageMoves', () => {
  const cases: Array<[string, Partial<StageSnapshot>, string[]]> = [
    ['nothing while creating and unsigned', {}, []],
    ['signed agreement while creating: build', { agreementSigned: true }, ['start_building->building']],
    ['signed agreement once building: no repeat', { stage: 'building', agreementSigned: true }, []],
    [
      'building, most goals past 70%, mentee leads: mastery',
      { stage: 'building', goals: [goal(80), goal(75), goal(10)], meetings: [held('mentor'), held('mentee'), held('mentee')] },
      ['move_to_mastery->mastery'],
    ],
    [
      'building, goals advanced but the mentor sets the agenda',
      { stage: 'building', goals: [goal(80), goal(90)], meetings: [held('mentee'), held('mentor'), held('mentor')] },
      [],
    ],
    [
      'building, mentee leads but goals at exactly 70%',
      { stage: 'building', goals: [goal(70), goal(70)], meetings: [held('mentee'), held('mentee')] },
      [],
    ],
    [
      'building, half the goals advanced is not most',
      { stage: 'building', goals: [goal(90), goal(20)], meetings: [held('mentee'), held('mentee')] },
      [],
    ],
    [
      'building, met goals count as advanced; dropped are ignored',
      {
        stage: 'building',
        goals: [goal(100, 'met', daysAgo(2)), goal(80), goal(0, 'dropped')],
        meetings: [held('mentee'), held('mentee')],
      },
      ['move_to_mastery->mastery'],
    ],
    [
      'mastery, two missed in a row: moving on',
      { stage: 'mastery', goals: [goal(90)], meetings: [held('mentee'), missed, missed] },
      ['talk_about_moving_on->moving_on'],
    ],
    [
      'mastery, cancelled meetings do not break the row',
      { stage: 'mastery', goals: [goal(90)], meetings: [missed, cancelled, missed, proposed] },
      ['talk_about_moving_on->moving_on'],
    ],
    ['mastery, a held meeting after a miss', { stage: 'mastery', goals: [goal(90)], meetings: [missed, held()] }, []],
    ['building, two missed is not a mastery signal', { stage: 'building', goals: [goal(10)], meetings: [missed, missed] }, []],
    [
      'mastery with new goals still low: back to building (2 and 3 alternate)',
      { stage: 'mastery', goals: [goal(90), goal(10), goal(5)] },
      ['back_to_building->building'],
    ],
    [
      'all goals met long before the planned end',
      { stage: 'building', goals: [goal(100, 'met', daysAgo(5)), goal(100, 'met', daysAgo(1))], plannedEnd: daysAhead(90) },
      ['consider_new_goals'],
    ],
    ['all goals met, but the end is near', { stage: 'mastery', goals: [goal(100, 'met', daysAgo(3))], plannedEnd: daysAhead(10) }, []],
    ['one goal still open', { stage: 'building', goals: [goal(100, 'met', daysAgo(5)), goal(60)], plannedEnd: daysAhead(90) }, []],
    ['no planned end: cannot tell early', { stage: 'building', goals: [goal(100, 'met', daysAgo(5))] }, []],
    ['no touch point for 30 days', { stage: 'building', lastTouchAt: daysAgo(30) }, ['at_risk']],
    ['29 days is fine', { stage: 'building', lastTouchAt: daysAgo(29) }, []],
    ['never touched, started 31 days ago', { lastTouchAt: null, startedAt: daysAgo(31) }, ['at_risk']],
    ['never touched, started last week', { lastTouchAt: null, startedAt: daysAgo(7) }, []],
    ['moving on is not at risk', { stage: 'moving_on', lastTouchAt: daysAgo(90) }, []],
    ['several at once', { agreementSigned: true, lastTouchAt: daysAgo(45) }, ['start_building->building', 'at_risk']],
  ];
  for (const [name, snapshot, expected] of cases) test(name, () => assert.deepEqual(kinds(snapshot), expected));

  test('every suggestion has a one-line explanation and never proposes the current stage', () => {
    const goalArb = fc.record({
      progress: fc.integer({ min: 0, max: 100 }),
      status: fc.constantFrom('active', 'met', 'dropped'),
      metAt: fc.option(fc.integer({ min: -200, max: 0 }).map(daysAhead), { nil: null }),
    }) as fc.Arbitrary<GoalSignal>;
    const meetingArb = fc.record({
      status: fc.constantFrom('proposed', 'accepted', 'cancelled', 'held', 'missed'),
      agendaBy: fc.constantFrom('mentor', 'mentee', null),
    }) as fc.Arbitrary<MeetingSignal>;
    fc.assert(
      fc.property(
        fc.constantFrom(...relationshipStages),
        fc.boolean(),
        fc.array(goalArb, { maxLength: 6 }),
        fc.array(meetingArb, { maxLength: 8 }),
        fc.option(fc.integer({ min: -100, max: 200 }).map(daysAhead), { nil: null }),
        fc.option(fc.integer({ min: 0, max: 100 }).map(daysAgo), { nil: null }),
        (stage, agreementSigned, goals, meetings, plannedEnd, lastTouchAt) => {
          const snapshot: StageSnapshot = {
            stage,
            agreementSigned,
            goals,
            meetings,
            plannedEnd,
            lastTouchAt,
            startedAt: daysAgo(120),
            now,
          };
          const suggestions = suggestStageMoves(snapshot);
          for (const s of suggestions) {
            assert.notEqual(s.toStage, stage);
            assert.ok(s.explanation.length > 10 && !s.explanation.includes('\n'));
          }
          assert.deepEqual(suggestStageMoves(snapshot), suggestions, 'same input, same result');
          assert.equal(new Set(suggestions.map((s) => s.kind)).size, suggestions.length);
        },
      ),
    );
  });
});

describe('the signals one by one', () => {
  const agendas: Array<[MeetingSignal[], boolean]> = [
    [[], false],
    [[held('mentee')], false],
    [[held('mentee'), held('mentee')], true],
    [[held('mentee'), held('mentee'), held('mentor'), held('mentor')], false],
    [[held('mentor'), held('mentor'), held('mentee'), held(null), held('mentee')], true],
    [[cancelled, cancelled, held('mentor')], false],
  ];
  for (const [meetings, expected] of agendas)
    test(`mentee leads ${JSON.stringify(meetings.map((m) => m.agendaBy))}: ${expected}`, () =>
      assert.equal(menteeLeadsAgenda(meetings), expected));

  test('missed in a row', () => {
    assert.equal(twoMissedInARow([missed]), false);
    assert.equal(twoMissedInARow([missed, missed]), true);
    assert.equal(twoMissedInARow([missed, held(), missed]), false);
  });
  test('goals advanced', () => {
    assert.equal(mostGoalsAdvanced([]), false);
    assert.equal(mostGoalsAdvanced([goal(0, 'dropped')]), false);
    assert.equal(mostGoalsAdvanced([goal(71)]), true);
  });
  test('met early and risk', () => {
    assert.equal(goalsMetEarly([goal(100, 'met', daysAgo(1))], daysAhead(29), now), false);
    assert.equal(goalsMetEarly([goal(100, 'met', daysAgo(1))], daysAhead(31), now), true);
    assert.equal(isAtRisk(daysAgo(31), daysAgo(400), now), true);
  });
});
