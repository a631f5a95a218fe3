import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';

/** What seedUnanalysedOrganization made: the ids a test asks with. */
export type UnanalysedOrganization = { organizationId: string; programId: string; menteeId: string; mentorIds: string[] };

/**
 * An organization of `people` people, a one-to-one program with `enrolled` of them enrolled
 * (one in five a mentor offering sponsorship and coaching), written by set-based SQL and left
 * WITHOUT statistics (autovacuum off on its tables, no ANALYZE): the state right after a bulk
 * write, in which the planner guesses one row per table. For plan regression tests on PostgreSQL.
 *
 * @example const org = await seedUnanalysedOrganization(db, { people: 5000, enrolled: 4000 });
 */
export async function seedUnanalysedOrganization(
  db: Database,
  size: { people: number; enrolled: number },
): Promise<UnanalysedOrganization> {
  const ids = async (query: SQL): Promise<string[]> =>
    ((await db.execute(query)) as unknown as { rows: Array<{ id: string }> }).rows.map((row) => row.id);
  for (const table of ['people', 'profiles', 'enrolments', 'programs', 'relationships', 'network_ties'])
    await db.execute(sql.raw(`alter table ${table} set (autovacuum_enabled = false)`));
  const [organizationId = ''] = await ids(
    sql`insert into organizations (name, slug) values ('Large', ${`large-${Date.now()}-${Math.random().toString(36).slice(2)}`}) returning id`,
  );
  await db.execute(sql`
    insert into people (organization_id, email, display_name, department, seniority_level)
    select ${organizationId}, 'person' || n || '@large.example', 'Person ' || lpad(n::text, 6, '0'),
           'Department ' || (n % 40), 1 + n % 5
    from generate_series(1, ${size.people}) as n`);
  await db.execute(sql`
    insert into profiles (organization_id, person_id, functions_offered, functions_sought, expertise_offered, mentor_capacity)
    select organization_id, id,
           case when n % 5 = 0 then array['sponsorship', 'coaching'] else array[]::text[] end,
           array['sponsorship', 'coaching', 'exposure'],
           case when n % 5 = 0 then array['Budgeting'] else array[]::text[] end,
           4
    from (select organization_id, id, row_number() over (order by display_name) as n from people where organization_id = ${organizationId}) as numbered`);
  const [creatorId] = await ids(sql`select id from people where organization_id = ${organizationId} order by display_name limit 1`);
  const [programId = ''] = await ids(sql`
      insert into programs (organization_id, name, type, status, design_checklist, created_by_id)
      values (${organizationId}, 'Large program', 'one_to_one', 'active', '{}'::jsonb, ${creatorId}) returning id`);
  await db.execute(sql`
    insert into enrolments (organization_id, program_id, person_id, role, enrolled_by_id)
    select organization_id, ${programId}, id, case when n % 5 = 0 then 'mentor' else 'mentee' end, ${creatorId}
    from (select organization_id, id, row_number() over (order by display_name) as n from people where organization_id = ${organizationId}) as numbered
    where n <= ${size.enrolled}`);
  const [menteeId = ''] = await ids(sql`
    select person_id as id from enrolments where organization_id = ${organizationId} and role = 'mentee' order by person_id limit 1`);
  const mentorIds = await ids(sql`
    select person_id as id from enrolments where organization_id = ${organizationId} and role = 'mentor' order by person_id limit 5`);
  return { organizationId, programId, menteeId, mentorIds };
}
