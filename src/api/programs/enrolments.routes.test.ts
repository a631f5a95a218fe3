import { ProgramSchema, HomeSchema, EnrolmentPageSchema, PeoplePageSchema, EnrolmentSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../testing/count-rows.ts';
import { call, signInAs, errorOf, fieldIssuesOf } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Organization, Person } from '../../domain/person.ts';

const countEnrolments = (t: TestApp) => countRows(t.handle.db, 'enrolments');

describe('enrolment routes', () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let coordinatorCookie: string;

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
  });
  after(() => t.handle.close());

  test('a coordinator enrols a mentor and a mentee and sees them listed and counted', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const mentor = await makePerson(t.ctx, org.id, { name: 'Henrik Larsen' });
    const mentee = await makePerson(t.ctx, org.id, { name: 'Ben Carter' });
    const path = `/api/v1/programs/${program.id}/enrolments`;
    const enrolMentor = await call(
      t.app,
      'POST',
      path,
      { personId: mentor.id, role: 'mentor' },
      { schema: EnrolmentSchema, cookie: coordinatorCookie },
    );
    assert.equal(enrolMentor.status, 201);
    assert.equal(enrolMentor.body.person.displayName, 'Henrik Larsen');
    const enrolMentee = await call(t.app, 'POST', path, { personId: mentee.id, role: 'mentee' }, { cookie: coordinatorCookie });
    assert.equal(enrolMentee.status, 201);
    const list = await call(t.app, 'GET', path, undefined, { schema: EnrolmentPageSchema, cookie: coordinatorCookie });
    const listed = list.body.items.map((e: { person: { displayName: string }; role: string }) => `${e.person.displayName}:${e.role}`);
    assert.ok(listed.includes('Henrik Larsen:mentor'));
    assert.ok(listed.includes('Ben Carter:mentee'));
    const read = await call(t.app, 'GET', `/api/v1/programs/${program.id}`, undefined, {
      schema: ProgramSchema,
      cookie: coordinatorCookie,
    });
    assert.deepEqual(read.body.enrolmentCounts, { coordinator: 1, mentor: 1, mentee: 1, supervisor: 0 });
  });

  test('one person can hold several roles, within and across programs', async () => {
    const first = await makeProgram(t.ctx, coordinator);
    const second = await makeProgram(t.ctx, coordinator);
    const person = await makePerson(t.ctx, org.id);
    const enrol = (programId: string, role: string) =>
      call(t.app, 'POST', `/api/v1/programs/${programId}/enrolments`, { personId: person.id, role }, { cookie: coordinatorCookie });
    assert.equal((await enrol(first.id, 'mentee')).status, 201);
    assert.equal((await enrol(second.id, 'mentor')).status, 201);
    assert.equal((await enrol(second.id, 'supervisor')).status, 201);
    const cookie = await signInAs(t.app, person.email, testPassword);
    const home = await call(t.app, 'GET', '/api/v1/home', undefined, { schema: HomeSchema, cookie });
    const roles = Object.fromEntries(home.body.participating.map((p: { id: string; myRoles: string[] }) => [p.id, [...p.myRoles].sort()]));
    assert.deepEqual(roles[first.id], ['mentee']);
    assert.deepEqual(roles[second.id], ['mentor', 'supervisor']);
    assert.deepEqual(home.body.coordinating, []);
  });

  test('enrolling the same person in the same role twice is a 409', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const person = await makePerson(t.ctx, org.id);
    const path = `/api/v1/programs/${program.id}/enrolments`;
    await call(t.app, 'POST', path, { personId: person.id, role: 'mentee' }, { cookie: coordinatorCookie });
    const before = await countEnrolments(t);
    const again = await call(t.app, 'POST', path, { personId: person.id, role: 'mentee' }, { cookie: coordinatorCookie });
    assert.equal(again.status, 409);
    assert.equal(errorOf(again).code, 'already_enrolled');
    assert.equal(await countEnrolments(t), before);
  });

  test('withdrawing keeps the enrolment, marked withdrawn; enrolling again re-activates it', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const person = await makePerson(t.ctx, org.id);
    const path = `/api/v1/programs/${program.id}/enrolments`;
    const created = await call(
      t.app,
      'POST',
      path,
      { personId: person.id, role: 'mentor' },
      { schema: EnrolmentSchema, cookie: coordinatorCookie },
    );
    const withdrawn = await call(t.app, 'DELETE', `${path}/${created.body.id}`, undefined, {
      schema: EnrolmentSchema,
      cookie: coordinatorCookie,
    });
    assert.equal(withdrawn.status, 200);
    assert.equal(withdrawn.body.status, 'withdrawn');
    const read = await call(t.app, 'GET', `/api/v1/programs/${program.id}`, undefined, {
      schema: ProgramSchema,
      cookie: coordinatorCookie,
    });
    assert.equal(read.body.enrolmentCounts.mentor, 0);
    const again = await call(
      t.app,
      'POST',
      path,
      { personId: person.id, role: 'mentor' },
      { schema: EnrolmentSchema, cookie: coordinatorCookie },
    );
    assert.equal(again.status, 201);
    assert.equal(again.body.id, created.body.id);
    assert.equal(again.body.status, 'active');
  });

  test('a mentee of the program cannot enrol or withdraw people (403), and nothing is written', async () => {
    const mentee = await makePerson(t.ctx, org.id);
    const other = await makePerson(t.ctx, org.id);
    const program = await makeProgram(t.ctx, coordinator, [[mentee, 'mentee']]);
    const cookie = await signInAs(t.app, mentee.email, testPassword);
    const before = await countEnrolments(t);
    const res = await call(t.app, 'POST', `/api/v1/programs/${program.id}/enrolments`, { personId: other.id, role: 'mentor' }, { cookie });
    assert.equal(res.status, 403);
    assert.equal(await countEnrolments(t), before);
    const list = await call(t.app, 'GET', `/api/v1/programs/${program.id}/enrolments`, undefined, { schema: EnrolmentPageSchema, cookie });
    const enrolmentId = list.body.items[0]?.id;
    const withdraw = await call(t.app, 'DELETE', `/api/v1/programs/${program.id}/enrolments/${enrolmentId}`, undefined, { cookie });
    assert.equal(withdraw.status, 403);
  });

  test('a person of another organization cannot be enrolled (404), nor can its coordinator enrol here', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const otherOrg = await makeOrganization(t.ctx);
    const outsider = await makePerson(t.ctx, otherOrg.id, { role: 'admin' });
    const before = await countEnrolments(t);
    const res = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/enrolments`,
      { personId: outsider.id, role: 'mentee' },
      { cookie: coordinatorCookie },
    );
    assert.equal(res.status, 404);
    assert.equal(errorOf(res).code, 'person_not_found');
    const outsiderCookie = await signInAs(t.app, outsider.email, testPassword);
    const cross = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/enrolments`,
      { personId: outsider.id, role: 'mentee' },
      { cookie: outsiderCookie },
    );
    assert.equal(cross.status, 404);
    const list = await call(t.app, 'GET', `/api/v1/programs/${program.id}/enrolments`, undefined, { cookie: outsiderCookie });
    assert.equal(list.status, 404);
    assert.equal(await countEnrolments(t), before);
  });

  test('invalid enrolment input names the field', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const res = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/enrolments`,
      { personId: 'nope', role: 'sponsor' },
      { cookie: coordinatorCookie },
    );
    assert.equal(res.status, 422);
    const fields = fieldIssuesOf(res)
      .map((issue: { field: string }) => issue.field)
      .sort();
    assert.deepEqual(fields, ['personId', 'role']);
  });

  test('the directory is for coordinators and admins; members get 403', async () => {
    const member = await makePerson(t.ctx, org.id, { name: 'Zed Member' });
    const search = await call(t.app, 'GET', '/api/v1/people?q=zed%20mem', undefined, {
      schema: PeoplePageSchema,
      cookie: coordinatorCookie,
    });
    assert.equal(search.status, 200);
    assert.deepEqual(
      search.body.items.map((p: { id: string }) => p.id),
      [member.id],
    );
    assert.ok(search.body.items.length > 0 && search.body.items.every((person) => !('passwordHash' in person)));
    const memberCookie = await signInAs(t.app, member.email, testPassword);
    const denied = await call(t.app, 'GET', '/api/v1/people', undefined, { cookie: memberCookie });
    assert.equal(denied.status, 403);
    const badLimit = await call(t.app, 'GET', '/api/v1/people?limit=100000', undefined, { cookie: coordinatorCookie });
    assert.equal(badLimit.status, 422);
    assert.equal(fieldIssuesOf(badLimit)[0]?.field, 'limit');
  });
});
