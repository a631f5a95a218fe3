import { RelationshipDetailSchema, AgreementSchema, ManualPairingResultSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { Person } from '../../domain/person.ts';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { relationships } from '../../db/schema/index.ts';
import { call, signInAs, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('manual pairing', { timeout: 120_000 }, () => {
  let t: TestApp;
  let orgId: string;
  let coordinator: Person;
  const cookies: Record<string, string> = {};
  const as = (who: string, method: string, url: string, body?: unknown) => call(t.app, method, url, body, { cookie: cookies[who] });
  const activeOf = async (mentorId: string) =>
    t.ctx.db
      .select({ id: relationships.id })
      .from(relationships)
      .where(and(eq(relationships.organizationId, orgId), eq(relationships.mentorId, mentorId), eq(relationships.status, 'active')));

  /** A program with one mentor (of the given capacity) and `mentees` mentees. */
  async function programWith(mentees: number, capacity: number, type: 'one_to_one' | 'group' = 'one_to_one') {
    const mentor = await makePerson(t.ctx, orgId, { name: 'Capacity Mentor' });
    await upsertProfile(t.ctx.db, orgId, mentor.id, { mentorCapacity: capacity });
    const people = await Promise.all(Array.from({ length: mentees }, () => makePerson(t.ctx, orgId)));
    const program = await makeProgram(
      t.ctx,
      coordinator,
      [[mentor, 'mentor'], ...people.map((p): [Person, 'mentee'] => [p, 'mentee'])],
      type,
    );
    return { program, mentor, mentees: people, url: `/api/v1/programs/${program.id}/relationships` };
  }

  before(async () => {
    t = await openTestApp();
    orgId = (await makeOrganization(t.ctx)).id;
    coordinator = await makePerson(t.ctx, orgId, { role: 'coordinator' });
    const member = await makePerson(t.ctx, orgId);
    const admin = await makePerson(t.ctx, orgId, { role: 'admin' });
    for (const [name, person] of Object.entries({ coordinator, member, admin }))
      cookies[name] = await signInAs(t.app, person.email, testPassword);
  });
  after(() => t.handle.close());

  test('a coordinator pairs a mentor and a mentee: the relationship starts in stage 1 with a draft agreement', async () => {
    const { mentor, mentees, url } = await programWith(1, 2);
    const [mentee] = mentees;
    const response = withSchema(
      await as('coordinator', 'POST', url, { mentorId: mentor.id, menteeId: mentee?.id }),
      ManualPairingResultSchema,
    );
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const menteeCookie = await signInAs(t.app, mentee?.email ?? '', testPassword);
    const detail = await call(t.app, 'GET', `/api/v1/relationships/${response.body.relationshipId}`, undefined, {
      schema: RelationshipDetailSchema,
      cookie: menteeCookie,
    });
    assert.equal(detail.body.stage, 'creating');
    assert.equal(detail.body.source, 'manual');
    const agreement = await call(t.app, 'GET', `/api/v1/relationships/${response.body.relationshipId}/agreement`, undefined, {
      schema: AgreementSchema,
      cookie: menteeCookie,
    });
    assert.equal(agreement.body.currentVersion, 1);
    const duplicate = await as('coordinator', 'POST', url, { mentorId: mentor.id, menteeId: mentee?.id });
    assert.equal(duplicate.status, 409);
    assert.equal(errorOf(duplicate).code, 'relationship_exists');
    assert.equal((await activeOf(mentor.id)).length, 1);
  });

  test('only the program’s coordinators (and admins) pair; others get 403, people outside the program 404', async () => {
    const { program, mentor, mentees, url } = await programWith(2, 3);
    const mentorCookie = await signInAs(t.app, mentor.email, testPassword);
    const byMentor = await call(t.app, 'POST', url, { mentorId: mentor.id, menteeId: mentees[0]?.id }, { cookie: mentorCookie });
    assert.equal(byMentor.status, 403);
    assert.equal((await as('member', 'POST', url, { mentorId: mentor.id, menteeId: mentees[0]?.id })).status, 404);
    assert.equal((await call(t.app, 'POST', url, { mentorId: mentor.id, menteeId: mentees[0]?.id })).status, 401);
    assert.equal((await as('admin', 'POST', url, { mentorId: mentor.id, menteeId: mentees[1]?.id })).status, 201);
    assert.equal((await activeOf(mentor.id)).length, 1);
    assert.ok(program.id);
  });

  test('mentor and mentee must be active participants of the program in those roles; bad input names the field', async () => {
    const { mentor, mentees, url } = await programWith(1, 2);
    const outsider = await makePerson(t.ctx, orgId);
    const cases: Array<[unknown, string]> = [
      [{ mentorId: mentor.id, menteeId: outsider.id }, 'menteeId'],
      [{ mentorId: outsider.id, menteeId: mentees[0]?.id }, 'mentorId'],
      [{ mentorId: mentees[0]?.id, menteeId: mentor.id }, 'mentorId'],
      [{ mentorId: mentor.id, menteeId: mentor.id }, 'menteeId'],
      [{ mentorId: mentor.id }, 'menteeId'],
      [{ mentorId: 'nope', menteeId: mentees[0]?.id }, 'mentorId'],
    ];
    for (const [body, field] of cases) {
      const response = await as('coordinator', 'POST', url, body);
      assert.equal(response.status, 422, JSON.stringify(body));
      assert.ok(
        fieldIssuesOf(response).some((d: { field: string }) => d.field === field),
        `${field}: ${JSON.stringify(fieldIssuesOf(response))}`,
      );
    }
    assert.equal((await activeOf(mentor.id)).length, 0, 'nothing was written');
  });

  test('a mentor at capacity gives 409 mentor_at_capacity; a paused mentor has no room', async () => {
    const { mentor, mentees, url } = await programWith(3, 2);
    for (const mentee of mentees.slice(0, 2))
      assert.equal((await as('coordinator', 'POST', url, { mentorId: mentor.id, menteeId: mentee.id })).status, 201);
    const full = await as('coordinator', 'POST', url, { mentorId: mentor.id, menteeId: mentees[2]?.id });
    assert.equal(full.status, 409);
    assert.equal(errorOf(full).code, 'mentor_at_capacity');
    assert.equal((await activeOf(mentor.id)).length, 2);

    const paused = await programWith(1, 3);
    await upsertProfile(t.ctx.db, orgId, paused.mentor.id, { mentoringPaused: true });
    const refused = await as('coordinator', 'POST', paused.url, { mentorId: paused.mentor.id, menteeId: paused.mentees[0]?.id });
    assert.equal(errorOf(refused).code, 'mentor_at_capacity');
  });

  test('several simultaneous pairings for a mentor’s last place leave exactly one relationship', async () => {
    const { mentor, mentees, url } = await programWith(6, 1);
    const attempts = await Promise.all(
      mentees.map((mentee) => as('coordinator', 'POST', url, { mentorId: mentor.id, menteeId: mentee.id })),
    );
    assert.deepEqual(attempts.map((a) => a.status).sort(), [201, 409, 409, 409, 409, 409], JSON.stringify(attempts.map((a) => a.body)));
    assert.ok(attempts.filter((a) => a.status === 409).every((a) => errorOf(a).code === 'mentor_at_capacity'));
    assert.equal((await activeOf(mentor.id)).length, 1);
  });

  test('simultaneous pairings of the same two people leave one relationship', async () => {
    const { mentor, mentees, url } = await programWith(1, 5);
    const attempts = await Promise.all(
      Array.from({ length: 4 }, () => as('coordinator', 'POST', url, { mentorId: mentor.id, menteeId: mentees[0]?.id })),
    );
    assert.deepEqual(attempts.map((a) => a.status).sort(), [201, 409, 409, 409]);
    assert.equal((await activeOf(mentor.id)).length, 1);
  });

  test('group programs pair through circles, not by hand', async () => {
    const { mentor, mentees, url } = await programWith(1, 2, 'group');
    const response = await as('coordinator', 'POST', url, { mentorId: mentor.id, menteeId: mentees[0]?.id });
    assert.equal(response.status, 409);
    assert.equal(errorOf(response).code, 'manual_pairing_not_for_circles');
  });
});
