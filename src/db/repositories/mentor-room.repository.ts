import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { profiles } from '../schema/index.ts';
import { countActiveCircleSeats } from './circle.repository.ts';
import { countActiveMentees } from './relationship.repository.ts';

/** A mentor's capacity when they never filled in a profile (the column's default). */
const defaultMentorCapacity = 2;

/** Each mentor's capacity, and whether mentoring is paused: the two profile columns room needs. */
async function findMentorCapacities(
  db: Database,
  organizationId: string,
  mentorIds: readonly string[],
): Promise<Map<string, { mentorCapacity: number; mentoringPaused: boolean }>> {
  const rows = await db
    .select({ personId: profiles.personId, mentorCapacity: profiles.mentorCapacity, mentoringPaused: profiles.mentoringPaused })
    .from(profiles)
    .where(and(eq(profiles.organizationId, organizationId), inArray(profiles.personId, [...mentorIds])));
  return new Map(rows.map((row) => [row.personId, row]));
}

/**
 * Room left per mentor, across the organization: their capacity minus their active one-to-one
 * relationships minus the active circles they lead (a circle takes one place, like one mentee),
 * nothing while mentoring is paused, never below 0. The one count of room that suggestions,
 * matching runs and publishing share, so a mentor full because of circles is full everywhere.
 * Pass the transaction that locked the mentors to count inside it.
 *
 * @example const room = await findMentorRoom(db, organizationId, [mentorId]); room.get(mentorId) // 1
 */
export async function findMentorRoom(db: Database, organizationId: string, mentorIds: readonly string[]): Promise<Map<string, number>> {
  const room = new Map<string, number>();
  if (mentorIds.length === 0) return room;
  // One after the other: `db` may be a transaction, whose one connection runs one query at a time.
  const capacities = await findMentorCapacities(db, organizationId, mentorIds);
  const mentees = await countActiveMentees(db, organizationId, mentorIds);
  const circleSeats = await countActiveCircleSeats(db, organizationId, mentorIds);
  for (const mentorId of mentorIds) {
    const profile = capacities.get(mentorId);
    const capacity = profile?.mentoringPaused ? 0 : (profile?.mentorCapacity ?? defaultMentorCapacity);
    room.set(mentorId, Math.max(0, capacity - (mentees.get(mentorId) ?? 0) - (circleSeats.get(mentorId) ?? 0)));
  }
  return room;
}

/** A program's active mentors at a glance: how many, when their rows last changed, and who has no room left. */
export type ProgramMentorRoom = { mentors: number; lastChange: string; withoutRoom: string[] };

/**
 * A program's active mentors in one row: how many there are and when any one's enrolment,
 * person or profile last changed (so a cache of what the mentors look like can tell it is
 * stale), and which of them have no room left, counted as `findMentorRoom` counts room
 * (capacity, or none while paused, minus active relationships and active circles led anywhere
 * in the organization). Each mentor's counts are probed by index; one row travels.
 *
 * @example const { mentors, withoutRoom } = await findProgramMentorRoom(db, organizationId, programId);
 */
export async function findProgramMentorRoom(db: Database, organizationId: string, programId: string): Promise<ProgramMentorRoom> {
  const result = await db.execute(sql`
    with mentor as (
      select e.person_id,
        case when coalesce(p.mentoring_paused, false) then 0 else coalesce(p.mentor_capacity, ${defaultMentorCapacity}) end
          - (select count(*) from relationships r
              where r.organization_id = e.organization_id and r.mentor_id = e.person_id and r.status = 'active')
          - (select count(*) from circle_members m
              join circles c on c.organization_id = m.organization_id and c.id = m.circle_id
              where m.organization_id = e.organization_id and m.person_id = e.person_id and m.role = 'mentor' and c.status = 'active')
          as room,
        greatest(e.updated_at, person.updated_at, coalesce(p.updated_at, e.updated_at)) as changed_at
      from enrolments e
      join people person on person.organization_id = e.organization_id and person.id = e.person_id
      left join profiles p on p.organization_id = e.organization_id and p.person_id = e.person_id
      where e.organization_id = ${organizationId} and e.program_id = ${programId} and e.role = 'mentor' and e.status = 'active'
    )
    select count(*)::int as mentors, coalesce(max(changed_at)::text, '') as "lastChange",
      coalesce(array_agg(person_id::text) filter (where room <= 0), '{}') as "withoutRoom"
    from mentor`);
  const row = (result as unknown as { rows: ProgramMentorRoom[] }).rows[0];
  return row ?? { mentors: 0, lastChange: '', withoutRoom: [] };
}
