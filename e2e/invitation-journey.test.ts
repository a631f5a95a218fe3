import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoAdmin, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';

const invitee = { email: 'noor.haddad@aurora.example', name: 'Noor Haddad', password: 'a-long-enough-passphrase-42' };

describe('invitation journey', { skip: skipWithoutChromium(), timeout: 55_000 }, () => {
  const environment = useServerAndBrowser();

  test('an admin invites someone, who opens the link in a fresh browser, sets a password and is signed in', async () => {
    const { server, browser } = environment();
    const admin = await newPage(browser);
    const adminErrors = collectPageErrors(admin);

    // The admin signs in and opens People.
    await admin.goto(`${server.url}/sign-in`);
    await signIn(admin, demoAdmin.email, demoPassword);
    await admin.getByRole('heading', { name: `Welcome, ${demoAdmin.displayName}` }).waitFor();
    await admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await waitForPath(admin, '/people');
    await admin.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await screenshot(admin, 'invitation-01-people');

    // Creates an invitation and reads its link.
    const inviteForm = admin.getByRole('region', { name: 'Invite someone' });
    await inviteForm.getByLabel('Email').fill(invitee.email);
    assert.equal(await inviteForm.getByRole('combobox', { name: 'Organization role' }).inputValue(), 'Member');
    await inviteForm.getByRole('button', { name: 'Create invitation' }).click();
    const linkField = admin.getByRole('textbox', { name: 'Invitation link' });
    await linkField.waitFor();
    await admin.getByRole('button', { name: 'Copy link' }).waitFor();
    const link = await linkField.inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/invitations\/[^/]+$/, `an absolute link to this server: ${link}`);
    assert.ok(link.startsWith(`${server.url}/`), `the link points at this server: ${link}`);
    await screenshot(admin, 'invitation-02-link-created');
    assert.deepEqual(adminErrors, [], 'no console errors on the admin side');

    // A new browser context: no cookies, like the invitee's own browser.
    const guest = await newPage(browser);
    const guestErrors = collectPageErrors(guest);
    await guest.goto(link);
    await guest.getByRole('heading', { name: 'Join Aurora Labs', level: 1 }).waitFor();
    await guest.getByText(`You were invited as ${invitee.email}`).waitFor();
    await guest.getByLabel('Your name').fill(invitee.name);
    await guest.getByLabel('Password', { exact: true }).fill(invitee.password);
    await guest.getByLabel('Confirm password').fill(invitee.password);
    await screenshot(guest, 'invitation-03-accept-form');
    await guest.getByRole('button', { name: 'Set password and sign in' }).click();

    // Signed in as the new person, on the home page.
    await waitForPath(guest, '/');
    await guest.getByRole('heading', { name: `Welcome, ${invitee.name}` }).waitFor();
    const header = guest.getByRole('banner');
    await header.getByText(invitee.name).waitFor();
    await header.getByText(invitee.email).waitFor();
    await guest.getByRole('region', { name: 'Your programs' }).getByText('You are not part of a program yet').waitFor();
    await screenshot(guest, 'invitation-04-home-signed-in');

    // Sign out from the header.
    await header.getByRole('button', { name: 'Sign out' }).click();
    await waitForPath(guest, '/sign-in');
    await guest.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await guest.getByRole('button', { name: 'Sign in' }).waitFor();
    await screenshot(guest, 'invitation-05-signed-out');

    // Signed out for real: the home page sends the visitor back to sign in.
    await guest.goto(`${server.url}/`);
    await waitForPath(guest, '/sign-in');

    // The invitation works once.
    await guest.goto(link);
    await guest.getByRole('heading', { name: 'Invitation not available' }).waitFor();

    assert.deepEqual(
      guestErrors.filter((error) => !isUsedInvitationProbe(error)),
      [],
      'no console errors on the invitee side',
    );
  });
});

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPath(page, '/');
}

/** Opening a used invitation answers 4xx by design; Chromium logs that failed load. */
function isUsedInvitationProbe(error: string): boolean {
  return (
    /Failed to load resource: the server responded with a status of 4\d\d/.test(error) && error.includes('/api/v1/invitations/by-token/')
  );
}
