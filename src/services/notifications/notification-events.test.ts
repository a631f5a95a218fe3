import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { NotificationPageSchema, type Notification } from '../../../shared/schemas/notifications.ts';
import type { Person } from '../../domain/person.ts';
import { insertFakeProposedRun } from '../../testing/fake-matching-run.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, signInAs, withSchema } from '../../testing/http-client.ts';
import { seedLargeOrganization } from '../../testing/large-organization.ts';
import { areaRequest, mentorWithMentees, type SignedIn } from '../../testing/mentor-request-setup.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

/** Issue 16: the first real notifications, written where the events happen, in the same transaction. */
describe('notifications of requests, meetings and published matches', { timeout: 180_000 }, () => {
  let t: TestApp;
  let organizationId: string;
  let coordinator: Person;
  const secret = 'CONFIDENTIAL-REQUEST-MESSAGE';

  const inbox = async (who: SignedIn): Promise<Notification[]> =>
    withSchema(await who.as('GET', '/me/notifications?limit=500'), NotificationPageSchema).body.items;

  before(async () => {
    t = await openTestApp();
    organizationId = (await makeOrganization(t.ctx)).id;
    coordinator = await makePerson(t.ctx, organizationId, { role: 'coordinator' });
  });
  after(() => t.handle.close());

  test('a request received tells the mentor (never its message); declined and accepted tell the mentee', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, organizationId, coordinator, 3, 2);
    const [first, second] = mentees as [SignedIn, SignedIn];
    const sent = await first.as('POST', '/mentor-requests', areaRequest(mentor.person.id, { message: `${secret} please help` }));
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const requestId = (sent.body as { id: string }).id;
    const told = await inbox(mentor);
    assert.equal(told.length, 1);
    assert.deepEqual(
      { kind: told[0]?.kind, category: told[0]?.category, title: told[0]?.title, link: told[0]?.link },
      { kind: 'mentor_request_received', category: 'requests', title: 'Request Mentee 1 sent you a mentor request', link: '/requests' },
    );
    assert.ok(!JSON.stringify(told).includes(secret), 'the request’s message stays on the request');
    assert.deepEqual(await inbox(first), [], 'the sender is not told of their own request');

    const declined = await mentor.as('POST', `/mentor-requests/${requestId}/decline`, { reason: 'timing' });
    assert.equal(declined.status, 200, JSON.stringify(declined.body));
    const menteeTold = await inbox(first);
    assert.deepEqual(
      menteeTold.map((n) => [n.kind, n.title, n.link]),
      [['mentor_request_declined', 'Request Mentor declined your mentor request', '/requests']],
    );

    const again = await second.as('POST', '/mentor-requests', areaRequest(mentor.person.id));
    const accepted = await mentor.as('POST', `/mentor-requests/${(again.body as { id: string }).id}/accept`);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const relationshipId = (accepted.body as { relationshipId: string }).relationshipId;
    const secondTold = await inbox(second);
    assert.deepEqual(
      secondTold.map((n) => [n.kind, n.title, n.link]),
      [['mentor_request_accepted', 'Request Mentor accepted your mentor request', `/relationships/${relationshipId}`]],
    );
    assert.equal((await inbox(mentor)).length, 2, 'the mentor was told of both requests, not of their own answers');
  });

  test('a refused request tells nobody (the notification goes with the rolled-back change)', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, organizationId, coordinator, 1, 2);
    const [first, second] = mentees as [SignedIn, SignedIn];
    assert.equal((await first.as('POST', '/mentor-requests', areaRequest(mentor.person.id))).status, 201);
    const refused = await second.as('POST', '/mentor-requests', areaRequest(mentor.person.id));
    assert.equal(refused.status, 409, 'the mentor has no room left');
    assert.equal((await inbox(mentor)).length, 1);
  });

  test('a proposed meeting tells the other side, on their own clock, linking to the relationship', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, organizationId, coordinator, 2, 1);
    const mentee = mentees[0] as SignedIn;
    await mentor.as('PATCH', '/me/profile', { timeZone: 'Asia/Tokyo' });
    const sent = await mentee.as('POST', '/mentor-requests', areaRequest(mentor.person.id));
    const accepted = await mentor.as('POST', `/mentor-requests/${(sent.body as { id: string }).id}/accept`);
    const relationshipId = (accepted.body as { relationshipId: string }).relationshipId;
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    startsAt.setUTCHours(0, 30, 0, 0);
    const proposed = await mentee.as('POST', `/relationships/${relationshipId}/meetings`, {
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
      channel: 'phone',
      agenda: `${secret} agenda`,
    });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
    const meetingTold = (await inbox(mentor)).filter((n) => n.kind === 'meeting_proposed');
    assert.equal(meetingTold.length, 1);
    assert.equal(meetingTold[0]?.title, 'Request Mentee 1 proposed a meeting');
    assert.equal(meetingTold[0]?.link, `/relationships/${relationshipId}`);
    assert.match(meetingTold[0]?.body ?? '', /09:30 \(Asia\/Tokyo\)$/, 'the time on the reader’s clock');
    assert.ok(!JSON.stringify(meetingTold).includes(secret), 'the agenda stays in the relationship');
    assert.equal((await inbox(mentee)).filter((n) => n.kind === 'meeting_proposed').length, 0, 'the proposer is not told');
  });

  test('erasing a person removes their notifications and their name from everyone else’s, and only their whole name', async () => {
    const { mentor, mentees } = await mentorWithMentees(t, organizationId, coordinator, 2, 11);
    const [one, eleven] = [mentees[0], mentees[10]] as [SignedIn, SignedIn];
    const sent = await one.as('POST', '/mentor-requests', areaRequest(mentor.person.id));
    await eleven.as('POST', '/mentor-requests', areaRequest(mentor.person.id));
    await mentor.as('POST', `/mentor-requests/${(sent.body as { id: string }).id}/decline`, { reason: 'timing' });
    assert.equal((await inbox(one)).length, 1);
    const admin = await makePerson(t.ctx, organizationId, { role: 'admin' });
    const cookie = await signInAs(t.app, admin.email, testPassword);
    const erased = await call(t.app, 'DELETE', `/api/v1/people/${one.person.id}`, undefined, { cookie });
    assert.equal(erased.status, 200, JSON.stringify(erased.body));
    assert.deepEqual((await inbox(mentor)).map((n) => n.title).sort(), [
      'A former participant sent you a mentor request',
      'Request Mentee 11 sent you a mentor request',
    ]);
    const left = await t.handle.db.execute(sql`select count(*)::int as n from notifications where person_id = ${one.person.id}`);
    assert.equal((left as unknown as { rows: { n: number }[] }).rows[0]?.n, 0);
  });

  test('publishing a match tells both sides of every pair, once, linking to their relationship', async () => {
    const org = await seedLargeOrganization(t.handle.db, { people: 40, mentees: 12, mentors: 4, mentorCapacity: 3, applications: 0 });
    const runId = await insertFakeProposedRun(t.handle.db, {
      organizationId: org.organizationId,
      programId: org.programId,
      createdById: org.coordinator.id,
      pairs: 12,
    });
    const cookie = await signInAs(t.app, org.coordinator.email, org.password);
    const published = await call(t.app, 'POST', `/api/v1/matching-runs/${runId}/publish`, undefined, { cookie });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    const rows = (
      (await t.handle.db.execute(sql`
      select n.person_id, n.link, n.title, r.mentee_id, r.mentor_id
      from notifications n join relationships r on n.link = '/relationships/' || r.id::text
      where n.organization_id = ${org.organizationId} and n.kind = 'match_published'`)) as unknown as {
        rows: { person_id: string; link: string; title: string; mentee_id: string; mentor_id: string }[];
      }
    ).rows;
    assert.equal(rows.length, 24, 'two per pair');
    const relationships = new Set(rows.map((row) => row.link));
    assert.equal(relationships.size, 12);
    for (const link of relationships) {
      const told = rows.filter((row) => row.link === link);
      assert.deepEqual(
        told.map((row) => row.person_id).sort(),
        [told[0]?.mentee_id, told[0]?.mentor_id].sort(),
        'the mentee and the mentor of that pair, nobody else',
      );
      assert.ok(told.every((row) => /^You have been matched with .+, your (mentor|mentee)$/.test(row.title)));
    }
    const menteeCookie = await signInAs(t.app, org.mentee.email, org.password);
    const mine = withSchema(
      await call(t.app, 'GET', '/api/v1/me/notifications', undefined, { cookie: menteeCookie }),
      NotificationPageSchema,
    ).body;
    assert.deepEqual(
      mine.items.map((n) => [n.kind, n.category]),
      [['match_published', 'activity']],
    );
    assert.equal(mine.unreadCount, 1);
  });
});
