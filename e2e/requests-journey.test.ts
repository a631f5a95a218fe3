import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, resultsDir, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentee = demoMentees[6];
const planNeed = 'Get my release tooling adopted beyond my team';
const offer = 'The new analytics dashboards';

/** Writes one need of the development plan asking for sponsorship, on My network. */
async function writePlanNeed(page: Page): Promise<void> {
  const plan = page.getByRole('region', { name: 'My development plan' });
  await plan.getByRole('button', { name: 'Add a need' }).click();
  await plan.getByLabel('Need 1', { exact: true }).fill(planNeed);
  await plan.getByLabel('The transition ahead').fill('From engineer to tech lead');
  await page.getByRole('combobox', { name: 'Functions that would help' }).first().click({ force: true });
  await page.getByRole('option', { name: 'Sponsorship', exact: true }).click();
  await page.keyboard.press('Escape');
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await plan.getByText('Plan saved.').waitFor();
}

describe('mentor request journey', { skip: skipWithoutChromium(), timeout: 240_000 }, () => {
  const environment = useServerAndBrowser();

  test('a mentee sees a gap, asks a suggested mentor for help in that area, the mentor accepts, and the map shows the new tie', async () => {
    const { server, browser } = environment();
    if (!mentee) throw new Error('demo people exist');
    const menteePage = await newPage(browser);
    const mentorPage = await newPage(browser);
    const errors = [...collectPageErrors(menteePage), ...collectPageErrors(mentorPage)];

    // The gap: the plan asks for sponsorship and nobody in the network gives it.
    await signInThroughPage(menteePage, server.url, mentee.email, demoPassword);
    await menteePage.getByRole('link', { name: 'My network' }).click();
    await menteePage.getByRole('heading', { name: 'My network', level: 1 }).waitFor();
    await writePlanNeed(menteePage);
    const gaps = menteePage.getByRole('region', { name: 'Gaps' });
    await gaps.getByText('Sponsorship', { exact: true }).waitFor();
    const suggestions = gaps.getByRole('list', { name: 'People who could give you sponsorship' });
    const first = suggestions.getByRole('listitem').first();
    await first.waitFor();
    const mentorName = (await first.getAttribute('aria-label')) ?? '';
    const mentor = demoMentors.find((person) => person.displayName === mentorName);
    assert.ok(mentor, `the suggested mentor (${mentorName}) is a demo mentor`);
    const tiesBefore = await menteePage.getByTestId('network-map-tie').count();
    await gaps.screenshot({ path: `${resultsDir}requests-01-gap-and-suggestions.png` });

    // The request: an area request from the suggestion, with the plan need and a reverse offer.
    await first.getByRole('link', { name: `Ask ${mentorName} for help with sponsorship` }).click();
    await waitForPath(menteePage, '/requests/new');
    await menteePage.getByText(`To ${mentorName}.`, { exact: false }).waitFor();
    await menteePage.getByText('Help in one area', { exact: true }).click();
    await menteePage.getByRole('button', { name: 'Use this as a start' }).click();
    await menteePage
      .getByLabel('Your message')
      .fill(
        'I want my release tooling used across engineering and admire how you got the platform adopted. Could you help me for three months?',
      );
    const shown = menteePage.getByRole('checkbox', { name: planNeed });
    assert.equal(await shown.isChecked(), true, 'the plan need asking for sponsorship is shown by default');
    await menteePage.getByLabel('I can help you with … (optional)').fill(offer);
    await screenshot(menteePage, 'requests-02-send-form');
    await menteePage.getByRole('button', { name: 'Send request' }).click();
    await waitForPath(menteePage, '/requests');
    const sent = menteePage.getByRole('article', { name: `Request to ${mentorName}` });
    await sent.getByText('Waiting for the mentor').waitFor();

    // The mentor reads the request with the plan excerpt, and accepts.
    await signInThroughPage(mentorPage, server.url, mentor.email, demoPassword);
    await mentorPage.getByRole('link', { name: 'Requests' }).click();
    await mentorPage.getByRole('tab', { name: /Inbox/ }).click();
    const received = mentorPage.getByRole('article', { name: `Request from ${mentee.displayName}` });
    await received.getByTestId('plan-excerpt').getByText(planNeed).waitFor();
    await received.getByText(offer).waitFor();
    await screenshot(mentorPage, 'requests-03-mentor-inbox');
    await received.getByRole('button', { name: 'Accept' }).click();
    await received.getByText('Accepted').waitFor();
    await received.getByRole('link', { name: 'Open the relationship' }).click();
    await waitForPath(mentorPage, /^\/relationships\/[0-9a-f-]+$/);
    await mentorPage.getByText(mentee.displayName).first().waitFor();

    // The mentee's map now holds the mentor, giving sponsorship (from the agreement), help going both ways.
    await menteePage.getByRole('link', { name: 'My network' }).click();
    await menteePage.getByRole('img', { name: 'Map of your developmental network' }).waitFor();
    await menteePage
      .getByTestId('network-map-tie')
      .filter({ hasText: mentorName.slice(0, 17) })
      .waitFor();
    assert.equal(await menteePage.getByTestId('network-map-tie').count(), tiesBefore + 1);
    await menteePage.getByTestId('network-map-two-way').first().waitFor();
    const card = menteePage.getByRole('region', { name: 'People in my network' }).getByLabel(mentorName, { exact: true });
    await card.getByText('Sponsorship').waitFor();
    await card.getByTestId('tie-reciprocity').getByText(offer, { exact: false }).waitFor();
    await menteePage.evaluate('window.scrollTo(0, 0)');
    await screenshot(menteePage, 'requests-04-map-with-new-tie');
    assert.deepEqual(errors, []);
  });
});
