import { MeetingSchema, MeetingPageSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findRelationshipById } from '../../db/repositories/relationship-record.repository.ts';
import { bodyOf, call, signInAs, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { dayFrom, nextUsDaylightSavingChanges } from '../../testing/daylight-saving-days.ts';
import { makeOrganization, makePerson, makeRelationship, testPassword } from '../../testing/factories.ts';

// Next year's US spring change: a Tuesday two days after it, and the hour that does not exist on it.
const { springForward } = nextUsDaylightSavingChanges();
const afterSpringForward = dayFrom(springForward, 2);
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const hour = 3_600_000;

describe('meetings of a relationship', { timeout: 120_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof makeRelationship>>;
  let orgId: string;
  const cookies: Record<string, string> = {};
  const base = () => `/api/v1/relationships/${pair.relationshipId}/meetings`;
  const as = (who: string, method: string, path: string, body?: unknown) => call(t.app, method, path, body, { cookie: cookies[who] });
  const inHours = (hours: number) => new Date(t.ctx.now().getTime() + hours * hour).toISOString();
  const propose = async (who: string, extra: Record<string, unknown> = {}) => {
    const response = await as(who, 'POST', base(), {
      startsAt: inHours(2),
      durationMinutes: 45,
      channel: 'video',
      videoLink: 'https://meet.example.org/abc',
      ...extra,
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return bodyOf(response, MeetingSchema);
  };

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    orgId = org.id;
    pair = await makeRelationship(t.ctx, org.id);
    const stranger = await makePerson(t.ctx, org.id);
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    const other = await makeRelationship(t.ctx, org.id, { mentor: pair.mentor });
    for (const [name, person] of Object.entries({
      mentor: pair.mentor,
      mentee: pair.mentee,
      coordinator: pair.coordinator,
      stranger,
      admin,
      otherMentee: other.mentee,
    })) {
      cookies[name] = await signInAs(t.app, person.email, testPassword);
    }
    await as('mentor', 'PATCH', '/api/v1/me/profile', { timeZone: 'Asia/Tokyo' });
    await as('mentee', 'PATCH', '/api/v1/me/profile', { timeZone: 'America/New_York' });
  });
  after(() => t.handle.close());

  test('a proposal shows both clocks, and only the other side may accept it', async () => {
    const meeting = await propose('mentee', { agenda: 'My first month' });
    assert.equal(meeting.status, 'proposed');
    assert.equal(meeting.proposedById, pair.mentee.id);
    assert.equal(meeting.agendaById, pair.mentee.id);
    assert.equal(meeting.timeZone, 'America/New_York');
    assert.deepEqual(
      meeting.times.map((x: { timeZone: string }) => x.timeZone),
      ['Asia/Tokyo', 'America/New_York'],
    );
    assert.deepEqual(meeting.availableActions, ['reschedule', 'cancel', 'set_agenda']);

    const own = await as('mentee', 'POST', `${base()}/${meeting.id}/accept`, {});
    assert.equal(own.status, 403);
    assert.equal(errorOf(own).code, 'cannot_accept_own_proposal');
    const accepted = withSchema(await as('mentor', 'POST', `${base()}/${meeting.id}/accept`, {}), MeetingSchema);
    assert.equal(accepted.status, 200);
    assert.equal(accepted.body.status, 'accepted');
    assert.equal(accepted.body.sequence, 0);
    const again = await as('mentor', 'POST', `${base()}/${meeting.id}/accept`, {});
    assert.equal(again.status, 409);
    assert.equal(errorOf(again).code, 'meeting_status_conflict');
  });

  test('rescheduling goes back to proposed with the rescheduler as proposer; the sequence grows', async () => {
    const meeting = await propose('mentor');
    await as('mentee', 'POST', `${base()}/${meeting.id}/accept`, {});
    const moved = withSchema(
      await as('mentee', 'POST', `${base()}/${meeting.id}/reschedule`, {
        localStart: `${afterSpringForward}T09:00`,
        timeZone: 'America/New_York',
      }),
      MeetingSchema,
    );
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.status, 'proposed');
    assert.equal(moved.body.proposedById, pair.mentee.id);
    assert.equal(moved.body.sequence, 1);
    assert.equal(moved.body.startsAt, `${afterSpringForward}T13:00:00.000Z`);
    assert.equal(moved.body.channel, 'video');
    assert.equal((await as('mentee', 'POST', `${base()}/${meeting.id}/accept`, {})).status, 403);
    assert.equal(withSchema(await as('mentor', 'POST', `${base()}/${meeting.id}/accept`, {}), MeetingSchema).body.status, 'accepted');
  });

  test('cancelling needs a reason; a cancelled meeting stays cancelled', async () => {
    const meeting = await propose('mentor');
    const noReason = await as('mentee', 'POST', `${base()}/${meeting.id}/cancel`, { reason: '  ' });
    assert.equal(noReason.status, 422);
    assert.equal(fieldIssuesOf(noReason)[0]?.field, 'reason');
    const cancelled = withSchema(
      await as('mentee', 'POST', `${base()}/${meeting.id}/cancel`, { reason: 'Travelling that week' }),
      MeetingSchema,
    );
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.cancelReason, 'Travelling that week');
    assert.equal(cancelled.body.sequence, 1);
    for (const action of ['accept', 'held', 'missed'])
      assert.equal((await as('mentor', 'POST', `${base()}/${meeting.id}/${action}`, {})).status, 409, action);
    assert.equal((await as('mentor', 'POST', `${base()}/${meeting.id}/reschedule`, { startsAt: inHours(5) })).status, 409);
  });

  test('held and missed only after the start; held records the summary and a touch point', async () => {
    const heldOne = await propose('mentor');
    const missedOne = await propose('mentee');
    await as('mentee', 'POST', `${base()}/${heldOne.id}/accept`, {});
    await as('mentor', 'POST', `${base()}/${missedOne.id}/accept`, {});
    const early = await as('mentor', 'POST', `${base()}/${heldOne.id}/held`, {});
    assert.equal(early.status, 409);
    assert.equal(errorOf(early).code, 'meeting_not_started');
    assert.equal(errorOf(await as('mentor', 'POST', `${base()}/${missedOne.id}/missed`, {})).code, 'meeting_not_started');

    t.advanceClock(3 * hour);
    const held = withSchema(
      await as('mentee', 'POST', `${base()}/${heldOne.id}/held`, { summary: 'Agreed: I draft the budget by Friday' }),
      MeetingSchema,
    );
    assert.equal(held.status, 200, JSON.stringify(held.body));
    assert.equal(held.body.status, 'held');
    assert.equal(held.body.summary, 'Agreed: I draft the budget by Friday');
    assert.deepEqual(held.body.availableActions, ['record_summary']);
    const relationship = await findRelationshipById(t.ctx.db, orgId, pair.relationshipId);
    assert.equal(relationship?.lastTouchAt?.toISOString(), heldOne.startsAt);
    const summary = withSchema(
      await as('mentor', 'POST', `${base()}/${heldOne.id}/summary`, { summary: 'Budget draft Friday; review next time' }),
      MeetingSchema,
    );
    assert.equal(summary.body.summary, 'Budget draft Friday; review next time');
    const missed = withSchema(await as('mentor', 'POST', `${base()}/${missedOne.id}/missed`, {}), MeetingSchema);
    assert.equal(missed.body.status, 'missed');
    assert.equal((await as('mentor', 'POST', `${base()}/${missedOne.id}/summary`, { summary: 'x' })).status, 409);
    assert.equal((await as('mentor', 'POST', `${base()}/${missedOne.id}/held`, {})).status, 409);

    const pastList = withSchema(await as('mentee', 'GET', `${base()}?when=past`), MeetingPageSchema);
    const past = pastList.body.items.map((m) => m.id);
    assert.ok(past.includes(heldOne.id) && past.includes(missedOne.id));
    const upcoming = withSchema(await as('mentee', 'GET', `${base()}?when=upcoming`), MeetingPageSchema);
    assert.ok(!upcoming.body.items.some((m) => m.id === heldOne.id || m.id === missedOne.id));
    assert.ok(upcoming.body.items.every((m) => m.status === 'proposed' || m.status === 'accepted'));
    assert.ok(upcoming.body.suggestedQuestions.some((q) => q.purpose === 'summarize'));
  });

  test('whoever sets the agenda is its author (the mentee leading it is a stage signal)', async () => {
    const meeting = await propose('mentor', { agenda: 'Catch up' });
    assert.equal(meeting.agendaById, pair.mentor.id);
    const set = withSchema(
      await as('mentee', 'POST', `${base()}/${meeting.id}/agenda`, { agenda: 'What did I try since last time?' }),
      MeetingSchema,
    );
    assert.equal(set.body.agendaById, pair.mentee.id);
    assert.equal(set.body.agenda, 'What did I try since last time?');
    assert.equal(set.body.status, 'proposed');
  });

  test('bad input names the field and writes nothing', async () => {
    const upcomingCount = async () => withSchema(await as('mentor', 'GET', `${base()}?limit=500`), MeetingPageSchema).body.items.length;
    const before = await upcomingCount();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: inHours(2), durationMinutes: 45, channel: 'video', videoLink: 'http://insecure.example.org' }, 'videoLink'],
      [{ startsAt: inHours(2), durationMinutes: 2, channel: 'video' }, 'durationMinutes'],
      [{ startsAt: inHours(2), durationMinutes: 30, channel: 'carrier_pigeon' }, 'channel'],
      [{ localStart: `${afterSpringForward}T09:00`, durationMinutes: 30, channel: 'phone' }, 'timeZone'],
      [{ localStart: `${afterSpringForward}T09:00`, timeZone: 'Mars/Olympus', durationMinutes: 30, channel: 'phone' }, 'timeZone'],
      [{ localStart: `${springForward}T02:30`, timeZone: 'America/New_York', durationMinutes: 30, channel: 'phone' }, 'localStart'],
      [{ startsAt: inHours(-1), durationMinutes: 30, channel: 'phone' }, 'startsAt'],
      [{ durationMinutes: 30, channel: 'phone' }, 'localStart'],
      [{ startsAt: inHours(2), durationMinutes: 30, channel: 'phone', agenda: 'x'.repeat(4001) }, 'agenda'],
    ];
    for (const [body, field] of cases) {
      const response = await as('mentor', 'POST', base(), body);
      assert.equal(response.status, 422, `${field}: ${JSON.stringify(response.body)}`);
      assert.ok(
        fieldIssuesOf(response).some((d: { field: string }) => d.field === field),
        `${field}: ${JSON.stringify(fieldIssuesOf(response))}`,
      );
    }
    assert.equal(await upcomingCount(), before);
  });

  test('only the pair: coordinators, admins, strangers and another relationship’s mentee get not found', async () => {
    const meeting = await propose('mentor', { agenda: 'Private agenda text' });
    for (const who of ['coordinator', 'admin', 'stranger', 'otherMentee']) {
      const list = await as(who, 'GET', base());
      assert.equal(list.status, 404, who);
      assert.ok(!JSON.stringify(list.body).includes('Private agenda text'), who);
      assert.equal((await as(who, 'POST', base(), { startsAt: inHours(3), durationMinutes: 30, channel: 'phone' })).status, 404, who);
      assert.equal((await as(who, 'POST', `${base()}/${meeting.id}/accept`, {})).status, 404, who);
      assert.equal((await as(who, 'POST', `${base()}/${meeting.id}/agenda`, { agenda: 'hijack' })).status, 404, who);
      const file = await as(who, 'GET', `${base()}/${meeting.id}/meeting.ics`);
      assert.equal(file.status, 404, who);
      assert.ok(!String(file.body).includes('Private agenda text'), who);
    }
    assert.equal((await call(t.app, 'GET', base())).status, 401);
    const unknown = await as('mentor', 'POST', `${base()}/00000000-0000-4000-8000-000000000000/accept`, {});
    assert.equal(unknown.status, 404);
    assert.equal(errorOf(unknown).code, 'meeting_not_found');
  });
});
