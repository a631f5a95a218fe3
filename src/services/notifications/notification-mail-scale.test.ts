import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, count, eq, sql } from 'drizzle-orm';
import { insertNotifications, type NewNotification } from '../../db/repositories/notification.repository.ts';
import { notifications, outboxMessages } from '../../db/schema/index.ts';
import { makeOrganization } from '../../testing/factories.ts';
import { countedDatabase } from '../../testing/counted-statements.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { bridgeNotificationsToEmail, notificationMailBatch } from './notification-mail.ts';
import { digestPeopleBatch, sendNotificationDigests } from './notification-mail-digest.ts';

/** 20,000 notifications on PostgreSQL; 4,000 on the embedded database (the same batches and bounds, a shorter suite). */
const peopleCount = process.env.DATABASE_URL ? 5000 : 1000;
/** Each person is told four things: two requests and a meeting (immediate: the three of the day) and an activity (daily). */
const perPerson = ['requests', 'requests', 'meetings', 'activity'] as const;

describe('the notification email bridge at scale', { timeout: 600_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp({ publicUrl: 'https://mentoring.example.org' });
  });
  after(() => t.handle.close());

  test(`${peopleCount * 4} notifications are bridged in passes of 2,000, and ${peopleCount} people’s digests paged, with bounded statements`, async () => {
    const organizationId = (await makeOrganization(t.ctx)).id;
    const ids = await t.ctx.db.execute(sql`
      insert into people (organization_id, email, display_name, time_zone)
      select ${organizationId}, 'scale-' || g || '@example.test', 'Scale Person ' || g, case when g % 2 = 0 then 'Europe/Paris' else null end
      from generate_series(1, ${peopleCount}) g returning id`);
    const personIds = (ids as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
    const rows: NewNotification[] = personIds.flatMap((personId, p) =>
      perPerson.map((category, i) => ({
        organizationId,
        personId,
        kind: 'scale_event',
        category,
        title: `Event ${i} for person ${p}`,
        body: null,
        link: `/requests/${p}`,
        eventKey: `scale:${p}:${i}`,
      })),
    );
    await insertNotifications(t.ctx.db, rows);

    const counted = countedDatabase(t.handle);
    const started = performance.now();
    const result = await bridgeNotificationsToEmail({ ...t.ctx, db: counted.db });
    const ms = performance.now() - started;
    const queries = counted.statements();
    const total = peopleCount * perPerson.length;
    console.log(`bridged ${total} notifications in ${Math.round(ms)} ms, ${result.batches} passes, ${queries} statements`);

    assert.deepEqual(result, { batches: total / notificationMailBatch, sent: peopleCount * 3, held: peopleCount, skipped: 0 });
    // A pass is a transaction of about fifteen statements however many notifications it holds.
    assert.ok(queries <= 1 + result.batches * 20, `${queries} statements`);
    assert.ok(ms < 240_000, `${Math.round(ms)} ms`);
    const [queued] = await t.ctx.db
      .select({ n: count() })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.organizationId, organizationId), eq(outboxMessages.kind, 'scale_event')));
    assert.equal(queued?.n, peopleCount * 3);
    const [pending] = await t.ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.organizationId, organizationId), eq(notifications.emailState, 'pending')));
    assert.equal(pending?.n, 0);

    // The next morning, 08:30 UTC: the 2,500 people without a time zone get their digest; Paris (09:30) does not.
    const morning = new Date(Date.now() + 24 * 60 * 60 * 1000);
    morning.setUTCHours(8, 30, 0, 0);
    const digestCounted = countedDatabase(t.handle);
    const digestStarted = performance.now();
    const digests = await sendNotificationDigests({ ...t.ctx, db: digestCounted.db, now: () => morning });
    const digestMs = performance.now() - digestStarted;
    console.log(
      `${digests.digests} digests of ${peopleCount} waiting people in ${Math.round(digestMs)} ms, ${digestCounted.statements()} statements`,
    );
    assert.deepEqual(digests, { digests: peopleCount / 2, listed: peopleCount / 2, skipped: 0 });
    assert.ok(digestCounted.statements() <= (peopleCount / digestPeopleBatch) * 12, `${digestCounted.statements()} statements`);
  });
});
