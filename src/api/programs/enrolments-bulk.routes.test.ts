import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { BulkEnrolmentReportSchema, EnrolmentStatusCountsSchema } from '../../../shared/schemas/index.ts';
import type { Organization, Person } from '../../domain/person.ts';
import { countRows } from '../../testing/count-rows.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, errorOf, fieldIssuesOf, signInAs } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('bulk enrolment: a list or a CSV, one transaction', () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let cookie: string;
  let people: Person[];

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    cookie = await signInAs(t.app, coordinator.email, testPassword);
    people = [];
    for (let i = 0; i < 6; i++) people.push(await makePerson(t.ctx, org.id));
  });
  after(() => t.handle.close());

  const person = (i: number): Person => {
    const found = people[i];
    if (!found) throw new Error(`no person ${i}`);
    return found;
  };
  const bulk = (programId: string, body: unknown, as = cookie) =>
    call(t.app, 'POST', `/api/v1/programs/${programId}/enrolments/bulk`, body, { cookie: as });
  const bulkCsv = (programId: string, csv: string, as = cookie) =>
    t.app.request(`/api/v1/programs/${programId}/enrolments/bulk.csv`, {
      method: 'POST',
      headers: { cookie: as, 'content-type': 'text/csv', origin: 'http://localhost' },
      body: csv,
    });
  const counts = async (programId: string) =>
    (
      await call(t.app, 'GET', `/api/v1/programs/${programId}/enrolments/counts`, undefined, {
        cookie,
        schema: EnrolmentStatusCountsSchema,
      })
    ).body;

  test('enrols by id and by email, re-activates the withdrawn, reports the already enrolled', async () => {
    const program = await makeProgram(t.ctx, coordinator, [
      [person(0), 'mentee'],
      [person(1), 'mentor'],
    ]);
    const enrolments = await call(t.app, 'GET', `/api/v1/programs/${program.id}/enrolments?role=mentor`, undefined, { cookie });
    const mentorEnrolment = (enrolments.body as { items: Array<{ id: string }> }).items[0]?.id;
    await call(t.app, 'DELETE', `/api/v1/programs/${program.id}/enrolments/${mentorEnrolment}`, undefined, { cookie });
    const res = await bulk(program.id, {
      people: [
        { personId: person(0).id, role: 'mentee' },
        { email: person(1).email.toUpperCase(), role: 'mentor' },
        { email: person(2).email, role: 'mentee' },
        { personId: person(2).id, role: 'supervisor' },
      ],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const report = BulkEnrolmentReportSchema.parse(res.body);
    assert.deepEqual([report.enrolled, report.reactivated, report.alreadyEnrolled], [2, 1, 1]);
    assert.deepEqual(report.alreadyEnrolledPeople, [{ personId: person(0).id, role: 'mentee' }]);
    assert.deepEqual(report.byRole, { coordinator: 0, mentor: 1, mentee: 1, supervisor: 1 });
    assert.deepEqual(await counts(program.id), {
      active: { coordinator: 1, mentor: 1, mentee: 2, supervisor: 1 },
      withdrawn: { coordinator: 0, mentor: 0, mentee: 0, supervisor: 0 },
    });
    const audit = await call(t.app, 'GET', `/api/v1/audit-log?action=program_role_granted&targetId=${program.id}`, undefined, {
      cookie: await signInAs(t.app, (await makePerson(t.ctx, org.id, { role: 'admin' })).email, testPassword),
    });
    assert.equal(audit.status, 200);
    assert.match(JSON.stringify(audit.body), /"bulk":true/);
  });

  test('counts follow statements that change many enrolments at once (kept per statement, migration 0017)', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const res = await bulk(program.id, { people: people.map((p, i) => ({ personId: p.id, role: i < 4 ? 'mentee' : 'mentor' })) });
    assert.equal(res.status, 200);
    await t.handle.db.execute(
      sql`update enrolments set status = 'withdrawn' where program_id = ${program.id} and role = 'mentee' and person_id in (${person(0).id}, ${person(1).id})`,
    );
    await t.handle.db.execute(
      sql`update enrolments set role = 'supervisor' where program_id = ${program.id} and person_id = ${person(4).id} and role = 'mentor'`,
    );
    await t.handle.db.execute(sql`delete from enrolments where program_id = ${program.id} and person_id = ${person(2).id}`);
    assert.deepEqual((await counts(program.id)).active, { coordinator: 1, mentor: 1, mentee: 1, supervisor: 1 });
    const again = await bulk(program.id, { people: [person(0), person(1), person(2)].map((p) => ({ personId: p.id, role: 'mentee' })) });
    assert.equal(BulkEnrolmentReportSchema.parse(again.body).reactivated, 2);
    assert.deepEqual((await counts(program.id)).active, { coordinator: 1, mentor: 1, mentee: 4, supervisor: 1 });
  });

  test('any bad row refuses the call, naming each row, and nothing is written', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const outsider = await makePerson(t.ctx, (await makeOrganization(t.ctx)).id);
    const before = await countRows(t.handle.db, 'enrolments');
    const res = await bulk(program.id, {
      people: [
        { email: person(3).email, role: 'mentee' },
        { email: 'nobody@example.test', role: 'mentee' },
        { personId: outsider.id, role: 'mentor' },
        { email: person(3).email, role: 'mentee' },
      ],
    });
    assert.equal(res.status, 422);
    assert.deepEqual(
      fieldIssuesOf(res).map((issue) => issue.field),
      ['people.1.email', 'people.2.personId', 'people.3'],
    );
    assert.equal(await countRows(t.handle.db, 'enrolments'), before);
    const shape = await bulk(program.id, {
      people: [
        { role: 'mentee' },
        { personId: person(3).id, email: person(3).email, role: 'mentee' },
        { email: person(3).email, role: 'boss' },
      ],
    });
    assert.equal(shape.status, 422);
    assert.deepEqual(
      fieldIssuesOf(shape)
        .map((issue) => issue.field)
        .sort(),
      ['people.0.personId', 'people.1.personId', 'people.2.role'],
    );
  });

  test('the first 100 bad rows are named, with how many there were', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const entries = Array.from({ length: 150 }, (_, i) => ({ email: `missing-${i}@example.test`, role: 'mentee' }));
    const res = await bulk(program.id, { people: entries });
    assert.equal(res.status, 422);
    const issues = fieldIssuesOf(res);
    assert.equal(issues.length, 101);
    assert.deepEqual(issues.at(-1), { field: 'people', message: '150 rows have problems; the first 100 are listed' });
  });

  test('a CSV with a role column enrols the same way; bad lines are named by line', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const csv = `Email;Role;Note\n${person(4).email};Mentor;x\n\n${person(5).email};mentee;\n`;
    const res = await bulkCsv(program.id, csv);
    assert.equal(res.status, 200, await res.clone().text());
    const report = BulkEnrolmentReportSchema.parse(await res.json());
    assert.deepEqual([report.enrolled, report.byRole.mentor, report.byRole.mentee], [2, 1, 1]);
    const bad = await bulkCsv(program.id, `email,role\nnot-an-email,mentee\n${person(4).email},sponsor\n`);
    assert.equal(bad.status, 422);
    const body = (await bad.json()) as { error: { details: Array<{ field: string }> } };
    assert.deepEqual(
      body.error.details.map((issue) => issue.field),
      ['line.2.email', 'line.3.role'],
    );
    const noHeader = await bulkCsv(program.id, `${person(4).email},mentee\n`);
    assert.equal(noHeader.status, 422);
  });

  test('only those who manage the program may enrol in bulk', async () => {
    const mentee = person(5);
    const program = await makeProgram(t.ctx, coordinator, [[mentee, 'mentee']]);
    const menteeCookie = await signInAs(t.app, mentee.email, testPassword);
    const res = await bulk(program.id, { people: [{ personId: person(4).id, role: 'mentor' }] }, menteeCookie);
    assert.equal(res.status, 403);
    assert.equal(errorOf(res).code.length > 0, true);
    assert.equal((await bulkCsv(program.id, `email,role\n${person(4).email},mentor\n`, menteeCookie)).status, 403);
  });
});
