import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoCoordinator, demoMentees, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';

// A demo mentee of Emerging Leaders (Finance), not yet in the engineering circles.
const mentee = demoMentees.find((person) => person.displayName === 'Ben Carter');
const question = 'What do you want to learn in the circles?';

async function signIn(browser: Browser, url: string, email: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPath(page, '/');
  return page;
}

describe('intake journey', { skip: skipWithoutChromium(), timeout: 90_000 }, () => {
  const environment = useServerAndBrowser();

  test('a coordinator adds a custom intake question, a mentee applies, the coordinator interviews and accepts', async () => {
    const { server, browser } = environment();
    if (!mentee) throw new Error('Ben Carter is a demo mentee');

    // The coordinator opens the circles program and adds a custom question to its intake form.
    const coordinator = await signIn(browser, server.url, demoCoordinator.email);
    collectPageErrors(coordinator);
    await coordinator.getByRole('link', { name: 'Women in Engineering Circles' }).first().click();
    await coordinator.getByRole('link', { name: 'Edit intake form' }).click();
    await coordinator.getByRole('button', { name: 'Add question' }).click();
    await coordinator.getByLabel('Question', { exact: true }).fill(question);
    await coordinator.getByRole('switch', { name: 'Required' }).check();
    await screenshot(coordinator, 'intake-01-form-builder');
    await coordinator.getByRole('button', { name: 'Save intake form' }).click();
    await coordinator.getByText('Version 1').first().waitFor();

    // The mentee finds the open program and applies, answering the custom question.
    const applicant = await signIn(browser, server.url, mentee.email);
    await applicant.getByRole('link', { name: 'Apply to a program' }).click();
    await waitForPath(applicant, '/apply');
    const card = applicant.locator('div', { has: applicant.getByText('Women in Engineering Circles') }).last();
    await card.getByRole('link', { name: 'Apply' }).first().click();
    await applicant.getByRole('radio', { name: 'Mentee' }).check();
    await applicant.getByLabel(question).fill('How to lead technical discussions with confidence');
    await screenshot(applicant, 'intake-02-application-form');
    await applicant.getByRole('button', { name: 'Submit application' }).click();
    await waitForPath(applicant, '/apply');
    await applicant.getByText('Submitted', { exact: false }).first().waitFor();
    await screenshot(applicant, 'intake-03-my-applications');

    // The coordinator opens the application, invites to interview, records it and accepts.
    await coordinator.goto(`${server.url}/`);
    await coordinator.getByRole('link', { name: 'Women in Engineering Circles' }).first().click();
    await coordinator.getByRole('link', { name: 'Applications' }).click();
    await coordinator.getByRole('link', { name: mentee.displayName }).click();
    await coordinator.getByText('How to lead technical discussions with confidence').waitFor();
    await coordinator.getByRole('button', { name: 'Invite to interview' }).click();
    await coordinator.getByText('Interview', { exact: true }).first().waitFor();
    await coordinator.getByLabel('Notes').fill('Clear goals; wants to practise leading design reviews.');
    // A SegmentedControl: its radio inputs are hidden, so click the visible label.
    await coordinator.getByRole('radiogroup', { name: 'Motivation' }).getByText('5', { exact: true }).click();
    await coordinator.getByRole('button', { name: 'Save interview' }).click();
    await coordinator.getByText('Clear goals; wants to practise leading design reviews.').last().waitFor();
    await coordinator.getByRole('button', { name: 'Accept' }).click();
    await coordinator.getByText('Accepted', { exact: true }).first().waitFor();
    await screenshot(coordinator, 'intake-04-application-accepted');

    // The interview notes never reach the applicant.
    await applicant.goto(`${server.url}/apply`);
    await applicant.getByText('Accepted', { exact: true }).first().waitFor();
    if ((await applicant.content()).includes('design reviews')) throw new Error('interview notes visible to the applicant');
    await screenshot(applicant, 'intake-05-applicant-sees-accepted');
  });
});
