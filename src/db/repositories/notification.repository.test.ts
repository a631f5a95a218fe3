import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { NotificationQuery } from '../../../shared/schemas/notifications.ts';
import { countExaminedRows } from '../../testing/examined-rows.ts';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertNotifications, listNotificationsOfPerson, notificationPageQuery, unreadCountQuery } from './notification.repository.ts';

const crowd = 3000;

/** A person's page and unread count read their own rows, not a busy colleague's (indexes leading with organization and person). */
describe('reading a person’s notifications beside a colleague with thousands', { timeout: 120_000 }, () => {
  let t: TestApp;
  let organizationId: string;
  let quiet: string;
  let busy: string;

  before(async () => {
    t = await openTestApp();
    organizationId = (await makeOrganization(t.ctx)).id;
    quiet = (await makePerson(t.ctx, organizationId)).id;
    busy = (await makePerson(t.ctx, organizationId)).id;
    const row = (personId: string, i: number) => ({
      organizationId,
      personId,
      kind: 'test_event',
      category: 'activity' as const,
      title: `Event ${i}`,
      body: null,
      link: '/network',
      eventKey: `event:${i}`,
    });
    await insertNotifications(t.ctx.db, [
      ...Array.from({ length: crowd }, (_, i) => row(busy, i)),
      ...Array.from({ length: 6 }, (_, i) => row(quiet, i)),
    ]);
    // Most of the busy colleague's are read, so the unread index and the whole list differ.
    await t.ctx.db.execute(sql`update notifications set read_at = now() where person_id = ${busy} and title <> 'Event 7'`);
  });
  after(() => t.handle.close());

  // Every notification enters the unread index and leaves it when read, so until a VACUUM the
  // index still holds the read ones' dead entries: ANALYZE alone on a table this small (120
  // pages) rightly prefers a scan of the table. Autovacuum does this in production.
  for (const statistics of ['without statistics', 'after VACUUM ANALYZE']) {
    test(`a page of 3, the unread ones and the count, ${statistics}`, async () => {
      if (statistics === 'after VACUUM ANALYZE') await t.ctx.db.execute(sql`vacuum analyze notifications`);
      const first: NotificationQuery = { limit: 3, unread: false };
      const next = (await listNotificationsOfPerson(t.ctx.db, organizationId, quiet, first)).nextCursor ?? undefined;
      assert.ok(next);
      for (const query of [first, { ...first, cursor: next }, { limit: 3, unread: true }] as NotificationQuery[]) {
        const { examined, plan } = await countExaminedRows(
          t.ctx.db,
          notificationPageQuery(t.ctx.db, organizationId, quiet, query).getSQL(),
        );
        assert.ok(examined <= 12, `${examined} rows examined for a page of 3: ${plan}`);
      }
      const count = await countExaminedRows(t.ctx.db, unreadCountQuery(t.ctx.db, organizationId, busy).getSQL());
      assert.ok(count.examined <= 5, `${count.examined} rows examined to count 1 unread among ${crowd}: ${count.plan}`);
      const page = await countExaminedRows(
        t.ctx.db,
        notificationPageQuery(t.ctx.db, organizationId, busy, { limit: 3, unread: true }).getSQL(),
      );
      assert.ok(page.examined <= 5, `${page.examined} rows examined for the one unread among ${crowd}: ${page.plan}`);
    });
  }
});
