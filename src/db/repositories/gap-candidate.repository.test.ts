import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../database.ts';
import { countExaminedRows } from '../../testing/examined-rows.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { seedUnanalysedOrganization, type UnanalysedOrganization } from '../../testing/unanalysed-organization.ts';
import { findRequestProgramIds, listPeopleOffering, offeringAmongQuery, peopleByNameQuery } from './gap-candidate.repository.ts';

// At this size PostgreSQL 15 and PGlite, without statistics, plan the old query as the issue saw
// it at 25,000 (at 3,000 they happen to pick a good plan: the control test below says so).
const size = { people: 3000, enrolled: 2400 };

/** The query before issue 22: "shares a program" as an EXISTS joining the person's enrolments to the candidate's. */
function queryBeforeIssue22(org: UnanalysedOrganization) {
  return sql`
    select people.id from people
    inner join profiles on profiles.organization_id = people.organization_id and profiles.person_id = people.id
    where people.organization_id = ${org.organizationId} and people.status = 'active' and people.id <> ${org.menteeId}
      and exists (
        select 1 from enrolments theirs
        inner join enrolments mine on mine.organization_id = theirs.organization_id and mine.program_id = theirs.program_id
          and mine.person_id = ${org.menteeId} and mine.status = 'active'
        inner join programs on programs.organization_id = theirs.organization_id and programs.id = theirs.program_id
          and programs.type <> 'group' and programs.status <> 'closed'
        where theirs.organization_id = ${org.organizationId} and theirs.person_id = people.id and theirs.status = 'active')
      and profiles.functions_offered && array['sponsorship']
    order by people.display_name limit 500`;
}

describe('people offering a gap, right after a bulk enrolment (no statistics)', () => {
  let handle: DatabaseHandle;
  let org: UnanalysedOrganization;
  before(async () => {
    handle = await openTestDatabase();
    org = await seedUnanalysedOrganization(handle.db, size);
  });
  after(() => handle.close());

  /** Rows touched by the walk listPeopleOffering makes: every step's names and its offering check. */
  async function examinedNow(): Promise<number> {
    const programIds = await findRequestProgramIds(handle.db, org.organizationId, org.menteeId);
    assert.deepEqual(programIds, [org.programId]);
    let examined = 0;
    let after: { sortName: string; id: string } | null = null;
    for (;;) {
      const names = peopleByNameQuery(org.organizationId, after, 1000);
      examined += (await countExaminedRows(handle.db, names)).examined;
      const step = ((await handle.db.execute(names)) as unknown as { rows: Array<{ id: string; sort_name: string }> }).rows;
      if (step.length === 0) break;
      const among = step.map((row) => row.id);
      const offering = offeringAmongQuery(org.organizationId, org.menteeId, programIds, ['sponsorship'], ['Budgeting'], among);
      examined += (await countExaminedRows(handle.db, offering)).examined;
      const last = step[step.length - 1] as { id: string; sort_name: string };
      after = { sortName: last.sort_name, id: last.id };
    }
    return examined;
  }

  it('finds the mentors of the program in name order, and not the mentee', async () => {
    const ids = await listPeopleOffering(handle.db, org.organizationId, org.menteeId, ['sponsorship'], []);
    assert.equal(ids.length, size.enrolled / 5);
    assert.ok(!ids.includes(org.menteeId));
    const names = (await handle.db.execute(
      sql`select display_name from people where id = any(${sql.param(ids)}::uuid[]) order by lower(display_name)`,
    )) as unknown as { rows: Array<{ display_name: string }> };
    // Every fifth person is a mentor offering sponsorship; people 2401-3000 are in no program.
    assert.equal(names.rows[0]?.display_name, 'Person 000005');
    assert.equal(names.rows.at(-1)?.display_name, 'Person 002400');
    assert.deepEqual(await listPeopleOffering(handle.db, org.organizationId, org.menteeId, [], ['budgeting']), ids);
  });

  it('touches a few rows per person walked, not the program once per person', async () => {
    const examined = await examinedNow();
    assert.ok(examined < 10 * size.people, `examined ${examined} rows walking ${size.people} people`);
  });

  it('the check above fails the query it replaced (the program scanned once per enrolment)', async () => {
    const { examined } = await countExaminedRows(handle.db, queryBeforeIssue22(org));
    assert.ok(examined > 100 * size.enrolled, `the old query examined only ${examined} rows: the check no longer tells plans apart`);
  });

  it('keeps its shape once statistics exist', async () => {
    await handle.db.execute(sql`analyze`);
    const examined = await examinedNow();
    assert.ok(examined < 10 * size.people, `examined ${examined} rows walking ${size.people} people`);
  });
});
