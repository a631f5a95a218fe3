import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DateTime } from 'luxon';
import { demoCoordinator, demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { pairByHand } from './support/pairing.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentor = demoMentors[4];
const mentee = demoMentees[4];
const privateText = 'Only for me: I still freeze when finance challenges my numbers.';
const sharedText = 'We agreed: I send the budget draft two days before each review.';

describe('a relationship from start to close', { skip: skipWithoutChromium(), timeout: 240_000 }, () => {
  const environment = useServerAndBrowser();

  test('the pair signs the agreement, adds a goal, schedules and holds a meeting, writes a private and a shared note, and closes', async () => {
    const { server, browser } = environment();
    if (!mentor || !mentee) throw new Error('demo people exist');
    const coordinatorPage = await newPage(browser);
    await signInThroughPage(coordinatorPage, server.url, demoCoordinator.email, demoPassword);
    const relationshipUrl = `${server.url}/relationships/${await pairByHand(coordinatorPage, mentor.email, mentee.email)}`;

    const menteePage = await newPage(browser);
    const mentorPage = await newPage(browser);
    const errors = [...collectPageErrors(menteePage), ...collectPageErrors(mentorPage)];
    await signInThroughPage(menteePage, server.url, mentee.email, demoPassword);
    await signInThroughPage(mentorPage, server.url, mentor.email, demoPassword);
    await menteePage.goto(relationshipUrl);
    await mentorPage.goto(relationshipUrl);

    // Stage 1: both sign the draft agreement; the stage panel then suggests building.
    await menteePage.getByText('Stage 1, agreement not yet signed').waitFor();
    await menteePage.getByRole('button', { name: 'Sign version 1 as mentee' }).click();
    await menteePage.getByText(`${mentee.displayName} (mentee) signed`).waitFor();
    await mentorPage.reload();
    await mentorPage.getByRole('button', { name: 'Sign version 1 as mentor' }).click();
    await mentorPage.getByText(/Agreement signed by both on/).waitFor();
    await mentorPage.getByText('The agreement is signed by both of you: time to work on the goals.').waitFor();
    await mentorPage.getByRole('button', { name: 'Move to Stage 2 · Building' }).click();
    await mentorPage.getByRole('dialog', { name: 'Move to Stage 2 · Building' }).getByRole('button', { name: 'Move stage' }).click();
    await mentorPage.getByText('Stage 2 · Building').first().waitFor();
    await screenshot(mentorPage, 'relationship-01-signed-and-building');

    // Stage 2: the mentee adds a SMART goal.
    await menteePage.reload();
    const goals = menteePage.getByRole('region', { name: 'Goals', exact: true });
    await goals.getByRole('button', { name: 'Add a goal' }).click();
    const form = menteePage.getByRole('dialog', { name: 'Add a SMART goal' });
    await form.getByLabel(/Specific outcome/).fill('Present the team budget to finance on my own');
    await form.getByLabel(/Measure of success/).fill('Finance signs it off without a second review');
    await form.getByLabel(/Why it is achievable/).fill('Three reviews before the deadline, with my mentor');
    await form.getByLabel(/Relevance to the career plan/).fill('Budget ownership is the step to team lead');
    await form.getByLabel(/Due date/).fill(`${new Date().getFullYear() + 1}-02-28`);
    await form.getByRole('button', { name: 'Add goal' }).click();
    await goals
      .getByRole('article', { name: /Goal: Present the team budget/ })
      .getByText('SMART', { exact: true })
      .waitFor();

    // A meeting: the mentee proposes it on their clock, the mentor accepts, it takes place and is marked held.
    const meetings = menteePage.getByRole('region', { name: 'Meetings' });
    await meetings.getByRole('button', { name: 'Propose a meeting' }).click();
    const start = DateTime.now()
      .setZone(mentee.timeZone ?? 'UTC')
      .plus({ days: 1 })
      .set({ hour: 10, minute: 0 });
    await meetings.getByLabel(/Date and time \(your time/).fill(start.toFormat("yyyy-MM-dd'T'HH:mm"));
    await meetings.getByRole('button', { name: 'Propose meeting' }).click();
    await menteePage.getByText('Meeting proposed').waitFor();
    await mentorPage.reload();
    const mentorMeetings = mentorPage.getByRole('region', { name: 'Meetings' });
    await mentorMeetings.getByRole('button', { name: 'Accept' }).click();
    await mentorPage.getByText('Meeting accepted').waitFor();
    server.advanceClock(start.toMillis() - Date.now() + 3_600_000);
    await mentorPage.reload();
    await mentorMeetings.getByRole('button', { name: 'Mark held' }).click();
    const held = mentorPage.getByRole('dialog', { name: 'Mark the meeting held' });
    await held.getByLabel('What was agreed').fill('First draft by Friday; we rehearse the finance questions next time.');
    await held.getByRole('button', { name: 'Mark held' }).click();
    await mentorMeetings.getByText('Held', { exact: true }).waitFor();
    await screenshot(mentorPage, 'relationship-02-meeting-held');

    // Notes: a private one (the mentee's alone) and a shared one.
    await menteePage.reload();
    const notes = menteePage.getByRole('region', { name: 'Notes' });
    await notes.getByText('Private: only me', { exact: true }).click();
    await notes.getByLabel('Private note').fill(privateText);
    await notes.getByRole('button', { name: 'Save private note' }).click();
    await notes.getByText('Private · only you can see this').waitFor();
    await notes.getByText(/^Shared with /).click();
    await notes.getByLabel('Shared note').fill(sharedText);
    await notes.getByRole('button', { name: 'Share note' }).click();
    await notes.getByText(sharedText).waitFor();
    await screenshot(menteePage, 'relationship-03-mentee-notes');
    await mentorPage.reload();
    await mentorPage.getByRole('region', { name: 'Notes' }).getByText(sharedText).waitFor();
    assert.equal(await mentorPage.getByText(privateText).count(), 0, 'the mentor never sees the mentee’s private note');

    // Closure: the mentor starts it, the mentee gives their part, and the relationship closes.
    const closure = mentorPage.getByRole('region', { name: 'Closure' });
    await closure.getByRole('button', { name: 'Start closure' }).click();
    await closure.getByLabel('Your reflection').fill('Preparing the questions together mattered more than my advice.');
    await closure.getByRole('radio', { name: 'Keep periodic contact' }).check();
    await closure.getByRole('button', { name: 'Start closure' }).click();
    await closure.getByText('Waiting for your partner to give their part of the closure.').waitFor();
    await menteePage.reload();
    const menteeClosure = menteePage.getByRole('region', { name: 'Closure' });
    await menteeClosure.getByLabel('Your reflection').fill('I can defend a budget on my own now.');
    await menteeClosure.getByRole('button', { name: 'Give my part and close' }).click();
    await menteeClosure.getByText('Closed', { exact: true }).waitFor();
    await menteePage.getByText('Stage 4 · Moving on').first().waitFor();
    await screenshot(menteePage, 'relationship-04-closed');

    // The coordinator sees the shape (closed, a meeting held) and none of the words.
    await coordinatorPage.goto(relationshipUrl);
    await coordinatorPage.getByRole('region', { name: 'Closure' }).getByText('Closed', { exact: true }).waitFor();
    for (const text of [privateText, sharedText, 'Present the team budget'])
      assert.equal(await coordinatorPage.getByText(text).count(), 0, `the coordinator does not see “${text}”`);
    await screenshot(coordinatorPage, 'relationship-05-coordinator-view');
    assert.deepEqual(errors, []);
  });
});
