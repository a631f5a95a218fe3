import { EnrolmentListSchema } from '../../../shared/schemas/index.ts';
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
    const response = withSchema(await list('mentee'), EnrolmentListSchema);
    assert.equal(response.status, 200);
    const text = JSON.stringify(response.body);
    for (const person of [people.mentor, people.mentee, people.coordinator])
      assert.ok(!text.includes(person.email), `${person.displayName}'s email is shown`);
    assert.ok(!text.includes(jobTitle), 'the job title is shown');
    const mentor = response.body.enrolments.find((e: { personId: string }) => e.personId === people.mentor.id);
    assert.deepEqual(mentor?.person, { displayName: people.mentor.displayName, email: null, department: 'Finance', jobTitle: null });
    assert.deepEqual(mentor?.mentorOffer, { expertise: ['budgeting', 'negotiation'], functions: ['coaching', 'sponsorship'] });
    const mentee = response.body.enrolments.find((e: { personId: string }) => e.personId === people.mentee.id);
    assert.equal(mentee?.mentorOffer, null, 'only mentors list an offer');
    assert.equal(
      (await call(t.app, 'GET', '/api/v1/people', undefined, { cookie: cookies.mentee })).status,
      403,
      'as /people is refused to them',
    );
  });

  test("the program's coordinators and org admins see contact details", async () => {
    for (const who of ['coordinator', 'admin'] as const) {
      const response = withSchema(await list(who), EnrolmentListSchema);
      assert.equal(response.status, 200, who);
      const mentor = response.body.enrolments.find((e: { personId: string }) => e.personId === people.mentor.id);
      assert.deepEqual([mentor?.person.email, mentor?.person.jobTitle], [people.mentor.email, jobTitle], who);
      assert.deepEqual(mentor?.mentorOffer?.expertise, ['budgeting', 'negotiation'], who);
    }
  });
});
