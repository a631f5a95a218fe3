import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { deliverOutbox } from '../src/services/email/deliver-outbox.ts';
import { closeMailTransports } from '../src/services/email/smtp-transport.ts';
import { demoAdmin, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { startSmtpSink, type SmtpSink } from '../src/testing/smtp-sink.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const invitee = { email: 'lena.berg@aurora.example', name: 'Lena Berg', password: 'a-long-enough-passphrase-77' };
const newPassword = 'another-long-passphrase-2026';

describe('account emails journey: invitation and forgot password, read from a real SMTP server', {
  skip: skipWithoutChromium(),
  timeout: 90_000,
}, () => {
  const environment = useServerAndBrowser();
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
  });
  after(async () => {
    closeMailTransports();
    await sink?.close();
  });

  /** Delivers what the server queued and answers the one new email to `address`. */
  async function mailTo(address: string): Promise<ParsedMail> {
    const { server } = environment();
    server.ctx.email = { smtpUrl: sink.url, from: 'Constellation <mentoring@aurora.example>', publicUrl: server.url };
    const before = sink.messages.length;
    const report = await deliverOutbox(server.ctx);
    const arrived = (await sink.waitForCount(before + report.sent)).slice(before);
    const mine = arrived.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address === address);
    assert.equal(mine.length, 1, `one email to ${address}: ${arrived.map((mail) => mail.subject).join(' | ')}`);
    return mine[0] as ParsedMail;
  }

  const linkIn = (mail: ParsedMail, path: string) => {
    const match = new RegExp(`(https?://\\S+${path}/[\\w-]+)`).exec(mail.text ?? '');
    assert.ok(match?.[1], `a ${path} link in: ${mail.text}`);
    return match[1];
  };

  test('an admin invites a person by email; the email\u2019s link sets a password and signs them in', async () => {
    const { server, browser } = environment();
    server.ctx.email = { smtpUrl: sink.url, from: 'Constellation <mentoring@aurora.example>', publicUrl: server.url };
    const admin = await newPage(browser);
    const adminErrors = collectPageErrors(admin);
    await signInThroughPage(admin, server.url, demoAdmin.email, demoPassword);
    await admin.getByRole('heading', { name: `Welcome, ${demoAdmin.displayName}` }).waitFor();
    await admin.goto(`${server.url}/people`);
    await waitForPath(admin, '/people');
    const inviteForm = admin.getByRole('region', { name: 'Invite someone' });
    await inviteForm.getByLabel('Email').fill(invitee.email);
    await inviteForm.getByRole('button', { name: 'Create invitation' }).click();
    const copied = await admin.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    assert.deepEqual(adminErrors, []);

    const mail = await mailTo(invitee.email);
    assert.match(mail.subject ?? '', /invited you to join Aurora Labs/);
    const link = linkIn(mail, '/invitations');
    assert.equal(link, copied, 'the emailed link is the one the admin can copy');

    const guest = await newPage(browser);
    const guestErrors = collectPageErrors(guest);
    await guest.goto(link);
    await guest.getByRole('heading', { name: 'Join Aurora Labs', level: 1 }).waitFor();
    await guest.getByLabel('Your name').fill(invitee.name);
    await guest.getByLabel('Password', { exact: true }).fill(invitee.password);
    await guest.getByLabel('Confirm password').fill(invitee.password);
    await guest.getByRole('button', { name: 'Set password and sign in' }).click();
    await waitForPath(guest, '/');
    await guest.getByRole('heading', { name: `Welcome, ${invitee.name}` }).waitFor();
    await screenshot(guest, 'account-mail-01-invited-signed-in');
    // Once accepted, the invitation page's preview may be read again on its way out: that answers 409 (used), by design.
    assert.deepEqual(
      guestErrors.filter((error) => !(/status of 409/.test(error) && error.includes('/api/v1/invitations/by-token/'))),
      [],
    );
  });

  test('a person asks for a reset link, sets a new password through the email, and signs in with it; the old one fails (1280 and 390 px)', async () => {
    const { server, browser } = environment();
    const mentee = demoMentees[0];
    assert.ok(mentee);
    const page = await newPage(browser);
    const errors = collectPageErrors(page);

    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await waitForPath(page, '/forgot-password');
    await page.getByRole('heading', { name: 'Forgot your password?', level: 1 }).waitFor();
    await screenshot(page, 'account-mail-02-forgot-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'account-mail-03-forgot-390');
    await page.getByLabel('Email').fill(mentee.email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('heading', { name: 'Check your email', level: 1 }).waitFor();
    await page.getByText('If an account uses this address').waitFor();
    await screenshot(page, 'account-mail-04-check-email-390');

    const mail = await mailTo(mentee.email);
    assert.equal(mail.subject, 'Reset your Aurora Labs password');
    const link = linkIn(mail, '/reset-password');
    assert.ok(link.startsWith(`${server.url}/reset-password/`), link);

    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await screenshot(page, 'account-mail-05-reset-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'account-mail-06-reset-1280');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { name: 'Your password is set', level: 1 }).waitFor();
    await screenshot(page, 'account-mail-07-password-set');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await waitForPath(page, '/sign-in');

    await signInAttempt(page, mentee.email, demoPassword);
    await page.getByText('The email or password is not right').waitFor();
    await signInAttempt(page, mentee.email, newPassword);
    await waitForPath(page, '/');
    await page.getByRole('heading', { name: `Welcome, ${mentee.displayName}` }).waitFor();

    // The link worked once.
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill(`${newPassword}-again`);
    await page.getByLabel('Confirm new password').fill(`${newPassword}-again`);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('This link was already used.').waitFor();
    await screenshot(page, 'account-mail-08-link-used');
    assert.deepEqual(
      errors.filter((error) => !/status of 40[19]/.test(error)),
      [],
      'no console errors but the refused sign-in and the used link',
    );
  });
});

async function signInAttempt(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
