import type { Database } from '../../db/database.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import { findProfiles } from '../../db/repositories/profile.repository.ts';
import type { Person } from '../../domain/person.ts';
import type { Profile } from '../../domain/profile.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';

/** People read per query: mapping 25,000 rows at once held the event loop for ~100 ms. */
const PEOPLE_PER_READ = 2000;

/**
 * The people rows and profiles of a cohort, read in slices of 2,000 one after the other with the
 * event loop served between them, so no single answer's rows are mapped in one long turn.
 *
 * @example const { people, profiles } = await loadCohortPeople(db, organizationId, ids);
 */
export async function loadCohortPeople(
  db: Database,
  organizationId: string,
  ids: readonly string[],
): Promise<{ people: Map<string, Person>; profiles: Map<string, Profile> }> {
  const people = new Map<string, Person>();
  const profiles = new Map<string, Profile>();
  for (let start = 0; start < ids.length; start += PEOPLE_PER_READ) {
    const slice = ids.slice(start, start + PEOPLE_PER_READ);
    for (const person of await findPeopleByIds(db, organizationId, slice)) people.set(person.id, person);
    await yieldToEventLoop();
    for (const [id, profile] of await findProfiles(db, organizationId, slice)) profiles.set(id, profile);
    await yieldToEventLoop();
  }
  return { people, profiles };
}
