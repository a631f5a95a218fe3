import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { MentoringFunction } from '../../../shared/enums.ts';
import type { Database } from '../database.ts';
import { enrolments, people, profiles, programs } from '../schema/index.ts';

/** At most this many people are scored for one person's gaps (the busiest organizations stay fast). */
const candidatePoolMax = 500;

/**
 * The open one-to-one and self-directed programs `personId` is active in: where a request from
 * them could start a relationship. Looked up by the person alone (equality on the two columns of
 * enrolments_person_idx), so no other index competes whatever the statistics say.
 *
 * @example const programIds = await findRequestProgramIds(db, organizationId, personId);
 */
export async function findRequestProgramIds(db: Database, organizationId: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ programId: enrolments.programId, status: enrolments.status })
    .from(enrolments)
    .innerJoin(programs, and(eq(programs.organizationId, enrolments.organizationId), eq(programs.id, enrolments.programId)))
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.personId, personId),
        ne(programs.type, 'group'),
        ne(programs.status, 'closed'),
      ),
    );
  // The status is checked here, not in SQL: as an index condition it would make the program's
  // index (organization, program, status, role) look as selective as the person's.
  return [...new Set(rows.filter((row) => row.status === 'active').map((row) => row.programId))];
}

/**
 * Active people of the organization, other than `personId`, whose profile offers one of the
 * functions or one of the expertise areas (compared without case) and who share an open
 * one-to-one or self-directed program with `personId` (so a request could start a
 * relationship): the pool gap suggestions score. Ids only, the first 500 in name order; the
 * caller loads people, profiles and room.
 *
 * The plan is fixed by the query's shape, not by statistics (a bulk enrolment leaves none until
 * ANALYZE, and the planner then guesses one row everywhere): the person's programs first (by the
 * person's index), their active enrolments once (a materialized CTE), then each one's profile by
 * primary key, and the person row only for those offering (LATERAL subqueries that OFFSET 0 keeps
 * from being flattened, in materialized CTEs that fix their order). Cost: one index range per
 * program, a key lookup per enrolled person and one per person offering; never a scan of the
 * program per person (71 s at 25,000 people before).
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
  const programIds = await findRequestProgramIds(db, organizationId, personId);
  if (programIds.length === 0) return [];
  const query = peopleOfferingQuery(organizationId, personId, programIds, functions, expertiseAreas);
  const result = (await db.execute(query)) as unknown as { rows: Array<{ id: string }> };
  return result.rows.map((row) => row.id);
}

/**
 * The query behind listPeopleOffering, for people in `programIds` (the person's request
 * programs); exported so a test can EXPLAIN it.
 */
export function peopleOfferingQuery(
  organizationId: string,
  personId: string,
  programIds: readonly string[],
  functions: readonly MentoringFunction[],
  expertiseAreas: readonly string[],
): SQL {
  const lowered = expertiseAreas.map((area) => area.trim().toLowerCase());
  const offersExpertise =
    lowered.length === 0
      ? sql`false`
      : sql`exists (select 1 from unnest(${profiles.expertiseOffered}) as area where lower(trim(area)) = any(${sql.param(lowered)}::text[]))`;
  return sql`
    with mates as materialized (
      select distinct ${enrolments.personId} as person_id from ${enrolments}
      where ${enrolments.organizationId} = ${organizationId}
        and ${enrolments.programId} = any(${sql.param([...programIds])}::uuid[])
        and ${enrolments.status} = 'active'
        and ${enrolments.personId} <> ${personId}
    ), offering as materialized (
      select mates.person_id from mates cross join lateral (
        select 1 from ${profiles}
        where ${profiles.organizationId} = ${organizationId} and ${profiles.personId} = mates.person_id
          and (${profiles.functionsOffered} && ${sql.param([...functions])}::text[] or ${offersExpertise})
        offset 0
      ) as offers
    )
    select person.id from offering cross join lateral (
      select ${people.id} as id, lower(${people.displayName}) as sort_name from ${people}
      where ${people.organizationId} = ${organizationId} and ${people.id} = offering.person_id and ${people.status} = 'active'
      offset 0
    ) as person
    order by person.sort_name, person.id
    limit ${candidatePoolMax}`;
}
