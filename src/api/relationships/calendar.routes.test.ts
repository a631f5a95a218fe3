import { CalendarFeedStatusSchema, CreatedCalendarFeedSchema, MeetingSchema, MeetingPageSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { call, signInAs, withSchema } from '../../testing/http-client.ts';
import { dayFrom, nextUsDaylightSavingChanges } from '../../testing/daylight-saving-days.ts';
import { makeOrganization, makePerson, makeRelationship, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

type ParsedEvent = {
  uid: string;
  sequence: number;
  status: string;
  start: Date;
  end: Date;
  tzid: string | null;
  summary: string;
  description: string;
};

// Reads a calendar with ical.js, an independent parser, resolving TZIDs only through the
// VTIMEZONEs in the file itself (ical.js knows no zones of its own).
function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart');
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue('status')),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      tzid: dtstart?.getParameter('tzid')?.toString() ?? null,
      summary: event.summary,
      description: event.description,
    };
  });
}

describe('meetings across time zones, .ics files and calendar feeds', { timeout: 120_000 }, () => {
  let t: TestApp;
  let pair: Awaited<ReturnType<typeof makeRelationship>>;
  let second: Awaited<ReturnType<typeof makeRelationship>>;
  const cookies: Record<string, string> = {};
  const as = (who: string, method: string, path: string, body?: unknown) => call(t.app, method, path, body, { cookie: cookies[who] });
  const meetingsOf = (relationshipId: string) => `/api/v1/relationships/${relationshipId}/meetings`;
  const feedPath = (url: string) => new URL(url).pathname;

  before(async () => {
    t = await openTestApp({ publicUrl: 'https://mentoring.example.org' });
    const org = await makeOrganization(t.ctx);
    pair = await makeRelationship(t.ctx, org.id);
    second = await makeRelationship(t.ctx, org.id, { mentor: pair.mentor });
    const stranger = await makePerson(t.ctx, org.id);
    for (const [name, person] of Object.entries({ mentor: pair.mentor, mentee: pair.mentee, secondMentee: second.mentee, stranger })) {
      cookies[name] = await signInAs(t.app, person.email, testPassword);
    }
    await as('mentor', 'PATCH', '/api/v1/me/profile', { timeZone: 'Asia/Tokyo' });
    await as('mentee', 'PATCH', '/api/v1/me/profile', { timeZone: 'America/New_York' });
  });
  after(() => t.handle.close());

  // 09:00 in Tokyo (no daylight saving) two days either side of next year's US changes.
  const { year, springForward, fallBack } = nextUsDaylightSavingChanges();
  const tokyoNine = (day: string, newYork: string, abbreviation: string): [string, string, string, string] => [
    `${day}T09:00`,
    `${day}T00:00:00.000Z`,
    `${dayFrom(day, -1)}T${newYork}`,
    abbreviation,
  ];
  const table: Array<[string, string, string, string]> = [
    tokyoNine(dayFrom(springForward, -2), '19:00', 'EST'),
    tokyoNine(dayFrom(springForward, 2), '20:00', 'EDT'),
    tokyoNine(dayFrom(fallBack, -2), '20:00', 'EDT'),
    tokyoNine(dayFrom(fallBack, 2), '19:00', 'EST'),
  ];

  test('proposed in Tokyo, shown right in New York across both daylight-saving changes; the .ics gives the same instants to ical.js', async () => {
    for (const [tokyo, instant, newYork, abbreviation] of table) {
      const proposed = withSchema(
        await as('mentor', 'POST', meetingsOf(pair.relationshipId), {
          localStart: tokyo,
          timeZone: 'Asia/Tokyo',
          durationMinutes: 60,
          channel: 'video',
        }),
        MeetingSchema,
      );
      assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
      assert.equal(proposed.body.startsAt, instant);
      const seen = withSchema(await as('mentee', 'GET', `${meetingsOf(pair.relationshipId)}?limit=500`), MeetingPageSchema).body.items.find(
        (m: { id: string }) => m.id === proposed.body.id,
      );
      const [mentorClock, menteeClock] = seen?.times ?? [];
      assert.deepEqual([mentorClock?.timeZone, mentorClock?.localStart, mentorClock?.zoneAbbreviation], ['Asia/Tokyo', tokyo, 'GMT+9']);
      assert.deepEqual(
        [menteeClock?.timeZone, menteeClock?.localStart, menteeClock?.zoneAbbreviation],
        ['America/New_York', newYork, abbreviation],
      );

      const file = await as('mentee', 'GET', `${meetingsOf(pair.relationshipId)}/${proposed.body.id}/meeting.ics`);
      assert.equal(file.status, 200);
      assert.match(file.headers.get('content-type') ?? '', /^text\/calendar/);
      assert.match(file.headers.get('content-disposition') ?? '', /attachment; filename="mentoring-\d{4}-\d{2}-\d{2}\.ics"/);
      const [event] = parseCalendar(String(file.body));
      assert.ok(event);
      assert.equal(event.tzid, 'Asia/Tokyo');
      assert.equal(event.start.toISOString(), instant);
      assert.equal(event.end.getTime() - event.start.getTime(), 3_600_000);
      assert.equal(event.status, 'TENTATIVE');
    }
  });

  test('a New York proposal across the change reads right in ical.js (VTIMEZONE with both offsets)', async () => {
    const before = withSchema(
      await as('mentee', 'POST', meetingsOf(pair.relationshipId), {
        localStart: `${dayFrom(springForward, -1)}T10:00`,
        timeZone: 'America/New_York',
        durationMinutes: 30,
        channel: 'phone',
      }),
      MeetingSchema,
    );
    const afterChange = withSchema(
      await as('mentee', 'POST', meetingsOf(pair.relationshipId), {
        localStart: `${dayFrom(springForward, 1)}T10:00`,
        timeZone: 'America/New_York',
        durationMinutes: 30,
        channel: 'phone',
      }),
      MeetingSchema,
    );
    assert.equal(before.body.startsAt, `${dayFrom(springForward, -1)}T15:00:00.000Z`);
    assert.equal(afterChange.body.startsAt, `${dayFrom(springForward, 1)}T14:00:00.000Z`);
    assert.equal(before.body.times[0]?.localStart, `${springForward}T00:00`);
    assert.equal(afterChange.body.times[0]?.localStart, `${dayFrom(springForward, 1)}T23:00`);
    for (const meeting of [before.body, afterChange.body]) {
      const [event] = parseCalendar(
        String((await as('mentor', 'GET', `${meetingsOf(pair.relationshipId)}/${meeting.id}/meeting.ics`)).body),
      );
      assert.equal(event?.tzid, 'America/New_York');
      assert.equal(event?.start.toISOString(), meeting.startsAt);
    }
  });

  test('the UID stays, SEQUENCE follows revisions, a cancelled meeting says STATUS:CANCELLED', async () => {
    const path = meetingsOf(pair.relationshipId);
    const meeting = withSchema(
      await as('mentor', 'POST', path, {
        localStart: `${year}-06-01T18:00`,
        timeZone: 'Asia/Tokyo',
        durationMinutes: 30,
        channel: 'in_person',
        location: 'Room 4',
        agenda: 'Quarterly plan',
      }),
      MeetingSchema,
    ).body;
    const first = parseCalendar(String((await as('mentee', 'GET', `${path}/${meeting.id}/meeting.ics`)).body))[0];
    await as('mentee', 'POST', `${path}/${meeting.id}/reschedule`, { localStart: `${year}-06-02T05:00`, timeZone: 'America/New_York' });
    const moved = parseCalendar(String((await as('mentee', 'GET', `${path}/${meeting.id}/meeting.ics`)).body))[0];
    await as('mentor', 'POST', `${path}/${meeting.id}/cancel`, { reason: 'Conference week' });
    const cancelledText = String((await as('mentee', 'GET', `${path}/${meeting.id}/meeting.ics`)).body);
    const cancelled = parseCalendar(cancelledText)[0];
    assert.ok(first && moved && cancelled);
    assert.equal(first.uid, moved.uid);
    assert.equal(moved.uid, cancelled.uid);
    assert.deepEqual([first.sequence, moved.sequence, cancelled.sequence], [0, 1, 2]);
    assert.equal(moved.start.toISOString(), `${year}-06-02T09:00:00.000Z`);
    assert.equal(cancelled.status, 'CANCELLED');
    assert.match(first.description, /Quarterly plan/);
    assert.match(cancelledText, /METHOD:PUBLISH/);
  });

  test('a private feed by token, without a session: all my meetings across relationships, no agendas; revocation kills it', async () => {
    const agenda = 'Feed-secret agenda words';
    const mine = withSchema(
      await as('mentee', 'POST', meetingsOf(pair.relationshipId), {
        localStart: `${year}-04-01T09:00`,
        timeZone: 'America/New_York',
        durationMinutes: 30,
        channel: 'phone',
        agenda,
      }),
      MeetingSchema,
    ).body;
    const other = withSchema(
      await as('secondMentee', 'POST', meetingsOf(second.relationshipId), {
        startsAt: `${year}-04-02T09:00:00Z`,
        durationMinutes: 30,
        channel: 'email',
      }),
      MeetingSchema,
    ).body;

    assert.deepEqual((await as('mentor', 'GET', '/api/v1/me/calendar-feed')).body, {
      active: false,
      createdAt: null,
    });
    const created = withSchema(await as('mentor', 'POST', '/api/v1/me/calendar-feed'), CreatedCalendarFeedSchema);
    assert.equal(created.status, 201);
    assert.match(created.body.url, /^https:\/\/mentoring\.example\.org\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    assert.equal(withSchema(await as('mentor', 'GET', '/api/v1/me/calendar-feed'), CalendarFeedStatusSchema).body.active, true);

    const feed = await call(t.app, 'GET', feedPath(created.body.url));
    assert.equal(feed.status, 200);
    const events = parseCalendar(String(feed.body));
    const uids = events.map((e) => e.uid);
    assert.ok(uids.includes(`meeting-${mine.id}@constellation`) && uids.includes(`meeting-${other.id}@constellation`));
    assert.equal(events.find((e) => e.uid === `meeting-${mine.id}@constellation`)?.start.toISOString(), mine.startsAt);
    assert.ok(!String(feed.body).includes(agenda), 'agendas stay out of feeds');
    const etag = feed.headers.get('etag');
    assert.ok(etag);
    assert.equal((await call(t.app, 'GET', feedPath(created.body.url), undefined, { headers: { 'if-none-match': etag } })).status, 304);

    const menteeFeed = withSchema(await as('mentee', 'POST', '/api/v1/me/calendar-feed'), CreatedCalendarFeedSchema);
    const menteeUids = parseCalendar(String((await call(t.app, 'GET', feedPath(menteeFeed.body.url))).body)).map((e) => e.uid);
    assert.ok(menteeUids.includes(`meeting-${mine.id}@constellation`));
    assert.ok(!menteeUids.includes(`meeting-${other.id}@constellation`), 'another relationship’s meetings stay out');

    const replaced = withSchema(await as('mentor', 'POST', '/api/v1/me/calendar-feed'), CreatedCalendarFeedSchema);
    assert.equal((await call(t.app, 'GET', feedPath(created.body.url))).status, 404, 'a new feed replaces the old one');
    assert.equal((await call(t.app, 'GET', feedPath(replaced.body.url))).status, 200);
    assert.equal((await as('mentor', 'DELETE', '/api/v1/me/calendar-feed')).status, 204);
    const revoked = await call(t.app, 'GET', feedPath(replaced.body.url));
    assert.equal(revoked.status, 404);
    assert.ok(!String(JSON.stringify(revoked.body)).includes('BEGIN:VCALENDAR'));
    assert.equal((await as('mentor', 'DELETE', '/api/v1/me/calendar-feed')).status, 404);
    assert.equal((await call(t.app, 'GET', `/api/v1/calendar-feeds/${'A'.repeat(43)}.ics`)).status, 404);
    assert.equal((await call(t.app, 'GET', '/api/v1/calendar-feeds/short.ics')).status, 422);
    assert.equal((await call(t.app, 'POST', '/api/v1/me/calendar-feed')).status, 401);
  });
});
