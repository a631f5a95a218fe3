import { describe, test } from 'node:test';
import { demoCoordinator, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

// An engineer in the demo circles program, seated in a circle by the demo's matching.
const mentee = demoMentees.find((person) => person.displayName === 'Aisha Mohammed');

describe('circles journey', { skip: skipWithoutChromium(), timeout: 120_000 }, () => {
  const environment = useServerAndBrowser();

  test('a coordinator forms circles for the group program, publishes them, and a mentee sees her circle', async () => {
    const { server, browser } = environment();
    if (!mentee) throw new Error('the demo mentee exists');
    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, demoCoordinator.email, demoPassword);
    await page.getByRole('link', { name: 'Women in Engineering Circles' }).first().click();
    await page.getByRole('link', { name: 'Matching' }).click();
    await page.getByRole('heading', { name: 'Circles', level: 2 }).waitFor();
    for (const label of ['Policy', 'Mode', 'Minimum pair score']) {
      if ((await page.getByLabel(label, { exact: true }).count()) > 0)
        throw new Error(`a group run shows "${label}", which does nothing for circles`);
    }
    await page.getByRole('button', { name: 'Run matching', exact: true }).click();
    await page.getByRole('heading', { name: 'Proposed circles' }).waitFor({ timeout: 60_000 });
    await page.getByRole('img', { name: /Proposed circles/ }).waitFor();
    await page.getByRole('article').nth(1).waitFor();
    await page.getByText('Not in a circle').waitFor();
    await screenshot(page, 'circles-01-proposal');
    await page.getByRole('button', { name: 'Publish circles' }).click();
    await page
      .getByText(/circles started/)
      .first()
      .waitFor();

    // The rules form saved after the circle settings keeps them (it once put back its stale copy).
    const savedRules = () =>
      page.waitForResponse(
        (response) => response.url().endsWith('/matching/rules') && response.request().method() === 'PUT' && response.ok(),
      );
    await page.getByLabel('Fewest people per circle').fill('5');
    await Promise.all([savedRules(), page.getByRole('button', { name: 'Save circle settings' }).click()]);
    await page.getByRole('button', { name: 'Show rules' }).click();
    await Promise.all([savedRules(), page.getByRole('button', { name: 'Save rules' }).click()]);
    await page.reload();
    const fewest = await page.getByLabel('Fewest people per circle').inputValue();
    if (fewest !== '5') throw new Error(`saving the rules form put back the circle settings (fewest people: ${fewest})`);
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('\n')}`);

    const menteePage = await newPage(browser);
    await signInThroughPage(menteePage, server.url, mentee.email, demoPassword);
    await menteePage.getByRole('link', { name: 'Women in Engineering Circles' }).first().click();
    await menteePage.getByRole('heading', { name: 'My circle' }).waitFor();
    await menteePage.getByRole('list', { name: 'Mentees' }).getByText(mentee.displayName, { exact: true }).waitFor();
    if ((await menteePage.getByRole('heading', { name: 'Suggested mentors' }).count()) > 0)
      throw new Error('a group program suggests mentors one by one');
    await screenshot(menteePage, 'circles-02-my-circle');
  });
});
