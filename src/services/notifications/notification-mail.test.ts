import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import type { NotificationCategory } from '../../../shared/schemas/notifications.ts';
import { insertEmailUnsubscribe } from '../../db/repositories/email-unsubscribe.repository.ts';
import { notificationPreferences, notifications, outboxMessages, people } from '../../db/schema/index.ts';
import type { Person } from '../../domain/person.ts';
import { makeOrganization, makePerson } from '../../testing/factories.ts';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { ServiceContext } from '../context.ts';
import { deliverOutbox } from '../email/deliver-outbox.ts';
import { closeMailTransports } from '../email/smtp-transport.ts';
import { sendNotificationDigests } from './notification-mail-digest.ts';
import { bridgeNotificationsToEmail } from './notification-mail.ts';
import { notify } from './notify.ts';

const publicUrl = 'https://mentoring.example.org';
const zone = 'America/New_York'; // UTC-5 in January
/** Wednesday 6 January 2027, `hh:mm` in New York. */
const newYork = (day: number, time: string) => new Date(`2027-01-${String(day).padStart(2, '0')}T${time}:00-05:00`);

describe('notifications by email: immediate, digests, the daily cap', { timeout: 120_000 }, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ctx: ServiceContext;
  let organizationId: string;
  let clock = newYork(6, '10:00');
  let read = 0;
  let counter = 0;

  async function personIn(timeZone: string | null = zone): Promise<Person> {
    const person = await makePerson(t.ctx, organizationId);
    await t.ctx.db.update(people).set({ timeZone }).where(eq(people.id, person.id));
    return person;
  }

  /** Notifies `person` (at the test clock's time) and answers the title. */
  async function tell(person: Person, category: NotificationCategory, title?: string): Promise<string> {
    counter += 1;
    const text = title ?? `Event ${counter} for you`;
    const eventKey = `test:${counter}`;
    await notify(ctx.db, {
      organizationId,
      personId: person.id,
      kind: `test_${category}`,
      category,
      title: text,
      body: `Body of ${text}`,
      link: `/relationships/${counter}`,
      eventKey,
    });
    // Written at the test clock's time, in the order told.
    await ctx.db
      .update(notifications)
      .set({ createdAt: new Date(clock.getTime() + counter) })
      .where(and(eq(notifications.personId, person.id), eq(notifications.eventKey, eventKey)));
    return text;
  }

  /** Bridges, sends the digests due, delivers, and answers the mail that arrived since (to `person` only, when given). */
  async function run(person?: Person): Promise<ParsedMail[]> {
    await bridgeNotificationsToEmail(ctx);
    await sendNotificationDigests(ctx);
    let sent = 0;
    for (let report = await deliverOutbox(ctx); report.claimed > 0; report = await deliverOutbox(ctx)) sent += report.sent;
    const arrived = await sink.waitForCount(read + sent);
    const fresh = arrived.slice(read);
    read = arrived.length;
    return person ? fresh.filter((mail) => mail.text?.includes(`Hello ${person.displayName},`)) : fresh;
  }

  async function statesOf(person: Person) {
    const rows = await ctx.db
      .select({ title: notifications.title, state: notifications.emailState })
      .from(notifications)
      .where(eq(notifications.personId, person.id));
    return new Map(rows.map((row) => [row.title, row.state]));
  }

  before(async () => {
    t = await openTestApp({ publicUrl });
    sink = await startSmtpSink();
    ctx = { ...t.ctx, now: () => clock, email: { smtpUrl: sink.url, from: 'Constellation <mentoring@example.org>', publicUrl } };
    organizationId = (await makeOrganization(t.ctx)).id;
  });
  after(async () => {
    closeMailTransports();
    await sink.close();
    await t.handle.close();
  });

  test('an immediate notification arrives once, as its own email, with its time in the recipient zone', async () => {
    clock = newYork(6, '10:00');
    const ana = await personIn('Asia/Tokyo');
    const title = await tell(ana, 'requests', 'Bo <b>Li</b> sent you a mentor request');
    const [mail, ...others] = await run(ana);
    assert.equal(others.length, 0);
    assert.ok(mail);
    assert.equal(mail.subject, title);
    assert.match(mail.text ?? '', /Body of Bo <b>Li<\/b> sent you a mentor request/);
    assert.match(mail.text ?? '', /When: \w{3} \d+ \w{3} 202\d, \d\d:\d\d \(Asia\/Tokyo\)/);
    assert.ok(mail.text?.includes(`Open in Constellation: ${publicUrl}/relationships/${counter}`));
    assert.match(mail.text ?? '', /mentor requests notifications .* on your profile/);
    assert.ok(String(mail.html).includes('Bo &#60;b&#62;Li&#60;/b&#62;'), 'the title is escaped in HTML');
    assert.ok(
      mail.headerLines.some((line) => line.key === 'list-unsubscribe'),
      'a request email can be unsubscribed from',
    );
    assert.equal((await statesOf(ana)).get(title), 'sent');
    assert.deepEqual(await run(ana), [], 'a second run sends nothing again');
  });

  test('a daily-mode notification arrives only in the digest, at 08:00 local, once', async () => {
    clock = newYork(6, '11:00');
    const bo = await personIn();
    const title = await tell(bo, 'activity', 'Cy logged a touch point');
    assert.deepEqual(await run(bo), [], 'activity waits for the daily digest');
    assert.equal((await statesOf(bo)).get(title), 'digest');
    clock = newYork(7, '07:59');
    assert.deepEqual(await run(bo), [], 'not before 08:00 in New York');
    clock = newYork(7, '08:00');
    const [digest, ...others] = await run(bo);
    assert.equal(others.length, 0);
    assert.ok(digest);
    assert.equal(digest.subject, 'Your daily digest: 1 new notification');
    assert.ok(
      digest.text?.includes(`- ${title} (Wed 6 Jan 2027, 11:00 (America/New_York)): ${publicUrl}/relationships/${counter}`),
      digest.text,
    );
    assert.ok(String(digest.html).includes(`<a href="${publicUrl}/relationships/${counter}">`));
    assert.equal((await statesOf(bo)).get(title), 'digested');
    clock = newYork(7, '08:40');
    await tell(bo, 'activity', 'Cy added a goal');
    assert.deepEqual(await run(bo), [], 'one digest a day: the new item waits for tomorrow');
    clock = newYork(8, '08:30');
    const [next] = await run(bo);
    assert.ok(next?.text?.includes('Cy added a goal'));
    assert.ok(!next?.text?.includes('Cy logged a touch point'), 'only what is new');
    clock = newYork(9, '08:30');
    assert.deepEqual(await run(bo), [], 'nothing new, no digest');
    const keys = await ctx.db
      .select({ key: outboxMessages.idempotencyKey })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.recipientPersonId, bo.id), like(outboxMessages.idempotencyKey, 'digest:%')));
    assert.deepEqual(keys.map((k) => k.key).sort(), [`digest:${bo.id}:2027-01-07`, `digest:${bo.id}:2027-01-08`]);
  });

  test('the fourth immediate email of a day waits for the digest; account email is never held nor counted', async () => {
    clock = newYork(11, '10:00');
    const cy = await personIn();
    const titles: string[] = [];
    for (let i = 1; i <= 5; i += 1) titles.push(await tell(cy, 'meetings', `Meeting ${i} proposed`));
    const account = await tell(cy, 'account', 'Your password was changed');
    const first = await run(cy);
    assert.deepEqual(first.map((m) => m.subject).sort(), [account, ...titles.slice(0, 3)].sort());
    const accountMail = first.find((m) => m.subject === account);
    assert.ok(accountMail, 'the account email went out at once');
    assert.ok(!accountMail.headerLines.some((line) => line.key === 'list-unsubscribe'), 'account email has no unsubscribe');
    assert.ok(
      first.find((m) => m.subject === titles[0])?.headerLines.some((line) => line.key === 'list-unsubscribe'),
      'a meeting email has one',
    );
    clock = newYork(11, '23:30');
    const late = await tell(cy, 'meetings', 'Meeting 6 proposed');
    assert.deepEqual(await run(cy), [], 'still the same day in New York: held');
    assert.equal((await statesOf(cy)).get(late), 'digest');
    clock = newYork(12, '08:01');
    const [digest, ...others] = await run(cy);
    assert.equal(others.length, 0);
    for (const held of [titles[3], titles[4], late]) assert.ok(digest?.text?.includes(`- ${held} (`), `${held} in the digest`);
    assert.ok(!digest?.text?.includes('- Meeting 1 proposed'));
    clock = newYork(12, '09:00');
    const fresh = await tell(cy, 'meetings', 'Meeting 7 proposed');
    assert.deepEqual(
      (await run(cy)).map((m) => m.subject),
      [fresh],
      'a new day: immediate again',
    );
  });

  test('a category turned off sends nothing, now or in a digest; an unsubscribed category sends nothing', async () => {
    clock = newYork(13, '10:00');
    const di = await personIn(null);
    await ctx.db.insert(notificationPreferences).values({ organizationId, personId: di.id, category: 'meetings', email: 'off' });
    await insertEmailUnsubscribe(ctx.db, organizationId, di.id, 'requests');
    const off = await tell(di, 'meetings', 'A meeting nobody emails');
    const unsubscribed = await tell(di, 'requests', 'A request nobody emails');
    const daily = await tell(di, 'activity', 'Activity for the digest');
    assert.deepEqual(await run(di), []);
    const states = await statesOf(di);
    assert.equal(states.get(off), 'skipped');
    assert.equal(states.get(unsubscribed), 'skipped');
    assert.equal(states.get(daily), 'digest');
    // Turned off after it was held: it is skipped at digest time, and no digest goes out.
    await insertEmailUnsubscribe(ctx.db, organizationId, di.id, 'activity');
    clock = new Date('2027-01-14T08:00:00Z'); // UTC: no time zone set
    assert.deepEqual(await run(di), []);
    assert.equal((await statesOf(di)).get(daily), 'skipped');
  });

  test('weekly items wait for Monday 08:00', async () => {
    clock = newYork(14, '10:00'); // Thursday
    const ed = await personIn();
    await ctx.db.insert(notificationPreferences).values({ organizationId, personId: ed.id, category: 'nudges', email: 'weekly' });
    const weekly = await tell(ed, 'nudges', 'No touch point for 30 days');
    clock = newYork(15, '08:00');
    assert.deepEqual(await run(ed), [], 'Friday: no weekly digest');
    clock = newYork(18, '08:10');
    const [digest] = await run(ed);
    assert.equal(digest?.subject, 'Your weekly digest: 1 new notification');
    assert.ok(digest?.text?.includes(weekly));
  });

  test('two passes at once never pass the cap together', async () => {
    clock = newYork(20, '10:00');
    const fay = await personIn();
    for (let i = 1; i <= 6; i += 1) await tell(fay, 'meetings', `Concurrent meeting ${i}`);
    const passes = await Promise.all([
      bridgeNotificationsToEmail(ctx, { batchSize: 3 }),
      bridgeNotificationsToEmail(ctx, { batchSize: 3 }),
    ]);
    assert.equal(
      passes.reduce((sum, pass) => sum + pass.sent, 0),
      3,
    );
    const states = [...(await statesOf(fay)).values()];
    assert.deepEqual(states.sort(), ['digest', 'digest', 'digest', 'sent', 'sent', 'sent']);
    assert.deepEqual((await run(fay)).map((m) => m.subject).sort(), [
      'Concurrent meeting 1',
      'Concurrent meeting 2',
      'Concurrent meeting 3',
    ]);
  });

  test('a rerun after a stop between batches sends nothing twice', async () => {
    clock = newYork(21, '10:00');
    const recipients = await Promise.all(Array.from({ length: 40 }, () => personIn()));
    for (const person of recipients) for (let i = 0; i < 3; i += 1) await tell(person, 'requests');
    const stop = new AbortController();
    const first = await bridgeNotificationsToEmail(ctx, { batchSize: 50, signal: stop.signal, afterBatch: () => stop.abort() });
    assert.deepEqual(first, { batches: 1, sent: 50, held: 0, skipped: 0 });
    const rest = await bridgeNotificationsToEmail(ctx, { batchSize: 50 });
    assert.deepEqual(rest, { batches: 2, sent: 70, held: 0, skipped: 0 });
    assert.equal((await bridgeNotificationsToEmail(ctx, { batchSize: 50 })).batches, 0);
    const ids = recipients.map((p) => p.id);
    const queued = await ctx.db
      .select({ key: outboxMessages.idempotencyKey })
      .from(outboxMessages)
      .where(inArray(outboxMessages.recipientPersonId, ids));
    assert.equal(queued.length, 120);
    assert.equal(new Set(queued.map((q) => q.key)).size, 120);
    const arrived = await run();
    assert.equal(arrived.length, 120);
    assert.equal(new Set(arrived.map((m) => m.messageId)).size, 120, 'each arrived once');
  });
});
