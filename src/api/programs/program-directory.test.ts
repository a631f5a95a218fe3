import { EnrolmentPageSchema, EnrolmentStatusCountsSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, signInAs, withSchema } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

/** Issue 14, finding 9: a program's enrolment list is a directory for its participants, not an HR record. */
describe("a program's directory, by reader", () => {
  let t: TestApp;
  let cookies: Record<'admin' | 'coordinator' | 'mentor' | 'mentee', string>;
  let people: Record<'admin' | 'coordinator' | 'mentor' | 'mentee', Person>;
  let programId: string;
  const jobTitle = 'Principal Payroll Analyst';

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx, 'Directory Org');
    people = {
      admin: await makePerson(t.ctx, org.id, { role: 'admin' }),
      coordinator: await makePerson(t.ctx, org.id, { role: 'coordinator' }),
      mentor: await makePerson(t.ctx, org.id, { department: 'Finance' }),
      mentee: await makePerson(t.ctx, org.id, { department: 'Sales' }),
    };
    const program = await makeProgram(
      t.ctx,
      people.coordinator,
      [
        [people.mentor, 'mentor'],
        [people.mentee, 'mentee'],
      ],
      'self_directed',
    );
    programId = program.id;
    cookies = {
      admin: await signInAs(t.app, people.admin.email, testPassword),
      coordinator: await signInAs(t.app, people.coordinator.email, testPassword),
      mentor: await signInAs(t.app, people.mentor.email, testPassword),
      mentee: await signInAs(t.app, people.mentee.email, testPassword),
    };
    const profile = await call(
      t.app,
      'PATCH',
      '/api/v1/me/profile',
      { jobTitle, expertiseOffered: ['budgeting', 'negotiation'], functionsOffered: ['coaching', 'sponsorship'] },
      { cookie: cookies.mentor },
    );
    assert.equal(profile.status, 200);
  });
  after(() => t.handle.close());

  const list = (who: keyof typeof cookies) =>
    call(t.app, 'GET', `/api/v1/programs/${programId}/enrolments`, undefined, { cookie: cookies[who] });

  test('a participant sees names, roles, departments and what mentors offer; no email, no job title', async () => {
    const response = withSchema(await list('mentee'), EnrolmentPageSchema);
    assert.equal(response.status, 200);
    const text = JSON.stringify(response.body);
    for (const person of [people.mentor, people.mentee, people.coordinator])
      assert.ok(!text.includes(person.email), `${person.displayName}'s email is shown`);
    assert.ok(!text.includes(jobTitle), 'the job title is shown');
    const mentor = response.body.items.find((e: { personId: string }) => e.personId === people.mentor.id);
    assert.deepEqual(mentor?.person, { displayName: people.mentor.displayName, email: null, department: 'Finance', jobTitle: null });
    assert.deepEqual(mentor?.mentorOffer, { expertise: ['budgeting', 'negotiation'], functions: ['coaching', 'sponsorship'] });
    const mentee = response.body.items.find((e: { personId: string }) => e.personId === people.mentee.id);
    assert.equal(mentee?.mentorOffer, null, 'only mentors list an offer');
    assert.equal(
      (await call(t.app, 'GET', '/api/v1/people', undefined, { cookie: cookies.mentee })).status,
      403,
      'as /people is refused to them',
    );
  });

  test("the program's coordinators and org admins see contact details", async () => {
    for (const who of ['coordinator', 'admin'] as const) {
      const response = withSchema(await list(who), EnrolmentPageSchema);
      assert.equal(response.status, 200, who);
      const mentor = response.body.items.find((e: { personId: string }) => e.personId === people.mentor.id);
      assert.deepEqual([mentor?.person.email, mentor?.person.jobTitle], [people.mentor.email, jobTitle], who);
      assert.deepEqual(mentor?.mentorOffer?.expertise, ['budgeting', 'negotiation'], who);
    }
  });

  test('withdrawn enrolments: participants never see them (403 when asked), managers on request; counts by status', async () => {
    const leaver = await makePerson(t.ctx, people.mentee.organizationId, { name: 'Lea Leaver' });
    const enrol = await call(
      t.app,
      'POST',
      `/api/v1/programs/${programId}/enrolments`,
      { personId: leaver.id, role: 'mentee' },
      { cookie: cookies.coordinator },
    );
    const enrolmentId = (enrol.body as { id: string }).id;
    await call(t.app, 'DELETE', `/api/v1/programs/${programId}/enrolments/${enrolmentId}`, undefined, { cookie: cookies.coordinator });
    const ids = async (who: keyof typeof cookies, query: string) =>
      withSchema(
        await call(t.app, 'GET', `/api/v1/programs/${programId}/enrolments${query}`, undefined, { cookie: cookies[who] }),
        EnrolmentPageSchema,
      ).body.items.map((e) => e.id);
    assert.ok(!(await ids('mentee', '')).includes(enrolmentId), 'active only by default');
    assert.ok(!(await ids('coordinator', '')).includes(enrolmentId), 'active only by default, for managers too');
    assert.deepEqual(await ids('coordinator', '?status=withdrawn'), [enrolmentId]);
    assert.ok((await ids('admin', '?status=all')).includes(enrolmentId));
    const asked = await call(t.app, 'GET', `/api/v1/programs/${programId}/enrolments?status=all`, undefined, { cookie: cookies.mentee });
    assert.equal(asked.status, 403);
    const counts = (who: keyof typeof cookies) =>
      call(t.app, 'GET', `/api/v1/programs/${programId}/enrolments/counts`, undefined, {
        cookie: cookies[who],
        schema: EnrolmentStatusCountsSchema,
      });
    const managed = await counts('coordinator');
    assert.deepEqual(managed.body, {
      active: { coordinator: 1, mentor: 1, mentee: 1, supervisor: 0 },
      withdrawn: { coordinator: 0, mentor: 0, mentee: 1, supervisor: 0 },
    });
    assert.deepEqual((await counts('mentee')).body.withdrawn, { coordinator: 0, mentor: 0, mentee: 0, supervisor: 0 });
  });
});
