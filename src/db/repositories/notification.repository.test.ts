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
    await insertNotifications(
      t.ctx.db,
      Array.from({ length: 6 }, (_, i) => row(quiet, i)),
    );
    // The busy colleague has read all but one (written read: an UPDATE would leave dead entries
    // in the unread index until a vacuum, and on a table this small the planner then rightly
    // scans the table instead).
    await t.ctx.db.execute(sql`
      insert into notifications (organization_id, person_id, kind, category, title, link, event_key, read_at)
      select ${organizationId}, ${busy}, 'test_event', 'activity', 'Event ' || i, '/network', 'event:' || i, case when i = 7 then null else now() end
      from generate_series(0, ${crowd - 1}) as i`);
  });
  after(() => t.handle.close());

  for (const statistics of ['without statistics', 'after ANALYZE']) {
    test(`a page of 3, the unread ones and the count, ${statistics}`, async () => {
      if (statistics === 'after ANALYZE') await t.ctx.db.execute(sql`analyze notifications`);
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
