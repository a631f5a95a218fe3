import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MeetingPageSchema, type MeetingStatus } from '../../../shared/schemas/index.ts';
import { meetings } from '../../db/schema/index.ts';
import { call, fieldIssuesOf } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { makePairSessions, type PairSessions } from '../../testing/pair-sessions.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

const day = 86_400_000;
const upcomingStatuses: MeetingStatus[] = ['proposed', 'accepted'];
const pastStatuses: MeetingStatus[] = ['held', 'missed', 'cancelled'];

/** A pair's meetings as two paged lists: upcoming soonest first, past newest first, keyset on (start, id). */
describe('a relationship’s meetings, paged', { timeout: 60_000 }, () => {
  let t: TestApp;
  let s: PairSessions;
  let path: string;
  let counter = 0;

  before(async () => {
    t = await openTestApp();
    s = await makePairSessions(t);
    path = `/api/v1/relationships/${s.relationshipId}/meetings`;
  });
  after(() => t.handle.close());

  // Meetings `days` from now, cycling through `statuses`; every third one shares its start with the
  // one before, so the order falls back to the id, and the cursor must too.
  const plant = async (days: number[], statuses: MeetingStatus[]) => {
    const rows = await t.ctx.db
      .insert(meetings)
      .values(
        days.map((offset, i) => ({
          organizationId: s.organizationId,
          relationshipId: s.relationshipId,
          proposedById: s.mentee.id,
          startsAt: new Date(t.ctx.now().getTime() + offset * day + (i % 3 === 2 ? -day : 0)),
          durationMinutes: 30,
          timeZone: 'UTC',
          channel: 'phone' as const,
          status: statuses[i % statuses.length] ?? 'proposed',
          agenda: `meeting ${counter++}`,
        })),
      )
      .returning({ id: meetings.id, startsAt: meetings.startsAt });
    return rows;
  };
  const byStart = (a: { startsAt: Date; id: string }, b: { startsAt: Date; id: string }) =>
    a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  test('every meeting once across pages, in each list’s order, while meetings are added between pages', async () => {
    const upcoming = await plant([1, 2, 3, 3, 5, 8, 13, 13, 21, 30, 40], upcomingStatuses);
    const past = await plant([-1, -2, -3, -3, -5, -8, -13, -13, -21, -30], pastStatuses);
    const seenUpcoming = await pageThrough(t.app, `${path}?when=upcoming`, s.cookies.mentee, MeetingPageSchema, 3, async () => {
      await plant([0.5, 25, 60], upcomingStatuses);
    });
    assertEveryRowOnce(
      seenUpcoming,
      upcoming.map((m) => m.id),
      'upcoming',
    );
    const seenPast = await pageThrough(t.app, `${path}?when=past`, s.cookies.mentor, MeetingPageSchema, 4, async () => {
      await plant([-0.5, -10, -60], pastStatuses);
    });
    assertEveryRowOnce(
      seenPast,
      past.map((m) => m.id),
      'past',
    );

    const whole = async (when: string) =>
      (await call(t.app, 'GET', `${path}?when=${when}&limit=500`, undefined, { schema: MeetingPageSchema, cookie: s.cookies.mentee })).body;
    const allUpcoming = await whole('upcoming');
    const allPast = await whole('past');
    assert.ok(
      allUpcoming.items.every((m) => upcomingStatuses.includes(m.status)),
      'upcoming holds proposed and accepted only',
    );
    assert.ok(
      allPast.items.every((m) => pastStatuses.includes(m.status)),
      'past holds held, missed and cancelled only',
    );
    const asRows = (items: Array<{ id: string; startsAt: string }>) => items.map((m) => ({ id: m.id, startsAt: new Date(m.startsAt) }));
    assert.deepEqual(
      allUpcoming.items.map((m) => m.id),
      asRows(allUpcoming.items)
        .sort(byStart)
        .map((m) => m.id),
      'upcoming: soonest first',
    );
    assert.deepEqual(
      allPast.items.map((m) => m.id),
      asRows(allPast.items)
        .sort(byStart)
        .reverse()
        .map((m) => m.id),
      'past: newest first',
    );
    const upcomingSeen = new Set(seenUpcoming);
    const pastSeen = new Set(seenPast);
    assert.deepEqual(
      seenUpcoming,
      allUpcoming.items.map((m) => m.id).filter((id) => upcomingSeen.has(id)),
      'pages follow the order',
    );
    assert.deepEqual(
      seenPast,
      allPast.items.map((m) => m.id).filter((id) => pastSeen.has(id)),
      'pages follow the order',
    );
    assert.ok(allUpcoming.suggestedQuestions.length > 0, 'every page carries the suggested open questions');
    const first = (await call(t.app, 'GET', `${path}?limit=2`, undefined, { schema: MeetingPageSchema, cookie: s.cookies.mentee })).body;
    assert.deepEqual(
      first.items.map((m) => m.id),
      allUpcoming.items.slice(0, 2).map((m) => m.id),
      'upcoming is the default list',
    );
    assert.ok(first.nextCursor);
  });

  test('limit over 500, a cursor not of this list and an unknown list are 422 naming the field', async () => {
    await plant([1, 2, 3], upcomingStatuses);
    const as = (query: string) => call(t.app, 'GET', `${path}?${query}`, undefined, { cookie: s.cookies.mentee });
    const fieldOf = async (query: string) => {
      const response = await as(query);
      assert.equal(response.status, 422, `${query}: ${JSON.stringify(response.body)}`);
      return fieldIssuesOf(response)[0]?.field;
    };
    assert.equal(await fieldOf('limit=501'), 'limit');
    assert.equal(await fieldOf('limit=0'), 'limit');
    assert.equal(await fieldOf('cursor=not-ours'), 'cursor');
    assert.equal(await fieldOf(`cursor=${Buffer.from('["upcoming",1]').toString('base64url')}`), 'cursor');
    assert.equal(await fieldOf('when=someday'), 'when');
    const upcomingCursor = (await call(t.app, 'GET', `${path}?limit=1`, undefined, { schema: MeetingPageSchema, cookie: s.cookies.mentee }))
      .body.nextCursor;
    assert.ok(upcomingCursor);
    assert.equal(await fieldOf(`when=past&cursor=${upcomingCursor}`), 'cursor');
    assert.equal((await as('limit=500')).status, 200);
    for (const who of ['coordinator', 'admin', 'third', 'outsider'] as const) {
      assert.equal((await call(t.app, 'GET', path, undefined, { cookie: s.cookies[who] })).status, 404, who);
    }
  });
});
