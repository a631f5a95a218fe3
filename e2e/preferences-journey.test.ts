import { describe, test } from 'node:test';
import { demoCoordinator, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentee = demoMentees[0];

describe('preferences journey', { skip: skipWithoutChromium(), timeout: 120_000 }, () => {
  const environment = useServerAndBrowser();

  test('a mentee picks a mentor, asks for two mentors, and finds both saved after a reload', async () => {
    const { server, browser } = environment();
    if (!mentee) throw new Error('demo mentees exist');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, mentee.email, demoPassword);
    await page.getByRole('link', { name: 'Emerging Leaders 2027' }).first().click();
    const section = page.getByRole('region', { name: 'Your matching preferences' });
    await section.getByRole('heading', { name: 'Mentors you would like' }).waitFor();
    const pickButton = section.getByRole('button', { name: /^Pick / }).first();
    const label = (await pickButton.getAttribute('aria-label')) ?? '';
    const mentorName = label.replace(/^Pick /, '');
    await pickButton.click();
    await section.getByRole('list', { name: 'Your picks, first choice first' }).getByText(mentorName).waitFor();
    await section.getByText('2', { exact: true }).click();
    await section.getByRole('button', { name: 'Save my picks' }).click();
    await page.getByText('Preferences saved').waitFor();
    await screenshot(page, 'preferences-01-mentee-picked');

    await page.reload();
    await section.getByRole('list', { name: 'Your picks, first choice first' }).getByText(mentorName).waitFor();
    await section.getByText('Pick 1').waitFor();
    // The search asks the server: a name narrows the short list to that mentor.
    await section.getByRole('searchbox', { name: 'Find a mentor' }).fill(mentorName);
    await section.getByText('Mentors 1–1').waitFor();
    await section.getByLabel(mentorName, { exact: true }).getByText('Picked').waitFor();
    const wanted = section.getByRole('radio', { name: '2' });
    if (!(await wanted.isChecked())) throw new Error('two mentors wanted was not kept');
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('\n')}`);
  });

  test('a coordinator swaps the mentors of two proposed pairs: two locks for the next run', async () => {
    const { server, browser } = environment();
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, demoCoordinator.email, demoPassword);
    await page.getByRole('link', { name: 'Emerging Leaders 2027' }).first().click();
    await page.getByRole('link', { name: 'Matching' }).click();
    await page.getByRole('button', { name: 'Run matching', exact: true }).click();
    await page.getByRole('heading', { name: 'Proposed matches' }).waitFor({ timeout: 60_000 });
    await page
      .getByRole('button', { name: /^Overrides for / })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Swap mentors with…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio').first().check();
    await screenshot(page, 'preferences-02-swap-dialog');
    await dialog.getByRole('button', { name: 'Swap mentors' }).click();
    await page.getByText('Swap locked').waitFor();
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('\n')}`);
  });
});
