import type { Database } from '../../db/database.ts';
import { findMatchingPeople } from '../../db/repositories/matching-people.repository.ts';
import type { MatchingPerson, MatchingProfileFields } from '../../domain/matching/scoring/matching-profile.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';

/** People read per query: mapping 25,000 rows at once held the event loop for ~100 ms. */
const PEOPLE_PER_READ = 2000;

/** One read's answer: each person of the slice who has a profile, by id. */
export type PeopleSlice = {
  ids: readonly string[];
  people: ReadonlyMap<string, { person: MatchingPerson; profile: MatchingProfileFields }>;
};

/**
 * Reads what matching reads of people (findMatchingPeople: no email or password hash) 2,000 per
 * query, the next query sent while an answer is handled (one connection at a time: thirteen at
 * once held the event loop and slowed the run), each answer handed to `each` in its own turn of
 * the event loop, in the order of `ids`. What `each` keeps is the caller's choice: a run keeps
 * each slice as text, so no cohort of objects outlives its slice on this thread.
 *
 * @example await forEachPeopleSlice(db, organizationId, ids, ({ ids, people }) => ...);
 */
export async function forEachPeopleSlice(
  db: Database,
  organizationId: string,
  ids: readonly string[],
  each: (slice: PeopleSlice) => void,
): Promise<void> {
  const read = (start: number) => findMatchingPeople(db, organizationId, ids.slice(start, start + PEOPLE_PER_READ));
  let next = ids.length > 0 ? read(0) : null;
  for (let start = 0; next; start += PEOPLE_PER_READ) {
    const rows = await next;
    next = start + PEOPLE_PER_READ < ids.length ? read(start + PEOPLE_PER_READ) : null;
    next?.catch(() => undefined); // awaited on the next turn of the loop
    const people = new Map(rows.map((row) => [row.person.id, row] as const));
    each({ ids: ids.slice(start, start + PEOPLE_PER_READ), people });
    await yieldToEventLoop();
  }
}

/**
 * What matching reads of a cohort's people and profiles, by person id (`forEachPeopleSlice`).
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
  await forEachPeopleSlice(db, organizationId, ids, (slice) => {
    for (const { person, profile } of slice.people.values()) {
      people.set(person.id, person);
      profiles.set(person.id, profile);
    }
  });
  return { people, profiles };
}
