import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { ProgramSchema } from '../../shared/schemas/index.ts';
import { call, signInAs } from './http-client.ts';
import { type LargeOrganization, seedLargeOrganization } from './large-organization.ts';
import { openTestApp, type TestApp } from './test-app.ts';

describe('seedLargeOrganization', () => {
  let t: TestApp;
  let org: LargeOrganization;
  const size = { people: 300, mentees: 200, mentors: 60, mentorCapacity: 4, applications: 50, relationships: 30 };

  before(async () => {
    t = await openTestApp();
    org = await seedLargeOrganization(t.ctx.db, size);
  });
  after(() => t.handle.close());

  const rows = async <Row>(query: ReturnType<typeof sql>): Promise<Row[]> =>
    ((await t.ctx.db.execute(query)) as unknown as { rows: Row[] }).rows;

  it('writes the people, enrolments, applications and relationships it was asked for', async () => {
    assert.deepEqual(org.counts, { people: 300, mentors: 60, mentees: 200, members: 36, applications: 50, relationships: 30 });
    const [people] = await rows<{ n: number }>(sql`select count(*)::int as n from people where organization_id = ${org.organizationId}`);
    assert.equal(people?.n, 300);
    const [profiles] = await rows<{ n: number }>(
      sql`select count(*)::int as n from profiles where organization_id = ${org.organizationId}`,
    );
    assert.equal(profiles?.n, 296, 'every bulk person has a profile');
    const enrolments = await rows<{ role: string; n: number }>(
      sql`select role, count(*)::int as n from enrolments where program_id = ${org.programId} and status = 'active' group by role order by role`,
    );
    assert.deepEqual(enrolments, [
      { role: 'coordinator', n: 1 },
      { role: 'mentee', n: 200 },
      { role: 'mentor', n: 60 },
    ]);
    const [applications] = await rows<{ n: number }>(sql`select count(*)::int as n from applications where program_id = ${org.programId}`);
    assert.equal(applications?.n, 50);
    const [relationships] = await rows<{ n: number; over: number }>(sql`
      select count(*)::int as n,
        (select count(*)::int from (select mentor_id from relationships where program_id = ${org.programId} group by mentor_id having count(*) > 4) x) as over
      from relationships where program_id = ${org.programId} and status = 'active'`);
    assert.deepEqual(relationships, { n: 30, over: 0 });
  });

  it('spreads people over departments, seniority, places and supervisors', async () => {
    const [spread] = await rows<{ departments: number; levels: number; zones: number; supervised: number; mentorsOffering: number }>(sql`
      select count(distinct department)::int as departments, count(distinct seniority_level)::int as levels,
        count(distinct time_zone)::int as zones,
        (select count(*)::int from profiles where organization_id = ${org.organizationId} and supervisor_id is not null) as supervised,
        (select count(*)::int from profiles where organization_id = ${org.organizationId} and mentor_capacity = 4
           and cardinality(expertise_offered) = 3 and cardinality(functions_offered) = 4) as "mentorsOffering"
      from people where organization_id = ${org.organizationId}`);
    assert.ok((spread?.departments ?? 0) >= 20, `departments: ${spread?.departments}`);
    assert.equal(spread?.levels, 6);
    assert.ok((spread?.zones ?? 0) >= 12, `time zones: ${spread?.zones}`);
    assert.equal(spread?.supervised, 296);
    assert.equal(spread?.mentorsOffering, 60);
    const [mentee] = await rows<{ id: string; sought: number; wanted: number }>(sql`
      select p.id, cardinality(f.functions_sought)::int as sought, cardinality(f.expertise_wanted)::int as wanted
      from people p join profiles f on f.person_id = p.id where p.email = ${org.mentee.email} and p.organization_id = ${org.organizationId}`);
    assert.deepEqual(mentee, { id: org.mentee.id, sought: 3, wanted: 2 }, 'mentee ids are computed, not read back');
  });

  it('keeps the program counts the trigger maintains, seen by a signed-in coordinator', async () => {
    const cookie = await signInAs(t.app, org.coordinator.email, org.password);
    const { body: program } = await call(t.app, 'GET', `/api/v1/programs/${org.programId}`, undefined, { cookie, schema: ProgramSchema });
    assert.equal(program.enrolmentCounts.mentor, 60);
    assert.equal(program.enrolmentCounts.mentee, 200);
    assert.equal(program.canManage, true);
  });

  it('lets the sample mentee and mentor sign in to their program', async () => {
    for (const account of [org.mentee, org.mentor]) {
      const cookie = await signInAs(t.app, account.email, org.password);
      const { body: program } = await call(t.app, 'GET', `/api/v1/programs/${org.programId}`, undefined, { cookie, schema: ProgramSchema });
      assert.equal(program.myRoles.length, 1, account.email);
    }
  });
});
