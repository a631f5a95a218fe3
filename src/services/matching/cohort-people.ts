import type { Database } from '../../db/database.ts';
import { findMatchingPeople } from '../../db/repositories/matching-people.repository.ts';
import type { MatchingPerson, MatchingProfileFields } from '../../domain/matching/scoring/matching-profile.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';

/** People read per query: mapping 25,000 rows at once held the event loop for ~100 ms. */
const PEOPLE_PER_READ = 2000;

/**
 * What matching reads of a cohort's people and profiles (findMatchingPeople: no email or password
 * hash), by person id: read 2,000 per query, every query sent at once (the database works through
 * them while the first answers are mapped), each answer mapped in its own turn of the event loop.
 *
 * @example const { people, profiles } = await loadCohortPeople(db, organizationId, ids);
 */
export async function loadCohortPeople(
  db: Database,
  organizationId: string,
  ids: readonly string[],
): Promise<{ people: Map<string, MatchingPerson>; profiles: Map<string, MatchingProfileFields> }> {
  const people = new Map<string, MatchingPerson>();
  const profiles = new Map<string, MatchingProfileFields>();
  const reads: Array<ReturnType<typeof findMatchingPeople>> = [];
  for (let start = 0; start < ids.length; start += PEOPLE_PER_READ)
    reads.push(findMatchingPeople(db, organizationId, ids.slice(start, start + PEOPLE_PER_READ)));
  for (const read of reads) read.catch(() => undefined); // awaited in turn below
  for (const read of reads) {
    for (const { person, profile } of await read) {
      people.set(person.id, person);
      profiles.set(person.id, profile);
    }
    await yieldToEventLoop();
  }
  return { people, profiles };
}
