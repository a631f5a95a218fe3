import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoCoordinator, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, launchBrowser, newPage, screenshot, skipWithoutChromium, waitForPath, waitUntil } from './support/browser.ts';
import { startServer, type E2eServer } from './support/server.ts';

const newProgram = {
  name: 'Finance Leadership Circle 2027',
  purpose: 'Grow the next finance leaders: each analyst works with a senior finance leader for nine months.',
  goals: 'Supports the 2027 goal of promoting finance managers from within and strengthening business partnering.',
  startsOn: '2027-03-01',
  endsOn: '2027-11-30',
};

describe('coordinator journey', { skip: skipWithoutChromium(), timeout: 55_000 }, () => {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[];

  before(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await newPage(browser);
    errors = collectPageErrors(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('Priya signs in, creates a program, enrols a mentor and a mentee, and sees it on her home page', async () => {
    const url = server?.url ?? '';

    // Sign in.
    await page.goto(`${url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.getByLabel('Email').fill(demoCoordinator.email);
    await page.getByLabel('Password', { exact: true }).fill(demoPassword);
    await screenshot(page, 'coordinator-01-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Home: the demo programs under "Programs you coordinate".
    await waitForPath(page, '/');
    await page.getByRole('heading', { name: `Welcome, ${demoCoordinator.displayName}` }).waitFor();
    const coordinating = page.getByRole('region', { name: 'Programs you coordinate' });
    await coordinating.getByRole('link', { name: 'Emerging Leaders 2027' }).waitFor();
    await coordinating.getByRole('link', { name: 'Women in Engineering Circles' }).waitFor();
    await coordinating.getByRole('link', { name: 'Developmental Networks' }).waitFor();
    await screenshot(page, 'coordinator-02-home');

    // New program form.
    await page.getByRole('link', { name: 'New program' }).click();
    await waitForPath(page, '/programs/new');
    await page.getByRole('heading', { name: 'New program', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(newProgram.name);
    await page.getByRole('radio', { name: 'One-to-one cohort' }).check();
    await page.getByRole('radio', { name: 'Active' }).check();
    await page.getByLabel('Purpose').fill(newProgram.purpose);
    await page.getByLabel('Link to organizational goals').fill(newProgram.goals);
    await page.getByLabel('Start date').fill(newProgram.startsOn);
    await page.getByLabel('End date').fill(newProgram.endsOn);
    await screenshot(page, 'coordinator-03-new-program-form');
    await page.getByRole('button', { name: 'Create program' }).click();

    // Program page.
    await waitForPath(page, /^\/programs\/(?!new$)[^/]+$/);
    await page.getByRole('heading', { name: newProgram.name, level: 1 }).waitFor();
    await page.getByText(newProgram.purpose).first().waitFor();

    // Enrol Henrik Larsen as mentor, then Ben Carter as mentee. The Role select starts at Mentee
    // but keeps the last role used after an enrolment, so each enrolment picks its role.
    assert.equal(await page.getByRole('combobox', { name: 'Role' }).inputValue(), 'Mentee', 'Role defaults to Mentee');
    await enrol(page, 'Henrik', 'Henrik Larsen', 'Mentor');
    await enrol(page, 'Ben Car', 'Ben Carter', 'Mentee');

    const table = page.getByRole('table', { name: `People enrolled in ${newProgram.name}` });
    const henrikRow = table.getByRole('row').filter({ hasText: 'Henrik Larsen' });
    const benRow = table.getByRole('row').filter({ hasText: 'Ben Carter' });
    await henrikRow.getByRole('cell', { name: 'Mentor', exact: true }).waitFor();
    await benRow.getByRole('cell', { name: 'Mentee', exact: true }).waitFor();
    // Creating a program enrols its creator as coordinator.
    const priyaRow = table.getByRole('row').filter({ hasText: demoCoordinator.displayName });
    await priyaRow.getByRole('cell', { name: 'Coordinator', exact: true }).waitFor();
    assert.equal(await table.getByRole('row').count(), 4, 'a header row, the coordinator and the two new enrolments');
    await page.getByRole('button', { name: 'Withdraw Henrik Larsen (Mentor)' }).waitFor();
    await screenshot(page, 'coordinator-04-program-with-enrolments');

    // Home again: the new program, with its counts.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
    await waitForPath(page, '/');
    const card = coordinating
      .locator('div')
      .filter({ has: page.getByRole('link', { name: newProgram.name }) })
      .filter({ hasText: '1 mentor · 1 mentee · 0 supervisors' })
      .last();
    await card.waitFor();
    await card.getByText('1 Mar 2027 – 30 Nov 2027').waitFor();
    assert.equal(
      await coordinating.getByRole('heading', { level: 3 }).count(),
      4,
      'the three demo programs and the new one are coordinated now',
    );
    await screenshot(page, 'coordinator-05-home-after');

    assert.deepEqual(errors, [], 'no console errors or uncaught exceptions during the journey');
  });
});

/** Uses the enrol form: search the Person select, pick the option, choose a role, press Enrol. */
async function enrol(page: Page, search: string, name: string, role: 'Mentor' | 'Mentee'): Promise<void> {
  const enrolForm = page.getByRole('region', { name: 'Enrol people' });
  const person = enrolForm.getByRole('combobox', { name: 'Person' });
  await person.click();
  await person.fill(search);
  await page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).click();
  const roleSelect = enrolForm.getByRole('combobox', { name: 'Role' });
  if ((await roleSelect.inputValue()) !== role) {
    await roleSelect.click();
    await page.getByRole('option', { name: role, exact: true }).click();
    await waitUntil(
      () => roleSelect.inputValue(),
      (value) => value === role,
      `the Role select to show ${role}`,
    );
  }
  await enrolForm.getByRole('button', { name: 'Enrol' }).click();
  // The form resets once the enrolment is saved.
  await page.getByRole('table').getByRole('cell', { name, exact: true }).waitFor();
  await waitUntil(
    () => person.inputValue(),
    (value) => value === '',
    'the Person box to clear after enrolling',
  );
}
