import { and, eq, sql } from 'drizzle-orm';
import type { MatchingPerson, MatchingProfileFields } from '../../domain/matching/scoring/matching-profile.ts';
import { emptyProfile } from '../../domain/profile.ts';
import type { Database } from '../database.ts';
import { people, profiles } from '../schema/index.ts';

/**
 * What the matching engine reads of people and their profiles (the empty profile's values when
 * none), for `ids` of one organization, in no particular order: one query, each person and
 * profile by key, and only the columns matching reads (no email, no password hash).
 */
export async function findMatchingPeople(
  db: Database,
  organizationId: string,
  ids: readonly string[],
): Promise<Array<{ person: MatchingPerson; profile: MatchingProfileFields }>> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      person: {
        id: people.id,
        displayName: people.displayName,
        department: people.department,
        seniorityLevel: people.seniorityLevel,
        timeZone: people.timeZone,
        languages: people.languages,
      },
      hasProfile: profiles.personId,
      profile: {
        expertiseOffered: profiles.expertiseOffered,
        expertiseWanted: profiles.expertiseWanted,
        functionsOffered: profiles.functionsOffered,
        functionsSought: profiles.functionsSought,
        approach: profiles.approach,
        availabilityHoursPerMonth: profiles.availabilityHoursPerMonth,
        preferredChannels: profiles.preferredChannels,
        interests: profiles.interests,
        education: profiles.education,
        profession: profiles.profession,
        identityAttributes: profiles.identityAttributes,
      },
    })
    .from(people)
    .leftJoin(profiles, and(eq(profiles.organizationId, people.organizationId), eq(profiles.personId, people.id)))
    .where(and(eq(people.organizationId, organizationId), sql`${people.id} = any(${sql.param([...ids])}::uuid[])`));
  const empty = emptyProfile(new Date(0));
  return rows.map((row) => ({ person: row.person, profile: row.hasProfile ? (row.profile as MatchingProfileFields) : empty }));
}
