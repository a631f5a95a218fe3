import { and, arrayOverlaps, asc, eq, ne, or, sql } from 'drizzle-orm';
import type { MentoringFunction } from '../../../shared/enums.ts';
import type { Database } from '../database.ts';
import { people, profiles } from '../schema/index.ts';
import { sharesARequestProgram } from './request-program.repository.ts';

/** At most this many people are scored for one person's gaps (the busiest organizations stay fast). */
const candidatePoolMax = 500;

/**
 * Active people of the organization, other than `personId`, whose profile offers one of the
 * functions or one of the expertise areas (compared without case) and who share an open
 * one-to-one or self-directed program with `personId` (so a request could start a
 * relationship): the pool gap suggestions score. The program condition is part of the query,
 * so the pool's cap never spends places on people out of reach. Ids only, in name order; the
 * caller loads people, profiles and room.
 *
 * @example const ids = await listPeopleOffering(db, organizationId, personId, ['sponsorship'], ['budgeting']);
 */
export async function listPeopleOffering(
  db: Database,
  organizationId: string,
  personId: string,
  functions: readonly MentoringFunction[],
  expertiseAreas: readonly string[],
): Promise<string[]> {
  if (functions.length === 0 && expertiseAreas.length === 0) return [];
  const lowered = expertiseAreas.map((area) => area.trim().toLowerCase());
  const offersExpertise =
    lowered.length === 0
      ? undefined
      : sql`exists (select 1 from unnest(${profiles.expertiseOffered}) as area where lower(trim(area)) = any(${sql.param(lowered)}::text[]))`;
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .innerJoin(profiles, and(eq(profiles.organizationId, people.organizationId), eq(profiles.personId, people.id)))
    .where(
      and(
        eq(people.organizationId, organizationId),
        eq(people.status, 'active'),
        ne(people.id, personId),
        sharesARequestProgram(db, organizationId, personId, people.id),
        or(functions.length === 0 ? undefined : arrayOverlaps(profiles.functionsOffered, [...functions]), offersExpertise),
      ),
    )
    .orderBy(asc(people.displayName))
    .limit(candidatePoolMax);
  return rows.map((row) => row.id);
}
