import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { people } from '../src/db/schema/index.ts';
import { demoAdmin, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { queueEmail } from '../src/services/email/queue-email.ts';
import { signUnsubscribeToken } from '../src/services/email/unsubscribe-token.ts';
import { isUnsubscribed } from '../src/services/email/unsubscribes.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

describe('outbox journey', { skip: skipWithoutChromium(), timeout: 90_000 }, () => {
  const environment = useServerAndBrowser();

  test('an admin reads a queued email on the Outbox page (not sent: no mail server); its recipient unsubscribes without signing in', async () => {
    const { server, browser } = environment();
    const recipient = demoMentees[0];
    assert.ok(recipient);
    const [person] = await server.ctx.db.select().from(people).where(eq(people.email, recipient.email));
    assert.ok(person);
    await queueEmail(server.ctx, server.ctx.db, {
      organizationId: person.organizationId,
      recipient: { personId: person.id, address: person.email, name: person.displayName },
      kind: 'meeting_proposed',
      category: 'meetings',
      idempotencyKey: `e2e-outbox:${person.id}`,
      content: {
        subject: 'Ben proposed a meeting <b>Thursday</b>',
        headline: 'Ben proposed a meeting',
        paragraphs: ['Thursday at 10:00, on video.', { text: 'Agenda: MARKER-agenda', confidential: true }],
        action: { label: 'Open the meeting', path: '/relationships/1' },
        reason: 'You are in a mentoring relationship.',
      },
    });

    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, demoAdmin.email, demoPassword);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Outbox' }).click();
    await waitForPath(page, '/admin/outbox');
    const row = page.getByRole('row').filter({ hasText: 'Ben proposed a meeting <b>Thursday</b>' });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Not sent: no mail server configured/);
    assert.match((await row.textContent()) ?? '', new RegExp(recipient.displayName));
    await screenshot(page, 'outbox-01-list');

    await row.getByRole('button', { name: 'Ben proposed a meeting <b>Thursday</b>' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Thursday at 10:00, on video.').waitFor();
    const text = (await dialog.textContent()) ?? '';
    assert.doesNotMatch(text, /MARKER-agenda/, 'the agenda is the recipient’s alone');
    assert.match(text, /Open the meeting: \(link withheld in the Outbox\)/);
    await screenshot(page, 'outbox-02-message');
    assert.deepEqual(errors, [], 'no console errors');

    const token = signUnsubscribeToken(server.ctx.secret, {
      organizationId: person.organizationId,
      personId: person.id,
      category: 'meetings',
    });
    const anonymous = await newPage(browser);
    const anonymousErrors = collectPageErrors(anonymous);
    await anonymous.goto(`${server.url}/unsubscribe/${token}`);
    await anonymous.getByText('Stop emails about').waitFor();
    await screenshot(anonymous, 'outbox-03-unsubscribe');
    await anonymous.getByRole('button', { name: 'Unsubscribe from meetings' }).click();
    await anonymous.getByText('You will get no more emails about meetings.').waitFor();
    assert.equal(await isUnsubscribed(server.ctx.db, person.organizationId, person.id, 'meetings'), true);
    assert.equal(await isUnsubscribed(server.ctx.db, person.organizationId, person.id, 'requests'), false);
    await screenshot(anonymous, 'outbox-04-unsubscribed');
    assert.deepEqual(anonymousErrors, [], 'no console errors');
  });
});
