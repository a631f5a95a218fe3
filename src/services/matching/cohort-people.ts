import type { Database } from '../../db/database.ts';
import { findMatchingPeople } from '../../db/repositories/matching-people.repository.ts';
import type { MatchingPerson, MatchingProfileFields } from '../../domain/matching/scoring/matching-profile.ts';
import { yieldToEventLoop } from './event-loop-yield.ts';

/** People read per query: mapping 25,000 rows at once held the event loop for ~100 ms. */
const PEOPLE_PER_READ = 2000;
/** People handed to the caller per turn of the event loop. */
const PEOPLE_PER_TURN = 500;

/** Part of one read's answer: the ids handed now, and the read's people with a profile, by id. */
export type PeopleSlice = {
  ids: readonly string[];
  people: ReadonlyMap<string, { person: MatchingPerson; profile: MatchingProfileFields }>;
};

/**
 * Reads what matching reads of people (findMatchingPeople: no email or password hash) 2,000 per
 * query, the next query sent while an answer is handled (one connection at a time: thirteen at
 * once held the event loop and slowed the run), each answer handed to `each` 500 people at a
 * time, each in its own turn of the event loop, in the order of `ids`. What `each` keeps is the caller's choice: a run keeps
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
    // Handed on 500 at a time, a turn each: a run prepares and writes out each person it is
    // handed (2,000 in one turn held the loop for 120-190 ms of CPU).
    for (let from = start; from < Math.min(ids.length, start + PEOPLE_PER_READ); from += PEOPLE_PER_TURN) {
      each({ ids: ids.slice(from, Math.min(from + PEOPLE_PER_TURN, start + PEOPLE_PER_READ)), people });
      await yieldToEventLoop();
    }
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
    for (const id of slice.ids) {
      const found = slice.people.get(id);
      if (!found) continue;
      people.set(id, found.person);
      profiles.set(id, found.profile);
    }
  });
  return { people, profiles };
}
