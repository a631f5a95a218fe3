import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';

// A mentee of Emerging Leaders 2027 (Marketing, so not in the engineering circles); the email is
// derived from the name by demo-people.ts (chloe.martin@aurora.example).
const mentee = demoMentees.find((person) => person.displayName === 'Chloé Martin');
assert.ok(mentee, 'Chloé Martin is a demo mentee');

describe('access and keyboard use', { skip: skipWithoutChromium(), timeout: 55_000 }, () => {
  const environment = useServerAndBrowser();

  test('an unauthenticated visit to /programs goes to sign-in, which works from the keyboard alone', async () => {
    const { server, browser } = environment();
    const page = await newPage(browser);
    const errors = collectPageErrors(page);

    await page.goto(`${server.url}/programs`);
    await waitForPath(page, '/sign-in');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await screenshot(page, 'access-01-redirected-to-sign-in');

    // Tab order from the top of the page: Email, Password, then the Sign in button.
    assert.equal(await focusedElement(page), 'BODY', 'nothing is focused after loading');
    await page.keyboard.press('Tab');
    assert.equal(await focusedElement(page), 'INPUT email "Email"');
    await page.keyboard.type(mentee.email);
    await page.keyboard.press('Tab');
    assert.equal(await focusedElement(page), 'INPUT password "Password"');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Tab');
    assert.equal(await focusedElement(page), 'BUTTON submit "Sign in"');

    // Enter in the password field signs in, and returns to the page first asked for.
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedElement(page), 'INPUT password "Password"');
    await page.keyboard.press('Enter');
    await waitForPath(page, '/programs');
    await page.getByRole('banner').getByText(mentee.displayName).waitFor();
    await page.getByRole('link', { name: 'Emerging Leaders 2027' }).waitFor();
    await screenshot(page, 'access-02-programs-after-keyboard-sign-in');
    assert.deepEqual(errors, [], 'no console errors or uncaught exceptions');
  });

  test('a mentee sees their program under "Your programs" and cannot create programs', async () => {
    const { server, browser } = environment();
    const page = await newPage(browser);
    const errors = collectPageErrors(page);

    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(mentee.email);
    await page.getByLabel('Password', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/');
    await page.getByRole('heading', { name: `Welcome, ${mentee.displayName}` }).waitFor();

    const yours = page.getByRole('region', { name: 'Your programs' });
    const link = yours.getByRole('link', { name: 'Emerging Leaders 2027' });
    await link.waitFor();
    await yours.getByText('Your roles:').first().waitFor();
    await yours.getByText('Mentee', { exact: true }).first().waitFor();
    await yours.getByRole('link', { name: 'Developmental Networks' }).waitFor();
    assert.equal(await yours.getByRole('link').count(), 2, 'the mentee takes part in the cohort and in the self-directed program');
    assert.equal(await page.getByRole('region', { name: 'Programs you coordinate' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'New program' }).count(), 0, 'no "New program" for a mentee');
    assert.equal(await page.getByRole('button', { name: 'New program' }).count(), 0, 'no "New program" for a mentee');
    assert.equal(await page.getByRole('link', { name: 'People' }).count(), 0, 'People is for admins only');
    await screenshot(page, 'access-03-mentee-home');

    // The program page is readable, without the coordinator's enrol form.
    await link.click();
    await page.getByRole('heading', { name: 'Emerging Leaders 2027', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Enrolments' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Enrol people' }).count(), 0, 'no enrol form for a mentee');
    assert.equal(await page.getByRole('link', { name: 'Edit program' }).count(), 0, 'no Edit program for a mentee');
    await screenshot(page, 'access-04-mentee-program');
    assert.deepEqual(errors, [], 'no console errors or uncaught exceptions');
  });
});

/**
 * Describes the focused element as `TAG type "label"` (e.g. `INPUT email "Email"`), or `BODY`.
 * The label is the element's <label> text without the required-field asterisk, else its own text.
 */
function focusedElement(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    const label = element.labels && element.labels.length > 0
      ? element.labels[0].textContent.replace(/\\s*\\*\\s*$/, '')
      : (element.getAttribute('aria-label') || element.textContent || '');
    return element.tagName + ' ' + (element.getAttribute('type') || '') + ' "' + label.trim() + '"';
  })()`);
}
