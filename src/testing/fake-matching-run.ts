import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';

/** What a fake run holds: `pairs` proposals between the program's mentees and mentors, the other mentees unmatched. */
export type FakeRunOptions = {
  organizationId: string;
  programId: string;
  createdById: string;
  pairs: number;
};

/**
 * A proposed run of a program written straight into the database, as a run that finished before
 * the summary carried the review's totals (so they are computed from the rows): mentee i (by
 * name) with mentor i modulo the mentors, scores on a thousand steps (many ties), a warning of
 * approach on every fifth pair and of language on every seventh, every fiftieth pair locked, and
 * the mentees past `pairs` unmatched. For tests and measurements of the review at any size
 * without running the engine.
 *
 * @example const runId = await insertFakeProposedRun(db, { organizationId, programId, createdById, pairs: 2000 });
 */
export async function insertFakeProposedRun(db: Database, options: FakeRunOptions): Promise<string> {
  const { organizationId, programId, createdById, pairs } = options;
  const result = (await db.execute(sql`
    with mentees as (
      select e.person_id, row_number() over (order by p.display_name, p.id) - 1 as i
      from enrolments e join people p on p.organization_id = e.organization_id and p.id = e.person_id
      where e.organization_id = ${organizationId} and e.program_id = ${programId} and e.role = 'mentee' and e.status = 'active'
    ),
    unmatched as (
      select coalesce(jsonb_agg(jsonb_build_object('menteeId', person_id, 'missing', 1, 'reason', 'capacity_exhausted') order by i), '[]'::jsonb) as list
      from mentees where i >= ${pairs}::int
    )
    insert into matching_runs (organization_id, program_id, status, policy, mode, progress, summary, unmatched, created_by_id, finished_at)
    select ${organizationId}::uuid, ${programId}::uuid, 'proposed', 'score', 'optimal', '{"stage":"done","done":1,"total":1}'::jsonb,
      jsonb_build_object('menteeSlots', (select count(*) from mentees), 'matchedSlots', ${pairs}::int,
        'matchedPercent', 0, 'meanScore', 0.5, 'lowestScore', 0, 'approachMismatches', 0, 'optimal', true, 'seconds', 1,
        'blockingPairs', null, 'scoreGivenUp', null),
      unmatched.list, ${createdById}::uuid, now()
    from unmatched
    returning id`)) as unknown as { rows: Array<{ id: string }> };
  const runId = result.rows[0]?.id;
  if (!runId) throw new Error('the fake run was not inserted');
  await db.execute(sql`
    with mentees as (
      select e.person_id, row_number() over (order by p.display_name, p.id) - 1 as i
      from enrolments e join people p on p.organization_id = e.organization_id and p.id = e.person_id
      where e.organization_id = ${organizationId} and e.program_id = ${programId} and e.role = 'mentee' and e.status = 'active'
    ),
    mentors as (
      select person_id, row_number() over (order by person_id) - 1 as j, count(*) over () as n
      from enrolments
      where organization_id = ${organizationId} and program_id = ${programId} and role = 'mentor' and status = 'active'
    )
    insert into matching_proposals (organization_id, run_id, mentee_id, mentor_id, score, reasons, contributions, warnings, locked)
    select ${organizationId}::uuid, ${runId}::uuid, mentees.person_id, mentors.person_id,
      ((mentees.i * 7919) % 1000) / 1000.0,
      '["shared expertise: planning", "both prefer video calls"]'::jsonb,
      '[{"criterion":"expertise","weight":3,"value":0.8,"points":2.4}]'::jsonb,
      (case when mentees.i % 5 = 0 then '["approach mismatch: one expects advice, the other offers questions"]'::jsonb else '[]'::jsonb end)
        || (case when mentees.i % 7 = 0 then '["no language in common"]'::jsonb else '[]'::jsonb end),
      mentees.i % 50 = 0
    from mentees join mentors on mentors.j = mentees.i % mentors.n
    where mentees.i < ${pairs}::int`);
  await db.execute(sql`analyze matching_proposals`);
  return runId;
}
