import type { Database } from '../../db/database.ts';
import { findMatchingPeople } from '../../db/repositories/matching-people.repository.ts';
import type { MatchingPerson, MatchingProfileFields } from '../../domain/matching/scoring/matching-profile.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';

/** People read per query: mapping 25,000 rows at once held the event loop for ~100 ms. */
const PEOPLE_PER_READ = 2000;

/**
 * What matching reads of a cohort's people and profiles (findMatchingPeople: no email or password
 * hash), by person id: read 2,000 per query, the next query sent while an answer is mapped (one
 * connection at a time: thirteen at once held the event loop and slowed the run), each answer
 * mapped in its own turn of the event loop.
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
  const read = (start: number) => findMatchingPeople(db, organizationId, ids.slice(start, start + PEOPLE_PER_READ));
  let next = ids.length > 0 ? read(0) : null;
  for (let start = 0; next; start += PEOPLE_PER_READ) {
    const rows = await next;
    next = start + PEOPLE_PER_READ < ids.length ? read(start + PEOPLE_PER_READ) : null;
    next?.catch(() => undefined); // awaited on the next turn of the loop
    for (const { person, profile } of rows) {
      people.set(person.id, person);
      profiles.set(person.id, profile);
    }
    await yieldToEventLoop();
  }
  return { people, profiles };
}
