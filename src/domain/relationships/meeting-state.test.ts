import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { meetingStatuses, type MeetingStatus } from '../../../shared/schemas/meetings.ts';
import { availableMeetingActions, decideMeetingChange, type MeetingAction, type MeetingSide } from './meeting-state.ts';

const startsAt = new Date('2026-05-01T10:00:00Z');
const before = new Date('2026-05-01T09:59:00Z');
const after = new Date('2026-05-01T10:30:00Z');

// [status, action, side, now, expected status or refusal code]
const table: Array<[MeetingStatus, MeetingAction, MeetingSide, Date, MeetingStatus | string]> = [
  ['proposed', 'accept', 'partner', before, 'accepted'],
  ['proposed', 'accept', 'proposer', before, 'cannot_accept_own_proposal'],
  ['accepted', 'accept', 'partner', before, 'meeting_status_conflict'],
  ['cancelled', 'accept', 'partner', before, 'meeting_status_conflict'],
  ['proposed', 'reschedule', 'proposer', before, 'proposed'],
  ['proposed', 'reschedule', 'partner', before, 'proposed'],
  ['accepted', 'reschedule', 'partner', before, 'proposed'],
  ['held', 'reschedule', 'partner', after, 'meeting_status_conflict'],
  ['cancelled', 'reschedule', 'proposer', before, 'meeting_status_conflict'],
  ['proposed', 'cancel', 'proposer', before, 'cancelled'],
  ['accepted', 'cancel', 'partner', before, 'cancelled'],
  ['missed', 'cancel', 'partner', after, 'meeting_status_conflict'],
  ['accepted', 'mark_held', 'proposer', after, 'held'],
  ['accepted', 'mark_held', 'partner', after, 'held'],
  ['accepted', 'mark_held', 'partner', before, 'meeting_not_started'],
  ['accepted', 'mark_held', 'partner', startsAt, 'held'],
  ['proposed', 'mark_held', 'partner', after, 'meeting_status_conflict'],
  ['held', 'mark_held', 'partner', after, 'meeting_status_conflict'],
  ['accepted', 'mark_missed', 'proposer', after, 'missed'],
  ['accepted', 'mark_missed', 'proposer', before, 'meeting_not_started'],
  ['held', 'mark_missed', 'proposer', after, 'meeting_status_conflict'],
  ['proposed', 'set_agenda', 'partner', before, 'proposed'],
  ['accepted', 'set_agenda', 'proposer', before, 'accepted'],
  ['held', 'set_agenda', 'proposer', after, 'meeting_status_conflict'],
  ['held', 'record_summary', 'partner', after, 'held'],
  ['accepted', 'record_summary', 'partner', after, 'meeting_status_conflict'],
  ['missed', 'record_summary', 'partner', after, 'meeting_status_conflict'],
];

describe('decideMeetingChange', () => {
  for (const [status, action, side, now, expected] of table) {
    test(`${side} ${action} on a ${status} meeting ${now < startsAt ? 'before' : 'after'} its start -> ${expected}`, () => {
      const decision = decideMeetingChange({ status, action, side, startsAt, now });
      if (decision.allowed) assert.equal(decision.status, expected);
      else assert.equal(decision.code, expected);
    });
  }

  test('only rescheduling and cancelling bump the calendar sequence', () => {
    const bumps = (action: MeetingAction, status: MeetingStatus) => {
      const decision = decideMeetingChange({ status, action, side: 'partner', startsAt, now: after });
      return decision.allowed && decision.bumpsSequence;
    };
    assert.equal(bumps('reschedule', 'accepted'), true);
    assert.equal(bumps('cancel', 'proposed'), true);
    assert.equal(bumps('accept', 'proposed'), false);
    assert.equal(bumps('mark_held', 'accepted'), false);
  });

  test('property: cancelled, held and missed meetings never go back to proposed or accepted', () => {
    const actions: MeetingAction[] = ['accept', 'reschedule', 'cancel', 'mark_held', 'mark_missed', 'set_agenda', 'record_summary'];
    fc.assert(
      fc.property(
        fc.constantFrom<MeetingStatus>('cancelled', 'held', 'missed'),
        fc.constantFrom(...actions),
        fc.constantFrom<MeetingSide>('proposer', 'partner'),
        fc.boolean(),
        (status, action, side, late) => {
          const decision = decideMeetingChange({ status, action, side, startsAt, now: late ? after : before });
          if (decision.allowed) assert.equal(decision.status, status);
        },
      ),
    );
  });
});

describe('availableMeetingActions', () => {
  test('lists exactly the allowed changes', () => {
    assert.deepEqual(availableMeetingActions({ status: 'proposed', side: 'proposer', startsAt, now: before }), [
      'reschedule',
      'cancel',
      'set_agenda',
    ]);
    assert.deepEqual(availableMeetingActions({ status: 'proposed', side: 'partner', startsAt, now: before }), [
      'accept',
      'reschedule',
      'cancel',
      'set_agenda',
    ]);
    assert.deepEqual(availableMeetingActions({ status: 'accepted', side: 'partner', startsAt, now: after }), [
      'reschedule',
      'cancel',
      'mark_held',
      'mark_missed',
      'set_agenda',
    ]);
    assert.deepEqual(availableMeetingActions({ status: 'held', side: 'proposer', startsAt, now: after }), ['record_summary']);
    assert.deepEqual(availableMeetingActions({ status: 'cancelled', side: 'partner', startsAt, now: after }), []);
  });

  test('every status is covered', () => {
    for (const status of meetingStatuses)
      assert.ok(Array.isArray(availableMeetingActions({ status, side: 'partner', startsAt, now: after })));
  });
});
