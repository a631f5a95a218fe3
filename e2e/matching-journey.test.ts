import { describe, test } from 'node:test';
import { demoCoordinator, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';

const mentee = demoMentees[0];

describe('matching journey', { skip: skipWithoutChromium(), timeout: 120_000 }, () => {
  const environment = useServerAndBrowser();

  test('a coordinator runs matching, reads the explained proposal, publishes, and a mentee sees their mentor', async () => {
    const { server, browser } = environment();
    if (!mentee) throw new Error('demo mentees exist');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(demoCoordinator.email);
    await page.getByLabel('Password', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/');
    await page.getByRole('link', { name: 'Emerging Leaders 2027' }).first().click();
    await page.getByRole('link', { name: 'Matching' }).click();
    await page.getByRole('heading', { name: 'Matching', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Run matching', exact: true }).click();
    await page.getByText('Certified optimal').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Proposed matches' }).waitFor();
    await page.getByRole('table').first().getByRole('row').nth(1).waitFor();
    await screenshot(page, 'matching-01-proposal');
    await page.getByRole('button', { name: 'Publish matches' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page
      .getByText(/relationships created/)
      .first()
      .waitFor();
    await screenshot(page, 'matching-02-published');
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('\n')}`);

    const menteePage = await newPage(browser);
    await menteePage.goto(`${server.url}/sign-in`);
    await menteePage.getByLabel('Email').fill(mentee.email);
    await menteePage.getByLabel('Password', { exact: true }).fill(demoPassword);
    await menteePage.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(menteePage, '/');
    await menteePage.getByRole('link', { name: 'Emerging Leaders 2027' }).first().click();
    await menteePage.getByRole('heading', { name: 'Your mentoring relationships' }).waitFor();
    await screenshot(menteePage, 'matching-03-mentee-relationship');
  });
});
