import { sql } from 'drizzle-orm';
import type { Database } from '../database.ts';

/** Reporting chains are walked at most this deep (a cycle in the supervisor links stops here too). */
const chainDepthMax = 20;

type IdRows = { rows: Array<{ id: string }> };

/**
 * The person's supervisors, nearest first, up to 20 levels: one primary-key lookup per level
 * (a LATERAL subquery kept apart by OFFSET 0, so no plan scans the organization's profiles).
 *
 * @example const chain = await findSupervisorsAbove(db, organizationId, personId); // [supervisor, their supervisor, ...]
 */
export async function findSupervisorsAbove(db: Database, organizationId: string, personId: string): Promise<string[]> {
  const result = (await db.execute(sql`
    with recursive chain(id, depth) as (
      select supervisor_id, 1 from profiles
      where organization_id = ${organizationId} and person_id = ${personId} and supervisor_id is not null
      union all
      select above.supervisor_id, chain.depth + 1 from chain cross join lateral (
        select supervisor_id from profiles
        where organization_id = ${organizationId} and person_id = chain.id and supervisor_id is not null
        offset 0
      ) as above
      where chain.depth < ${chainDepthMax}
    )
    select id from chain order by depth`)) as unknown as IdRows;
  const seen = new Set<string>();
  return result.rows.map((row) => row.id).filter((id) => id !== personId && !seen.has(id) && seen.add(id));
}

/**
 * Which of `candidateIds` report to the person, directly or up to 20 levels down: each
 * candidate's chain walked up by primary key, so the cost follows the candidates, not the size
 * of the person's organization (a chief executive has everyone below them).
 *
 * @example const reports = await findReportsAmong(db, organizationId, managerId, candidateIds);
 */
export async function findReportsAmong(
  db: Database,
  organizationId: string,
  personId: string,
  candidateIds: readonly string[],
): Promise<Set<string>> {
  if (candidateIds.length === 0) return new Set();
  const result = (await db.execute(sql`
    with recursive chain(candidate_id, id, depth) as (
      select person_id, supervisor_id, 1 from profiles
      where organization_id = ${organizationId} and person_id = any(${sql.param([...candidateIds])}::uuid[]) and supervisor_id is not null
      union all
      select chain.candidate_id, above.supervisor_id, chain.depth + 1 from chain cross join lateral (
        select supervisor_id from profiles
        where organization_id = ${organizationId} and person_id = chain.id and supervisor_id is not null
        offset 0
      ) as above
      where chain.depth < ${chainDepthMax} and chain.id <> ${personId}
    )
    select distinct candidate_id as id from chain where id = ${personId}`)) as unknown as IdRows;
  return new Set(result.rows.map((row) => row.id));
}

/**
 * Everyone who reports to the person, directly or up to 20 levels down (cycles stop there): the
 * person's subtree walked by profiles_supervisor_idx, one index range per person found, so the
 * cost follows the reports (none for most people), not the organization.
 *
 * @example const reports = await findReportsBelow(db, organizationId, managerId); // Set { 'ana', 'bo' }
 */
export async function findReportsBelow(db: Database, organizationId: string, personId: string): Promise<Set<string>> {
  const result = (await db.execute(sql`
    with recursive below(id, depth) as (
      select person_id, 1 from profiles where organization_id = ${organizationId} and supervisor_id = ${personId}
      union all
      select report.person_id, below.depth + 1 from below cross join lateral (
        select person_id from profiles
        where organization_id = ${organizationId} and supervisor_id = below.id
        offset 0
      ) as report
      where below.depth < ${chainDepthMax}
    )
    select distinct id from below where id <> ${personId}`)) as unknown as IdRows;
  return new Set(result.rows.map((row) => row.id));
}
