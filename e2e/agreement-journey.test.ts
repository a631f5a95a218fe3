import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoCoordinator, demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentor = demoMentors[1];
const mentee = demoMentees[1];
const program = 'Emerging Leaders 2027';

/** Signs in and opens the relationship from the program page's list of one's relationships. */
async function openRelationship(
  browser: Browser,
  serverUrl: string,
  email: string,
  linkName: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(browser);
  const errors = collectPageErrors(page);
  await signInThroughPage(page, serverUrl, email, demoPassword);
  await page.getByRole('link', { name: program }).first().click();
  await page.getByRole('heading', { name: 'Your mentoring relationships' }).waitFor();
  await page.getByRole('link', { name: linkName }).click();
  await page.getByRole('heading', { name: 'Mentoring agreement' }).waitFor();
  return { page, errors };
}

describe('agreement journey', { skip: skipWithoutChromium(), timeout: 180_000 }, () => {
  const environment = useServerAndBrowser();

  test('a coordinator pairs two people by hand; the mentee edits the draft and signs, the mentor signs; the coordinator sees only that it is signed', async () => {
    const { server, browser } = environment();
    if (!mentor || !mentee) throw new Error('demo people exist');

    const coordinatorPage = await newPage(browser);
    const coordinatorErrors = collectPageErrors(coordinatorPage);
    await signInThroughPage(coordinatorPage, server.url, demoCoordinator.email, demoPassword);
    await coordinatorPage.getByRole('link', { name: program }).first().click();
    // The template every new relationship drafts from: coordinators edit it on the program page.
    await coordinatorPage.getByRole('button', { name: 'Edit template' }).click();
    const templateForm = coordinatorPage.getByRole('form', { name: 'Agreement template' });
    await templateForm.getByRole('textbox', { name: 'Length of a meeting (minutes)' }).fill('45');
    await templateForm.getByRole('button', { name: 'Ask questions that make me think' }).click();
    await screenshot(coordinatorPage, 'agreement-00-template');
    await templateForm.getByRole('button', { name: 'Save template' }).click();
    await coordinatorPage.getByText('Template saved').waitFor();
    await coordinatorPage.getByRole('button', { name: 'Pair manually' }).click();
    const dialog = coordinatorPage.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Mentor' }).click();
    await dialog.getByRole('combobox', { name: 'Mentor' }).fill(mentor.displayName);
    await coordinatorPage.getByRole('option', { name: new RegExp(mentor.displayName) }).click();
    await dialog.getByRole('combobox', { name: 'Mentee' }).click();
    await dialog.getByRole('combobox', { name: 'Mentee' }).fill(mentee.displayName);
    await coordinatorPage.getByRole('option', { name: new RegExp(mentee.displayName) }).click();
    await screenshot(coordinatorPage, 'agreement-01-pair-manually');
    await dialog.getByRole('button', { name: 'Start relationship' }).click();
    await coordinatorPage.getByText('Relationship started').waitFor();
    await coordinatorPage.getByRole('link', { name: mentor.displayName }).first().waitFor();

    // The mentee: the banner, an edit from the suggestions (a new version), then their signature.
    const { page: menteePage, errors: menteeErrors } = await openRelationship(browser, server.url, mentee.email, mentor.displayName);
    await menteePage.getByText('Stage 1, agreement not yet signed').waitFor();
    await menteePage.getByRole('button', { name: 'Edit the draft' }).click();
    await menteePage.getByRole('button', { name: 'Listen without judging me' }).click();
    await menteePage
      .getByRole('textbox', { name: 'What stays between us' })
      .fill('Anything about my team and my plans to move to Product stays between us.');
    await menteePage.getByRole('textbox', { name: 'Add a first goal' }).fill('Run my first one-to-ones with confidence');
    await menteePage.getByRole('button', { name: 'Add', exact: true }).last().click();
    await screenshot(menteePage, 'agreement-02-mentee-editing');
    await menteePage.getByRole('button', { name: 'Save as version 2' }).click();
    await menteePage.getByText('Listen without judging me').waitFor();
    await menteePage.getByRole('button', { name: 'Sign version 2 as mentee' }).click();
    await menteePage.getByText(`${mentee.displayName} (mentee) signed`).waitFor();
    await menteePage.getByText('Waiting for the mentor to sign version 2.').waitFor();

    // The mentor reads the mentee's version and signs their own side: signed by both.
    const { page: mentorPage, errors: mentorErrors } = await openRelationship(browser, server.url, mentor.email, mentor.displayName);
    await mentorPage.getByText('Run my first one-to-ones with confidence').waitFor();
    await mentorPage.getByText('At least once a month, 45 minutes').waitFor();
    await mentorPage.getByText('Ask questions that make me think').waitFor();
    assert.equal(await mentorPage.getByRole('button', { name: /as mentee/ }).count(), 0, 'the mentor cannot sign the mentee’s side');
    await mentorPage.getByRole('button', { name: 'Sign version 2 as mentor' }).click();
    await mentorPage.getByText(/Agreement signed by both on/).waitFor();
    await mentorPage.getByRole('button', { name: 'All versions (2)' }).click();
    await mentorPage.getByText(/Version 1 · /).waitFor();
    await screenshot(mentorPage, 'agreement-03-signed-by-both');
    assert.equal(await mentorPage.getByRole('button', { name: 'Edit the draft' }).count(), 0, 'a version both signed is not edited');

    // The coordinator sees that it is signed, and none of the text.
    await coordinatorPage.getByRole('link', { name: mentor.displayName }).first().click();
    await coordinatorPage.getByText(/Agreement signed by both on/).waitFor();
    assert.equal(await coordinatorPage.getByText('move to Product').count(), 0);
    assert.equal(await coordinatorPage.getByText('Run my first one-to-ones').count(), 0);
    await screenshot(coordinatorPage, 'agreement-04-coordinator-view');

    const errors = [...coordinatorErrors, ...menteeErrors, ...mentorErrors];
    assert.deepEqual(errors, []);
  });
});
