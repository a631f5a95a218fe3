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

/** People walked per step, in name order, and at most this many walked for one person's gaps. */
const WALK_STEP = 1000;
const WALK_MAX = 20_000;

/**
 * Active people of the organization, other than `personId`, whose profile offers one of the
 * functions or one of the expertise areas (compared without case) and who share an open
 * one-to-one or self-directed program with `personId` (so a request could start a
 * relationship): the pool gap suggestions score. Ids only, the first 500 in name order; the
 * caller loads people, profiles and room.
 *
 * Cost follows the pool, not the organization: the people are walked in name order a thousand at
 * a time (peopleByNameQuery, on people_organization_name_idx) and each step keeps those offering
 * and sharing a program (offeringAmongQuery: a key lookup of the profile and of the person's
 * enrolments per person walked), until 500 are found or 20,000 walked. Both plans are fixed by
 * the queries' shape, not by statistics (a bulk enrolment leaves none until ANALYZE): at 25,000
 * people a query joining the program's enrolments once per enrolment took 71 s, and one reading
 * the whole program per request 200-250 ms.
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
  const found: string[] = [];
  let after: WalkPosition | null = null;
  for (let walked = 0; walked < WALK_MAX && found.length < candidatePoolMax; ) {
    const step = ((await db.execute(peopleByNameQuery(organizationId, after, WALK_STEP))) as unknown as { rows: WalkRow[] }).rows;
    if (step.length === 0) break;
    walked += step.length;
    const among = step.map((row) => row.id);
    const offering = (await db.execute(
      offeringAmongQuery(organizationId, personId, programIds, functions, expertiseAreas, among),
    )) as unknown as { rows: Array<{ id: string }> };
    const keep = new Set(offering.rows.map((row) => row.id));
    for (const row of step) if (keep.has(row.id) && found.length < candidatePoolMax) found.push(row.id);
    const last = step[step.length - 1] as WalkRow;
    after = { sortName: last.sort_name, id: last.id };
    if (step.length < WALK_STEP) break;
  }
  return found;
}

type WalkRow = { id: string; sort_name: string };
type WalkPosition = { sortName: string; id: string };

/** Active people of the organization in name order, after `after`: a range of people_organization_name_idx. */
export function peopleByNameQuery(organizationId: string, after: WalkPosition | null, limit: number): SQL {
  const from = after ? sql`and (lower(${people.displayName}), ${people.id}) > (${after.sortName}, ${after.id}::uuid)` : sql``;
  return sql`
    select ${people.id} as id, lower(${people.displayName}) as sort_name from ${people}
    where ${people.organizationId} = ${organizationId} and ${people.status} = 'active' ${from}
    order by lower(${people.displayName}), ${people.id}
    limit ${limit}`;
}

/**
 * Which of `among` (other than `personId`) offer one of the functions or areas and are active in
 * one of `programIds`: for each id walked, its profile by primary key (both key columns equal, so
 * no index that leads with the organization alone competes) and its enrolments by
 * enrolments_person_idx, each a LATERAL subquery kept apart (OFFSET 0, LIMIT 1) so no plan turns it
 * into a scan of the organization or the program. Exported so a test can EXPLAIN it.
 */
export function offeringAmongQuery(
  organizationId: string,
  personId: string,
  programIds: readonly string[],
  functions: readonly MentoringFunction[],
  expertiseAreas: readonly string[],
  among: readonly string[],
): SQL {
  const lowered = expertiseAreas.map((area) => area.trim().toLowerCase());
  const offersExpertise =
    lowered.length === 0
      ? sql`false`
      : sql`exists (select 1 from unnest(${profiles.expertiseOffered}) as area where lower(trim(area)) = any(${sql.param(lowered)}::text[]))`;
  return sql`
    select walked.id from unnest(${sql.param([...among])}::uuid[]) as walked(id)
    cross join lateral (
      select 1 from ${profiles}
      where ${profiles.organizationId} = ${organizationId} and ${profiles.personId} = walked.id
        and (${profiles.functionsOffered} && ${sql.param([...functions])}::text[] or ${offersExpertise})
      offset 0
    ) as offers
    cross join lateral (
      select 1 from ${enrolments}
      where ${enrolments.organizationId} = ${organizationId} and ${enrolments.personId} = walked.id
        and ${enrolments.programId} = any(${sql.param([...programIds])}::uuid[]) and ${enrolments.status} = 'active'
      limit 1
    ) as shares
    where walked.id <> ${personId}`;
}
