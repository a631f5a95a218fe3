import { describe, test } from 'node:test';
import { demoCoordinator, demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { pairByHand } from './support/pairing.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentor = demoMentors[3];
const mentee = demoMentees[3];
const privateText = 'Private: I worry I am not ready to lead the Q3 review.';
const sharedText = 'Shared: we agreed I will draft the Q3 review agenda.';

describe('closure journey', { skip: skipWithoutChromium(), timeout: 180_000 }, () => {
  const environment = useServerAndBrowser();

  test('a private and a shared note, then both close the relationship and answer the survey', async () => {
    const { server, browser } = environment();
    if (!mentor || !mentee) throw new Error('demo people exist');
    const coordinatorPage = await newPage(browser);
    await signInThroughPage(coordinatorPage, server.url, demoCoordinator.email, demoPassword);
    const relationshipId = await pairByHand(coordinatorPage, mentor.email, mentee.email);
    const relationshipUrl = `${server.url}/relationships/${relationshipId}`;

    const menteePage = await newPage(browser);
    const errors = collectPageErrors(menteePage);
    await signInThroughPage(menteePage, server.url, mentee.email, demoPassword);
    await menteePage.goto(relationshipUrl);
    const notes = menteePage.getByRole('region', { name: 'Notes' });
    await notes.getByText('Private: only me', { exact: true }).click();
    await notes.getByLabel('Private note').fill(privateText);
    await notes.getByRole('button', { name: 'Save private note' }).click();
    await notes.getByText('Private · only you can see this').waitFor();
    await notes.getByText(/^Shared with /).click();
    await notes.getByLabel('Shared note').fill(sharedText);
    await notes.getByRole('button', { name: 'Share note' }).click();
    await notes.getByText(sharedText).waitFor();
    await notes.getByText(privateText).scrollIntoViewIfNeeded();
    await screenshot(menteePage, 'closure-01-mentee-notes');

    const mentorPage = await newPage(browser);
    await signInThroughPage(mentorPage, server.url, mentor.email, demoPassword);
    await mentorPage.goto(relationshipUrl);
    const mentorNotes = mentorPage.getByRole('region', { name: 'Notes' });
    await mentorNotes.getByText(sharedText).waitFor();
    if ((await mentorPage.getByText(privateText).count()) > 0) throw new Error('the mentor sees the mentee’s private note');
    await mentorNotes.getByRole('textbox', { name: /^Comment on the note by/ }).fill('Great, send it to me by Friday.');
    await mentorNotes.getByRole('button', { name: 'Comment' }).click();
    await mentorNotes.getByText('Great, send it to me by Friday.').waitFor();
    await screenshot(mentorPage, 'closure-02-mentor-sees-shared-only');

    const closure = mentorPage.getByRole('region', { name: 'Closure' });
    await closure.getByRole('button', { name: 'Start closure' }).click();
    await closure.getByLabel('Your reflection').fill('I learned to ask before advising.');
    await closure.getByRole('radio', { name: 'Keep periodic contact' }).check();
    await closure.getByRole('button', { name: 'Start closure' }).click();
    await closure.getByText('Waiting for your partner to give their part of the closure.').waitFor();

    await menteePage.reload();
    const menteeClosure = menteePage.getByRole('region', { name: 'Closure' });
    await menteeClosure.getByText('I learned to ask before advising.').waitFor();
    await menteeClosure.getByLabel('Your reflection').fill('I can now run a review on my own.');
    await screenshot(menteePage, 'closure-03-mentee-closure-form');
    await menteeClosure.getByRole('button', { name: 'Give my part and close' }).click();
    await menteeClosure.getByText('Closed', { exact: true }).waitFor();
    const survey = menteeClosure.getByText('Closure survey').locator('..');
    for (const label of [
      'How was this relationship for you?',
      'Was trustworthy',
      'Had the time and desire to help',
      'Asked good questions',
      'Listened actively',
      'Gave constructive feedback',
    ]) {
      const row = menteeClosure.getByText(label, { exact: true }).locator('..');
      await row.locator('label').nth(4).click();
    }
    await survey.page().getByRole('button', { name: 'Send survey' }).click();
    await menteeClosure.getByText(/your closure survey is in/).waitFor();
    await menteePage.getByText('Stage 4 · Moving on').first().waitFor();
    await screenshot(menteePage, 'closure-04-closed-with-survey');

    await coordinatorPage.goto(relationshipUrl);
    await coordinatorPage.getByRole('region', { name: 'Closure' }).getByText('Closed', { exact: true }).waitFor();
    if ((await coordinatorPage.getByText(privateText).count()) + (await coordinatorPage.getByText(sharedText).count()) > 0)
      throw new Error('the coordinator sees note content');
    await coordinatorPage.getByRole('link', { name: 'Emerging Leaders 2027' }).first().click();
    await coordinatorPage.getByRole('region', { name: 'Relationships' }).getByText('Closed', { exact: true }).waitFor();
    await coordinatorPage.getByRole('region', { name: 'Relationships' }).scrollIntoViewIfNeeded();
    await screenshot(coordinatorPage, 'closure-05-coordinator-overview');
    if (errors.length > 0) throw new Error(`console errors: ${errors.join('\n')}`);
  });
});
