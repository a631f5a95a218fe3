import { OwnProfileSchema, SkillSchema, SkillPageSchema, SeniorityScaleSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, signInAs, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Organization, Person } from '../../domain/person.ts';

describe('profiles and skills', () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let mentee: Person;
  let mentor: Person;
  let menteeCookie: string;
  let mentorCookie: string;
  let coordinatorCookie: string;

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    mentee = await makePerson(t.ctx, org.id);
    mentor = await makePerson(t.ctx, org.id);
    await makeProgram(t.ctx, coordinator, [
      [mentee, 'mentee'],
      [mentor, 'mentor'],
    ]);
    menteeCookie = await signInAs(t.app, mentee.email, testPassword);
    mentorCookie = await signInAs(t.app, mentor.email, testPassword);
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
  });
  after(() => t.handle.close());

  test('a person fills in their profile and reads it back whole', async () => {
    const res = await call(
      t.app,
      'PATCH',
      '/api/v1/me/profile',
      {
        jobTitle: 'Analyst',
        timeZone: 'Europe/Lisbon',
        supervisorId: coordinator.id,
        functionsSought: ['sponsorship', 'coaching'],
        approachStatements: { both_learn: 5, own_success: 5, expert_advice: 2 },
        mentorCapacity: 0,
        commonGroundConsent: true,
        identityAttributes: [
          { label: 'Background', value: 'PRIVATE-first-generation', visibility: 'private' },
          { label: 'Culture', value: 'MATCHING-ONLY-value', visibility: 'matching_only' },
          { label: 'Hobby', value: 'Sailing', visibility: 'shared' },
        ],
      },
      { schema: OwnProfileSchema, cookie: menteeCookie },
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.suggestedApproach, 'learning_alliance');
    assert.equal(res.body.supervisorName, coordinator.displayName);
    assert.equal(res.body.identityAttributes.length, 3);
    assert.ok(res.body.commonGroundConsentAt);
  });

  test('private and matching-only attributes never reach another participant or a coordinator', async () => {
    for (const cookie of [mentorCookie, coordinatorCookie]) {
      const res = await call(t.app, 'GET', `/api/v1/people/${mentee.id}/profile`, undefined, { cookie });
      assert.equal(res.status, 200);
      const body = JSON.stringify(res.body);
      assert.ok(!body.includes('PRIVATE-first-generation'));
      assert.ok(!body.includes('MATCHING-ONLY-value'));
      assert.ok(body.includes('Sailing'));
      assert.ok(!body.includes('approachStatements'));
    }
  });

  test('people who share no program cannot read a profile (404)', async () => {
    const stranger = await makePerson(t.ctx, org.id);
    const cookie = await signInAs(t.app, stranger.email, testPassword);
    assert.equal((await call(t.app, 'GET', `/api/v1/people/${mentee.id}/profile`, undefined, { cookie })).status, 404);
    const outsider = await makePerson(t.ctx, (await makeOrganization(t.ctx)).id, { role: 'admin' });
    const outsiderCookie = await signInAs(t.app, outsider.email, testPassword);
    assert.equal((await call(t.app, 'GET', `/api/v1/people/${mentee.id}/profile`, undefined, { cookie: outsiderCookie })).status, 404);
  });

  test('bad profile input names the field and changes nothing', async () => {
    const res = await call(
      t.app,
      'PATCH',
      '/api/v1/me/profile',
      { jobTitle: 'Changed', timeZone: 'Mars/Olympus', functionsSought: ['mind_reading'] },
      { cookie: menteeCookie },
    );
    assert.equal(res.status, 422);
    assert.deepEqual(
      fieldIssuesOf(res)
        .map((d: { field: string }) => d.field)
        .sort(),
      ['functionsSought.0', 'timeZone'],
    );
    const self = await call(t.app, 'PATCH', '/api/v1/me/profile', { supervisorId: mentee.id }, { cookie: menteeCookie });
    assert.equal(fieldIssuesOf(self)[0]?.field, 'supervisorId');
    const now = await call(t.app, 'GET', '/api/v1/me/profile', undefined, { schema: OwnProfileSchema, cookie: menteeCookie });
    assert.equal(now.body.jobTitle, 'Analyst');
  });

  test('withdrawing consent removes identity attributes', async () => {
    const res = await call(
      t.app,
      'PATCH',
      '/api/v1/me/profile',
      { commonGroundConsent: false },
      { schema: OwnProfileSchema, cookie: mentorCookie },
    );
    assert.deepEqual(res.body.identityAttributes, []);
    const refused = await call(
      t.app,
      'PATCH',
      '/api/v1/me/profile',
      { identityAttributes: [{ label: 'A', value: 'B', visibility: 'shared' }] },
      { cookie: mentorCookie },
    );
    assert.equal(fieldIssuesOf(refused)[0]?.field, 'commonGroundConsent');
  });

  test('skills: members suggest (pending), coordinators approve', async () => {
    const suggested = await call(t.app, 'POST', '/api/v1/skills', { name: 'Budgeting' }, { schema: SkillSchema, cookie: menteeCookie });
    assert.equal(suggested.body.status, 'pending');
    const visible = await call(t.app, 'GET', '/api/v1/skills', undefined, { schema: SkillPageSchema, cookie: menteeCookie });
    assert.ok(!visible.body.items.some((s: { name: string }) => s.name === 'Budgeting'));
    assert.equal((await call(t.app, 'GET', '/api/v1/skills?status=pending', undefined, { cookie: menteeCookie })).status, 403);
    assert.equal(
      (await call(t.app, 'POST', `/api/v1/skills/${suggested.body.id}/review`, { decision: 'approve' }, { cookie: menteeCookie })).status,
      403,
    );
    const approved = await call(
      t.app,
      'POST',
      `/api/v1/skills/${suggested.body.id}/review`,
      { decision: 'approve' },
      { schema: SkillSchema, cookie: coordinatorCookie },
    );
    assert.equal(approved.body.status, 'approved');
    const again = await call(t.app, 'POST', '/api/v1/skills', { name: 'budgeting' }, { schema: SkillSchema, cookie: coordinatorCookie });
    assert.equal(again.body.id, suggested.body.id, 'names are unique regardless of case');
  });

  test('the seniority scale is the organization’s own: admins replace it, and profiles must fit it', async () => {
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    const adminCookie = await signInAs(t.app, admin.email, testPassword);
    const levels = [
      { level: 1, label: 'Junior' },
      { level: 2, label: 'Mid' },
      { level: 3, label: 'Senior' },
    ];
    assert.equal((await call(t.app, 'PUT', '/api/v1/organization/seniority-scale', { levels }, { cookie: menteeCookie })).status, 403);
    const gap = await call(
      t.app,
      'PUT',
      '/api/v1/organization/seniority-scale',
      {
        levels: [
          { level: 1, label: 'A' },
          { level: 3, label: 'C' },
        ],
      },
      { cookie: adminCookie },
    );
    assert.equal(fieldIssuesOf(gap)[0]?.field, 'levels');
    assert.deepEqual(
      withSchema(
        await call(t.app, 'PUT', '/api/v1/organization/seniority-scale', { levels }, { cookie: adminCookie }),
        SeniorityScaleSchema,
      ).body.levels,
      levels,
    );
    const tooHigh = await call(t.app, 'PATCH', '/api/v1/me/profile', { seniorityLevel: 5 }, { cookie: menteeCookie });
    assert.equal(fieldIssuesOf(tooHigh)[0]?.field, 'seniorityLevel');
  });
});
