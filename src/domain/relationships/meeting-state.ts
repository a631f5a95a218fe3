import type { MeetingStatus } from '../../../shared/schemas/meetings.ts';

/** What one of the pair can do to a meeting. */
export type MeetingAction = 'accept' | 'reschedule' | 'cancel' | 'mark_held' | 'mark_missed' | 'set_agenda' | 'record_summary';

/** The caller's side of a meeting: who proposed its current time, or the other one of the pair. */
export type MeetingSide = 'proposer' | 'partner';

/** A refused change, with a stable code and a sentence for people. */
export type MeetingRefusal = { allowed: false; code: string; message: string };
/** An allowed change and the status it leads to. */
export type MeetingTransition = { allowed: true; status: MeetingStatus; bumpsSequence: boolean };

type Rule = {
  from: readonly MeetingStatus[];
  to: MeetingStatus | 'same';
  sides: readonly MeetingSide[];
  afterStart: boolean;
  bumpsSequence: boolean;
};

const both: readonly MeetingSide[] = ['proposer', 'partner'];
const open: readonly MeetingStatus[] = ['proposed', 'accepted'];

// One rule per action. Rescheduling sends the meeting back to "proposed" with the rescheduler
// as its proposer, so the other side is the one who accepts the new time.
const rules: Record<MeetingAction, Rule> = {
  accept: { from: ['proposed'], to: 'accepted', sides: ['partner'], afterStart: false, bumpsSequence: false },
  reschedule: { from: open, to: 'proposed', sides: both, afterStart: false, bumpsSequence: true },
  cancel: { from: open, to: 'cancelled', sides: both, afterStart: false, bumpsSequence: true },
  mark_held: { from: ['accepted'], to: 'held', sides: both, afterStart: true, bumpsSequence: false },
  mark_missed: { from: ['accepted'], to: 'missed', sides: both, afterStart: true, bumpsSequence: false },
  set_agenda: { from: open, to: 'same', sides: both, afterStart: false, bumpsSequence: false },
  record_summary: { from: ['held'], to: 'same', sides: both, afterStart: false, bumpsSequence: false },
};

/**
 * Decides whether one side of the pair may make a change to a meeting now, and where it leads.
 * Pure: the service loads the meeting, asks, and writes the answer.
 *
 * @example
 * decideMeetingChange({ status: 'proposed', action: 'accept', side: 'partner', startsAt, now })
 * // => { allowed: true, status: 'accepted', bumpsSequence: false }
 * decideMeetingChange({ status: 'proposed', action: 'accept', side: 'proposer', startsAt, now })
 * // => { allowed: false, code: 'cannot_accept_own_proposal', ... }
 */
export function decideMeetingChange(input: {
  status: MeetingStatus;
  action: MeetingAction;
  side: MeetingSide;
  startsAt: Date;
  now: Date;
}): MeetingTransition | MeetingRefusal {
  const rule = rules[input.action];
  if (!rule.from.includes(input.status)) {
    return {
      allowed: false,
      code: 'meeting_status_conflict',
      message: `A ${input.status} meeting cannot be changed that way (${input.action.replace('_', ' ')})`,
    };
  }
  if (!rule.sides.includes(input.side)) {
    return { allowed: false, code: 'cannot_accept_own_proposal', message: 'The other side accepts a proposed time' };
  }
  if (rule.afterStart && input.now.getTime() < input.startsAt.getTime()) {
    return { allowed: false, code: 'meeting_not_started', message: 'A meeting can be marked held or missed only after it starts' };
  }
  return { allowed: true, status: rule.to === 'same' ? input.status : rule.to, bumpsSequence: rule.bumpsSequence };
}

/**
 * The actions a side may take now, for the web to show only the buttons that will work.
 *
 * @example availableMeetingActions({ status: 'accepted', side: 'proposer', startsAt, now }) // ['reschedule', 'cancel', 'set_agenda']
 */
export function availableMeetingActions(input: { status: MeetingStatus; side: MeetingSide; startsAt: Date; now: Date }): MeetingAction[] {
  return (Object.keys(rules) as MeetingAction[]).filter((action) => decideMeetingChange({ ...input, action }).allowed);
}
