import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoAdmin, demoCoordinator, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

describe('audit journey', { skip: skipWithoutChromium(), timeout: 60_000 }, () => {
  const environment = useServerAndBrowser();

  test('an admin opens the audit log from the navigation, reads an entry and filters by action', async () => {
    const { server, browser } = environment();
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, demoAdmin.email, demoPassword);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await waitForPath(page, '/audit');
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();

    // The demo's enrolments were made by the coordinator: each is a role granted.
    const table = page.getByRole('table');
    const granted = table.getByRole('row').filter({ hasText: 'Program role granted' }).first();
    await granted.waitFor();
    assert.ok((await granted.textContent())?.includes(demoCoordinator.displayName));
    await screenshot(page, 'audit-01-log');

    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Person erased' }).click();
    await page.getByText('No entries match these filters').waitFor();
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Program role granted' }).click();
    await granted.waitFor();
    const actions = await table
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .allTextContents();
    assert.ok(actions.length > 0 && actions.every((row) => row.includes('Program role granted')), 'only the chosen action is listed');
    await screenshot(page, 'audit-02-filtered');
    assert.deepEqual(errors, [], 'no console errors');
  });

  test('an admin erases a person from People; the erasure is in the log', async () => {
    const { server, browser } = environment();
    const erased = demoMentees[demoMentees.length - 1];
    if (!erased) throw new Error('demo mentees exist');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, demoAdmin.email, demoPassword);
    await page.goto(`${server.url}/people`);
    await page.getByLabel('Search people').fill(erased.displayName);
    await page.getByRole('button', { name: `Erase ${erased.displayName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${erased.displayName}?` });
    await screenshot(page, 'audit-03-erase-confirm');
    await dialog.getByRole('button', { name: `Erase ${erased.displayName}` }).click();
    await page.getByText('Person erased').first().waitFor();
    await page.getByText('Nobody matches your search').waitFor();

    await page.goto(`${server.url}/audit`);
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Person erased' }).click();
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Person erased' });
    await row.waitFor();
    assert.ok((await row.textContent())?.includes(demoAdmin.displayName));
    await screenshot(page, 'audit-04-erasure-logged');
    assert.deepEqual(errors, [], 'no console errors');
  });
});
