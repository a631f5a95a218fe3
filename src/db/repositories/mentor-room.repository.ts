import { and, eq, inArray } from 'drizzle-orm';
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
