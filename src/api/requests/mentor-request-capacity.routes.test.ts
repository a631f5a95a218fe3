import { MentorAvailabilitySchema, MentorRequestSchema, MentorRequestPageSchema } from '../../../shared/schemas/index.ts';
import { errorOf, withSchema } from '../../testing/http-client.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { limits } from '../../../shared/limits.ts';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { relationships } from '../../db/schema/index.ts';
import type { Person } from '../../domain/person.ts';
import { expireMentorRequests } from '../../services/requests/expire-mentor-requests.ts';
import { makeOrganization, makePerson, makeProgram } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { areaRequest, mentorWithMentees, type SignedIn } from '../../testing/mentor-request-setup.ts';

const day = 24 * 60 * 60 * 1000;

describe('mentor requests: capacity, limits and expiry', { timeout: 120_000 }, () => {
  let t: TestApp;
  let orgId: string;
  let coordinator: Person;
  const activeOf = async (mentorId: string) =>
    t.ctx.db
      .select({ id: relationships.id })
      .from(relationships)
      .where(and(eq(relationships.organizationId, orgId), eq(relationships.mentorId, mentorId), eq(relationships.status, 'active')));

  before(async () => {
    t = await openTestApp();
    orgId = (await makeOrganization(t.ctx)).id;
    coordinator = await makePerson(t.ctx, orgId, { role: 'coordinator' });
  });
  after(() => t.handle.close());

  test('an open request holds a place: with one place, a second mentee gets 409 mentor_at_capacity until the first withdraws', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 1, 2);
    const [first, second] = mentees as [SignedIn, SignedIn];
    const before = await second.as('GET', `/mentor-requests/availability/${mentor.person.id}`);
    assert.deepEqual(before.body, { mentor: { id: mentor.person.id, displayName: 'Request Mentor' }, canRequest: true, reason: null });
    const held = withSchema(await first.as('POST', '/mentor-requests', areaRequest(mentor.person.id)), MentorRequestSchema);
    assert.equal(held.status, 201);
    assert.equal(
      withSchema(await second.as('GET', `/mentor-requests/availability/${mentor.person.id}`), MentorAvailabilitySchema).body.reason,
      'mentor_at_capacity',
    );
    assert.equal(
      withSchema(await first.as('GET', `/mentor-requests/availability/${mentor.person.id}`), MentorAvailabilitySchema).body.reason,
      'request_exists',
    );
    assert.equal((await first.as('GET', `/mentor-requests/availability/${first.person.id}`)).status, 422);
    const refused = await second.as('POST', '/mentor-requests', areaRequest(mentor.person.id));
    assert.equal(refused.status, 409);
    assert.equal(errorOf(refused).code, 'mentor_at_capacity');
    await first.as('POST', `/mentor-requests/${held.body.id}/withdraw`);
    const now = withSchema(await second.as('POST', '/mentor-requests', areaRequest(mentor.person.id)), MentorRequestSchema);
    assert.equal(now.status, 201);
    const accepted = await mentor.as('POST', `/mentor-requests/${now.body.id}/accept`);
    assert.equal(accepted.status, 200);
    // The place is now the relationship's: still no room for the first mentee.
    assert.equal(errorOf(await first.as('POST', '/mentor-requests', areaRequest(mentor.person.id))).code, 'mentor_at_capacity');
  });

  test('a paused mentor is refused; one request per pair; at most the limit of open requests per mentee', async () => {
    const { mentor: paused, mentees } = await mentorWithMentees(t, orgId, coordinator, 3, 1);
    const mentee = mentees[0] as SignedIn;
    await upsertProfile(t.ctx.db, orgId, paused.person.id, { mentoringPaused: true });
    assert.equal(errorOf(await mentee.as('POST', '/mentor-requests', areaRequest(paused.person.id))).code, 'mentor_paused');
    const mentors = await Promise.all(Array.from({ length: limits.openMentorRequestsMax + 1 }, () => makePerson(t.ctx, orgId)));
    await makeProgram(t.ctx, coordinator, [[mentee.person, 'mentee'], ...mentors.map((m): [Person, 'mentor'] => [m, 'mentor'])]);
    for (const [index, mentor] of mentors.entries()) {
      const sent = await mentee.as('POST', '/mentor-requests', areaRequest(mentor.id));
      if (index === 0) assert.equal(errorOf(await mentee.as('POST', '/mentor-requests', areaRequest(mentor.id))).code, 'request_exists');
      if (index < limits.openMentorRequestsMax) assert.equal(sent.status, 201, JSON.stringify(sent.body));
      else {
        assert.equal(sent.status, 409);
        assert.equal(errorOf(sent).code, 'too_many_open_requests');
      }
    }
    assert.equal(
      withSchema(await mentee.as('GET', '/me/mentor-requests?box=sent'), MentorRequestPageSchema).body.items.length,
      limits.openMentorRequestsMax,
    );
  });

  test('expiry with a given now: a reminder two days before (once), then expired, freeing the place', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 1, 2);
    const [first, second] = mentees as [SignedIn, SignedIn];
    const sent = withSchema(await first.as('POST', '/mentor-requests', areaRequest(mentor.person.id)), MentorRequestSchema);
    const expiresAt = new Date(sent.body.expiresAt);
    assert.equal(Math.round((expiresAt.getTime() - new Date(sent.body.createdAt).getTime()) / day), limits.mentorRequestExpiryDays);

    const early = await expireMentorRequests(t.ctx, new Date(expiresAt.getTime() - 3 * day));
    assert.ok(!early.reminded.includes(sent.body.id) && !early.expired.includes(sent.body.id));
    const soon = await expireMentorRequests(t.ctx, new Date(expiresAt.getTime() - day));
    assert.ok(soon.reminded.includes(sent.body.id));
    assert.ok(
      !(await expireMentorRequests(t.ctx, new Date(expiresAt.getTime() - day / 2))).reminded.includes(sent.body.id),
      'reminded once',
    );
    assert.equal(errorOf(await second.as('POST', '/mentor-requests', areaRequest(mentor.person.id))).code, 'mentor_at_capacity');

    const late = await expireMentorRequests(t.ctx, new Date(expiresAt.getTime() + 1));
    assert.ok(late.expired.includes(sent.body.id));
    assert.equal(withSchema(await first.as('GET', `/mentor-requests/${sent.body.id}`), MentorRequestSchema).body.status, 'expired');
    assert.equal(errorOf(await mentor.as('POST', `/mentor-requests/${sent.body.id}/accept`)).code, 'request_not_open');
    assert.equal((await second.as('POST', '/mentor-requests', areaRequest(mentor.person.id))).status, 201);
  });

  test('two accepts at once for the mentor’s last place: exactly one succeeds', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, orgId, coordinator, 2, 2);
    const ids: string[] = [];
    for (const mentee of mentees)
      ids.push(withSchema(await mentee.as('POST', '/mentor-requests', areaRequest(mentor.person.id)), MentorRequestSchema).body.id);
    // The mentor lowers their capacity after both requests arrived: one place left for two accepts.
    await upsertProfile(t.ctx.db, orgId, mentor.person.id, { mentorCapacity: 1 });
    const results = await Promise.all(ids.map((id) => mentor.as('POST', `/mentor-requests/${id}/accept`)));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409], JSON.stringify(results.map((r) => r.body)));
    const refused = results.find((r) => r.status === 409);
    assert.ok(refused);
    assert.equal(errorOf(refused).code, 'mentor_at_capacity');
    assert.equal((await activeOf(mentor.person.id)).length, 1);
    const loser = ids[results.findIndex((r) => r.status === 409)];
    assert.equal(
      withSchema(await mentor.as('GET', `/mentor-requests/${loser}`), MentorRequestSchema).body.status,
      'open',
      'the refused accept wrote nothing',
    );
  });
});
