import type { MeetingRecord } from '../../db/repositories/meeting.repository.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import type { RelationshipRecord } from '../../db/repositories/relationship-record.repository.ts';
import { availableMeetingActions, type MeetingAction } from '../../domain/relationships/meeting-state.ts';
import { meetingEnd, wallClockIn, zoneForPerson } from '../../domain/relationships/meeting-times.ts';
import type { ServiceContext } from '../context.ts';
import type { PairPeople } from './relationship-access.ts';

/** A meeting on one person's wall clock. */
export type MeetingLocalTime = {
  personId: string;
  timeZone: string;
  zoneAssumed: boolean;
  localStart: string;
  localEnd: string;
  utcOffset: string;
  zoneAbbreviation: string;
};

/** A meeting as the pair sees it: the record, its end, both people's clocks and what the caller may do. */
export type MeetingView = Omit<MeetingRecord, 'organizationId'> & {
  endsAt: Date;
  times: MeetingLocalTime[];
  availableActions: MeetingAction[];
};

/** Loads the two people of a relationship (names and time zones). */
export async function loadPairPeople(
  ctx: ServiceContext,
  relationship: Pick<RelationshipRecord, 'organizationId' | 'mentorId' | 'menteeId'>,
): Promise<PairPeople> {
  const people = await findPeopleByIds(ctx.db, relationship.organizationId, [relationship.mentorId, relationship.menteeId]);
  const person = (id: string) => {
    const found = people.find((p) => p.id === id);
    return { id, name: found?.displayName ?? 'Unknown', timeZone: found?.timeZone ?? null };
  };
  return { mentor: person(relationship.mentorId), mentee: person(relationship.menteeId) };
}

function localTime(meeting: MeetingRecord, person: { id: string; timeZone: string | null }): MeetingLocalTime {
  const { timeZone, zoneAssumed } = zoneForPerson(person.timeZone, meeting.timeZone);
  const start = wallClockIn(meeting.startsAt, timeZone);
  const end = wallClockIn(meetingEnd(meeting.startsAt, meeting.durationMinutes), timeZone);
  return {
    personId: person.id,
    timeZone,
    zoneAssumed,
    localStart: start.localDateTime,
    localEnd: end.localDateTime,
    utcOffset: start.utcOffset,
    zoneAbbreviation: start.zoneAbbreviation,
  };
}

/**
 * A meeting for one of the pair: times on the mentor's and the mentee's clocks (in that order)
 * and the actions the caller may take now.
 */
export function presentMeeting(meeting: MeetingRecord, pair: PairPeople, viewerId: string, now: Date): MeetingView {
  const { organizationId: _organizationId, ...rest } = meeting;
  const side = meeting.proposedById === viewerId ? 'proposer' : 'partner';
  return {
    ...rest,
    endsAt: meetingEnd(meeting.startsAt, meeting.durationMinutes),
    times: [localTime(meeting, pair.mentor), localTime(meeting, pair.mentee)],
    availableActions: availableMeetingActions({ status: meeting.status, side, startsAt: meeting.startsAt, now }),
  };
}
