import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import type { Actor } from '../src/domain/person.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { sendMentorRequest } from '../src/services/requests/send-mentor-request.service.ts';
import { collectPageErrors, newPage, resultsDir, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

/** The demo person with this address, as an actor of the demo organization. */
async function actorByEmail(ctx: ServiceContext, email: string): Promise<Actor> {
  const found = (await ctx.db.execute(
    sql`select id, organization_id, organization_role from people where email = ${email}`,
  )) as unknown as {
    rows: { id: string; organization_id: string; organization_role: Actor['organizationRole'] }[];
  };
  const row = found.rows[0];
  if (!row) throw new Error(`no demo person ${email}`);
  return { personId: row.id, organizationId: row.organization_id, organizationRole: row.organization_role };
}

/** A mentee asks the mentor for help, through the service (the event that notifies the mentor). */
async function askForHelp(ctx: ServiceContext, menteeEmail: string, mentorId: string, need: string): Promise<void> {
  await sendMentorRequest(ctx, await actorByEmail(ctx, menteeEmail), {
    mentorId,
    kind: 'area',
    message: 'Could you help me for three months?',
    need: { text: need, functions: ['coaching'] },
    frequency: 'Every two weeks',
    investment: 'I will set the agenda.',
    planNeedIds: [],
  });
}

describe('notification centre journey', { skip: skipWithoutChromium(), timeout: 180_000 }, () => {
  const environment = useServerAndBrowser();

  test('the bell counts what is new, the list links to it and marks it read, and the profile sets email preferences, at 1280 and 390 px', async () => {
    const { server, browser } = environment();
    const mentor = demoMentors[3];
    const [first, second] = [demoMentees[4], demoMentees[5]];
    if (!mentor || !first || !second) throw new Error('demo people exist');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, mentor.email, demoPassword);
    const bell = page.getByRole('link', { name: /^Notifications, / });
    await page.getByRole('link', { name: 'Notifications, none unread' }).waitFor();

    const mentorId = (await actorByEmail(server.ctx, mentor.email)).personId;
    await askForHelp(server.ctx, first.email, mentorId, 'Giving feedback');
    await askForHelp(server.ctx, second.email, mentorId, 'Planning a roadmap');
    // A new page reads the count again.
    await page.getByRole('link', { name: 'My network' }).click();
    await page.getByRole('link', { name: 'Notifications, 2 unread' }).waitFor();
    await screenshot(page, 'notifications-01-bell-1280');

    await bell.click();
    await waitForPath(page, '/notifications');
    const list = page.getByRole('list', { name: 'Notifications' });
    const newest = list.getByRole('listitem').filter({ hasText: `${second.displayName} sent you a mentor request` });
    await newest.waitFor();
    await list
      .getByRole('listitem')
      .filter({ hasText: `${first.displayName} sent you a mentor request` })
      .waitFor();
    await screenshot(page, 'notifications-02-list-1280');

    await newest.getByRole('button', { name: 'Mark read' }).click();
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();
    await page.getByText('Unread', { exact: true }).click();
    await list.getByRole('listitem').filter({ hasText: first.displayName }).waitFor();
    assert.equal(await list.getByRole('listitem').count(), 1, 'only the unread one');
    await list.getByRole('link', { name: `${first.displayName} sent you a mentor request` }).click();
    await waitForPath(page, '/requests');
    await page.getByRole('link', { name: 'Notifications, none unread' }).waitFor();

    await page.goto(`${server.url}/profile`);
    const section = page.getByRole('region', { name: 'Notifications' });
    await section.getByText('Always emailed at once').waitFor();
    await section.getByRole('combobox', { name: 'Nudges' }).selectOption('weekly');
    await page.getByText('Your email preferences are saved.').waitFor();
    await page.reload();
    await section.getByRole('combobox', { name: 'Nudges' }).waitFor();
    assert.equal(await section.getByRole('combobox', { name: 'Nudges' }).inputValue(), 'weekly');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${resultsDir}notifications-03-preferences-1280.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/notifications`);
    await list.getByRole('listitem').first().waitFor();
    await page.getByRole('link', { name: 'Notifications, none unread' }).waitFor();
    await screenshot(page, 'notifications-04-list-390');
    await page.goto(`${server.url}/profile`);
    await section.getByRole('combobox', { name: 'Nudges' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${resultsDir}notifications-05-preferences-390.png` });
    assert.deepEqual(errors, []);
  });
});
