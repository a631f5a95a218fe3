import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { PersonalDataSchema } from '../../../shared/schemas/privacy.ts';
import {
  MarkNotificationsReadResultSchema,
  NotificationPageSchema,
  NotificationPreferencesSchema,
} from '../../../shared/schemas/notifications.ts';
import type { Person } from '../../domain/person.ts';
import { emailModeFor } from '../../services/notifications/notification-preferences.service.ts';
import { notify, type NotificationMessage } from '../../services/notifications/notify.ts';
import { makeOrganization, makePerson, testPassword } from '../../testing/factories.ts';
import { call, fieldIssuesOf, signInAs, withSchema } from '../../testing/http-client.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

describe('my notifications and notification preferences', { timeout: 120_000 }, () => {
  let t: TestApp;
  let organizationId: string;
  let reader: Person;
  let other: Person;
  const cookies: Record<'reader' | 'other' | 'outsider', string> = { reader: '', other: '', outsider: '' };
  const as = (who: keyof typeof cookies) => (method: string, path: string, json?: unknown) =>
    call(t.app, method, `/api/v1${path}`, json, { cookie: cookies[who] });
  const message = (personId: string, key: string, overrides: Partial<NotificationMessage> = {}): NotificationMessage => ({
    organizationId,
    personId,
    kind: 'test_event',
    category: 'activity',
    title: `Event ${key}`,
    link: '/network',
    eventKey: key,
    ...overrides,
  });
  const count = async (query: ReturnType<typeof sql>) =>
    ((await t.ctx.db.execute(query)) as unknown as { rows: { n: number }[] }).rows[0]?.n ?? -1;

  before(async () => {
    t = await openTestApp();
    organizationId = (await makeOrganization(t.ctx)).id;
    reader = await makePerson(t.ctx, organizationId, { name: 'Notified Reader' });
    other = await makePerson(t.ctx, organizationId, { name: 'Someone Else' });
    const outsider = await makePerson(t.ctx, (await makeOrganization(t.ctx, 'Elsewhere')).id);
    cookies.reader = await signInAs(t.app, reader.email, testPassword);
    cookies.other = await signInAs(t.app, other.email, testPassword);
    cookies.outsider = await signInAs(t.app, outsider.email, testPassword);
  });
  after(() => t.handle.close());

  test('a page of my own, newest first, every one once while more arrive, with the unread count', async () => {
    // One transaction: every row has the same created time, so the order falls back to the id.
    await t.ctx.db.transaction((trx) =>
      notify(
        trx,
        Array.from({ length: 60 }, (_, i) => message(reader.id, `batch:${i}`)),
      ),
    );
    await notify(t.ctx.db, message(other.id, 'theirs', { title: 'NOT-FOR-READER' }));
    const first = withSchema(await as('reader')('GET', '/me/notifications?limit=5'), NotificationPageSchema);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.unreadCount, 60);
    assert.equal(first.body.items.length, 5);
    assert.ok(first.body.nextCursor);
    let added = 0;
    const seen = await pageThrough(t.app, '/api/v1/me/notifications', cookies.reader, NotificationPageSchema, 7, async () => {
      if (added < 3) await notify(t.ctx.db, message(reader.id, `during:${added++}`));
    });
    const expected = (
      (await t.ctx.db.execute(
        sql`select id from notifications where person_id = ${reader.id} and event_key like 'batch:%'`,
      )) as unknown as {
        rows: { id: string }[];
      }
    ).rows.map((row) => row.id);
    assertEveryRowOnce(seen, expected, 'my notifications');
    const all = withSchema(await as('reader')('GET', '/me/notifications?limit=500'), NotificationPageSchema);
    assert.ok(!all.body.items.some((item) => item.title === 'NOT-FOR-READER'), 'another person’s notification never shows');
    const times = all.body.items.map((item) => item.createdAt);
    assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
    assert.equal(all.body.unreadCount, 63);
  });

  test('the same event never notifies twice; texts become one line; a link must stay inside the app', async () => {
    await notify(t.ctx.db, message(reader.id, 'once', { title: 'First\r\nBEGIN:VEVENT  telling', body: 'a\u2028b' }));
    await notify(t.ctx.db, message(reader.id, 'once', { title: 'Second telling' }));
    assert.equal(await count(sql`select count(*)::int as n from notifications where person_id = ${reader.id} and event_key = 'once'`), 1);
    const [row] = (
      (await t.ctx.db.execute(
        sql`select title, body from notifications where person_id = ${reader.id} and event_key = 'once'`,
      )) as unknown as {
        rows: { title: string; body: string }[];
      }
    ).rows;
    assert.deepEqual(row, { title: 'First BEGIN:VEVENT telling', body: 'a b' });
    for (const link of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/a b', '/a\nb']) {
      await assert.rejects(notify(t.ctx.db, message(reader.id, `bad:${link}`, { link })), /link/, link);
    }
    const long = await t.ctx.db.transaction(async (trx) => {
      await notify(trx, message(reader.id, 'long', { title: 'x'.repeat(1000) }));
      return (
        (await trx.execute(sql`select length(title)::int as n from notifications where event_key = 'long'`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n;
    });
    assert.equal(long, 200);
  });

  test('a notification written in a transaction that rolls back is gone with it', async () => {
    await assert.rejects(
      t.ctx.db.transaction(async (trx) => {
        await notify(trx, message(reader.id, 'rolled-back'));
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    assert.equal(await count(sql`select count(*)::int as n from notifications where event_key = 'rolled-back'`), 0);
  });

  test('?unread=true and marking read: my ids only, then all', async () => {
    const theirs = withSchema(await as('other')('GET', '/me/notifications'), NotificationPageSchema).body.items[0]?.id ?? '';
    const mine = withSchema(await as('reader')('GET', '/me/notifications?limit=3'), NotificationPageSchema).body.items.map(
      (item) => item.id,
    );
    const before = withSchema(await as('reader')('GET', '/me/notifications?limit=1'), NotificationPageSchema).body.unreadCount;
    const marked = withSchema(
      await as('reader')('POST', '/me/notifications/read', { ids: [...mine, theirs] }),
      MarkNotificationsReadResultSchema,
    );
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    assert.deepEqual(marked.body, { marked: 3, unreadCount: before - 3 });
    assert.equal(
      withSchema(await as('other')('GET', '/me/notifications'), NotificationPageSchema).body.unreadCount,
      1,
      'theirs stays unread',
    );
    const unread = withSchema(await as('reader')('GET', '/me/notifications?unread=true&limit=500'), NotificationPageSchema).body;
    assert.equal(unread.items.length, before - 3);
    assert.ok(unread.items.every((item) => item.readAt === null && !mine.includes(item.id)));
    const again = withSchema(await as('reader')('POST', '/me/notifications/read', { ids: mine }), MarkNotificationsReadResultSchema);
    assert.equal(again.body.marked, 0, 'read ones are not counted again');
    const all = withSchema(await as('reader')('POST', '/me/notifications/read', { all: true }), MarkNotificationsReadResultSchema);
    assert.deepEqual(all.body, { marked: before - 3, unreadCount: 0 });
    assert.equal(withSchema(await as('other')('GET', '/me/notifications'), NotificationPageSchema).body.unreadCount, 1);
    const outsider = withSchema(await as('outsider')('GET', '/me/notifications'), NotificationPageSchema).body;
    assert.deepEqual([outsider.items, outsider.unreadCount], [[], 0]);
  });

  test('bad input is a 422 naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/me/notifications/read', {}, 'ids'],
      ['POST', '/me/notifications/read', { ids: [], all: true }, 'ids'],
      ['POST', '/me/notifications/read', { ids: ['not-a-uuid'] }, 'ids.0'],
      ['POST', '/me/notifications/read', { ids: Array.from({ length: 501 }, () => reader.id) }, 'ids'],
      ['POST', '/me/notifications/read', { all: false }, 'all'],
      ['GET', '/me/notifications?limit=501', undefined, 'limit'],
      ['GET', '/me/notifications?unread=yes', undefined, 'unread'],
      ['GET', '/me/notifications?cursor=bm90LWEtY3Vyc29y', undefined, 'cursor'],
      ['PUT', '/me/notification-preferences', { email: { account: 'off' } }, 'email'],
      ['PUT', '/me/notification-preferences', { email: { nudges: 'hourly' } }, 'email.nudges'],
    ];
    for (const [method, path, body, field] of cases) {
      const response = await as('reader')(method, path, body);
      assert.equal(response.status, 422, `${method} ${path} ${JSON.stringify(body)?.slice(0, 80)}`);
      assert.ok(
        fieldIssuesOf(response).some((issue) => issue.field === field),
        `${path}: ${JSON.stringify(fieldIssuesOf(response))} should name ${field}`,
      );
    }
    assert.equal((await call(t.app, 'GET', '/api/v1/me/notifications')).status, 401);
  });

  test('preferences: defaults, stored only where they differ, account always immediate', async () => {
    const defaults = withSchema(await as('reader')('GET', '/me/notification-preferences'), NotificationPreferencesSchema).body;
    assert.deepEqual(
      defaults.categories.map((c) => `${c.category}:${c.email}:${c.changeable}`),
      [
        'account:immediate:false',
        'requests:immediate:true',
        'meetings:immediate:true',
        'activity:daily:true',
        'nudges:daily:true',
        'announcements:immediate:true',
      ],
    );
    const saved = withSchema(
      await as('reader')('PUT', '/me/notification-preferences', { email: { nudges: 'weekly', requests: 'off', meetings: 'immediate' } }),
      NotificationPreferencesSchema,
    );
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const modes = Object.fromEntries(saved.body.categories.map((c) => [c.category, c.email]));
    assert.deepEqual([modes.nudges, modes.requests, modes.meetings, modes.activity], ['weekly', 'off', 'immediate', 'daily']);
    const stored = sql`select count(*)::int as n from notification_preferences where person_id = ${reader.id}`;
    assert.equal(await count(stored), 2, 'a category left at its default keeps no row');
    assert.equal(await emailModeFor(t.ctx.db, organizationId, reader.id, 'nudges'), 'weekly');
    assert.equal(await emailModeFor(t.ctx.db, organizationId, reader.id, 'activity'), 'daily');
    assert.equal(await emailModeFor(t.ctx.db, organizationId, other.id, 'nudges'), 'daily', 'another person keeps the defaults');
    await as('reader')('PUT', '/me/notification-preferences', { email: { nudges: 'daily' } });
    assert.equal(await count(stored), 1, 'set back to its default, the row goes');
    // Even a row written behind the API's back cannot silence account email.
    await t.ctx.db.execute(
      sql`insert into notification_preferences (organization_id, person_id, category, email) values (${organizationId}, ${reader.id}, 'account', 'off')`,
    );
    assert.equal(await emailModeFor(t.ctx.db, organizationId, reader.id, 'account'), 'immediate');
    const read = withSchema(await as('reader')('GET', '/me/notification-preferences'), NotificationPreferencesSchema).body;
    assert.equal(read.categories.find((c) => c.category === 'account')?.email, 'immediate');
  });

  test('my data download carries my notifications and preferences, never another person’s', async () => {
    const data = withSchema(await as('reader')('GET', '/me/data-export'), PersonalDataSchema);
    assert.equal(data.status, 200);
    const titles = data.body.notifications.map((row) => row.title);
    assert.ok(titles.includes('Event batch:0'));
    assert.ok(!titles.includes('NOT-FOR-READER'));
    assert.ok(data.body.notifications.every((row) => row.personId === reader.id));
    assert.ok(data.body.notificationPreferences.some((row) => row.category === 'requests' && row.email === 'off'));
  });
});
