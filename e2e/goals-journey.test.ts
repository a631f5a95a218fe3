import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoCoordinator, demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitUntil } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentor = demoMentors[5];
const mentee = demoMentees[5];
const privateLesson = 'I rush to fill silences in budget meetings';
const sharedLesson = 'Sending the numbers a day early made the review calm';

/** As the signed-in coordinator (the page's session), pairs a mentor and a mentee of Emerging Leaders 2027 by hand. */
async function startRelationship(page: Page, serverUrl: string, mentorEmail: string, menteeEmail: string): Promise<string> {
  const api = async (path: string, data?: unknown) => {
    const response =
      data === undefined
        ? await page.request.get(`${serverUrl}/api/v1${path}`)
        : await page.request.post(`${serverUrl}/api/v1${path}`, { data });
    assert.ok(response.ok(), `${path}: ${response.status()} ${await response.text()}`);
    return response.json();
  };
  const { items: programs } = await api('/programs?limit=500');
  const program = programs.find((p: { name: string }) => p.name === 'Emerging Leaders 2027');
  const { items: enrolments } = await api(`/programs/${program.id}/enrolments?limit=500`);
  const personId = (email: string) => enrolments.find((e: { person: { email: string } }) => e.person.email === email).personId;
  return (await api(`/programs/${program.id}/relationships`, { mentorId: personId(mentorEmail), menteeId: personId(menteeEmail) }))
    .relationshipId;
}

describe('goals journey', { skip: skipWithoutChromium(), timeout: 180_000 }, () => {
  const environment = useServerAndBrowser();

  test('a mentee adds a goal missing a letter, completes it, records progress and logs privately; the mentor sees only what was shared', async () => {
    const { server, browser } = environment();
    if (!mentor || !mentee) throw new Error('demo people exist');
    const coordinatorPage = await newPage(browser);
    await signInThroughPage(coordinatorPage, server.url, demoCoordinator.email, demoPassword);
    const relationshipUrl = `${server.url}/relationships/${await startRelationship(coordinatorPage, server.url, mentor.email, mentee.email)}`;

    const page = await newPage(browser);
    const errors = collectPageErrors(page);
    await signInThroughPage(page, server.url, mentee.email, demoPassword);
    await page.goto(relationshipUrl);
    const goals = page.getByRole('region', { name: 'Goals', exact: true });
    await goals.getByRole('button', { name: 'Add a goal' }).click();
    const form = page.getByRole('dialog', { name: 'Add a SMART goal' });
    await form.getByLabel(/Specific outcome/).fill('Lead the quarterly budget review for my team');
    await form.getByLabel(/Why it is achievable/).fill('Two hours a week, and my mentor has run ten of these');
    await form.getByLabel(/Relevance to the career plan/).fill('Budgeting is the gap in my plan to become a team lead');
    await form.getByLabel(/Due date/).fill(`${new Date().getFullYear() + 1}-03-31`);
    await form.getByRole('button', { name: 'Add goal' }).click();
    const card = goals.getByRole('article', { name: /Goal: Lead the quarterly budget review/ });
    await card.getByText('Not yet SMART: M missing').waitFor();
    await card.getByText(/Say how you will both know it is done/).waitFor();
    await screenshot(page, 'goals-01-missing-letter-warning');

    await card.getByRole('button', { name: 'Complete the goal' }).click();
    const refine = page.getByRole('dialog', { name: 'Refine the goal' });
    await refine.getByText(/Say how you will both know it is done/).waitFor();
    await refine.getByLabel(/Measure of success/).fill('I present the review and answer finance’s questions without help');
    await refine.getByRole('button', { name: 'Save the new wording' }).click();
    await card.getByText('SMART', { exact: true }).waitFor();
    assert.equal(await card.getByText(/Not yet SMART/).count(), 0, 'the warning is gone once the letter is written');

    await card.getByLabel('New progress, %').fill('40');
    await card.getByRole('button', { name: 'Save progress' }).click();
    await card.getByText('40%', { exact: true }).waitFor();
    await card.getByLabel('New milestone').fill('Shadow one review');
    await card.getByRole('button', { name: 'Add milestone' }).click();
    await card.getByRole('checkbox', { name: 'Shadow one review' }).click();
    await card.getByText('Milestones (1 of 1 done)').waitFor();
    await card.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: /History of/ });
    await history.getByText('Wording refined').waitFor();
    await history.getByText('Progress set to 40%').waitFor();
    await history.getByText('Before this change').waitFor();
    await screenshot(page, 'goals-02-history');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });

    const log = page.getByRole('region', { name: 'Learning log' });
    await log.getByRole('button', { name: 'New entry' }).click();
    await log.getByLabel('What I tried').fill('Presented the budget draft to my manager');
    await log.getByLabel('What I learned').fill(privateLesson);
    await log.getByText(`Only you can read this entry: not ${mentor.displayName}`).first().waitFor();
    await log.getByRole('button', { name: 'Save entry' }).click();
    await log.getByText('Private: only you').waitFor();
    await log.getByRole('button', { name: 'New entry' }).click();
    await log.getByLabel('What I tried').fill('Sent the numbers to finance a day early');
    await log.getByLabel('What I learned').fill(sharedLesson);
    await log
      .getByRole('switch', { name: `Share with ${mentor.displayName}` })
      .first()
      .check();
    await log.getByText(`You and ${mentor.displayName} can read this entry.`).first().waitFor();
    await log.getByRole('button', { name: 'Save entry' }).click();
    await log.getByText(`Shared with ${mentor.displayName}`, { exact: true }).waitFor();
    const checkIns = page.getByRole('region', { name: 'Check-ins' });
    await checkIns.getByLabel(`Check in with ${mentor.displayName}`).fill('Sent the draft; finance liked the format.');
    await checkIns.getByRole('button', { name: 'Send check-in' }).click();
    await checkIns.getByText('Sent the draft; finance liked the format.').waitFor();
    await screenshot(page, 'goals-03-mentee-log-and-check-in');
    assert.deepEqual(errors, []);

    const mentorPage = await newPage(browser);
    const mentorErrors = collectPageErrors(mentorPage);
    await signInThroughPage(mentorPage, server.url, mentor.email, demoPassword);
    await mentorPage.goto(relationshipUrl);
    const mentorLog = mentorPage.getByRole('region', { name: 'Learning log' });
    await mentorLog.getByText(sharedLesson).waitFor();
    await mentorPage.getByRole('region', { name: 'Goals', exact: true }).getByText('40%', { exact: true }).waitFor();
    await mentorPage.getByRole('region', { name: 'Check-ins' }).getByText('Sent the draft; finance liked the format.').waitFor();
    await waitUntil(
      () => mentorLog.getByRole('article').count(),
      (n) => n === 1,
      'the mentor’s log to hold the shared entry only',
    );
    assert.ok(!(await mentorPage.content()).includes(privateLesson), 'the private entry never reaches the mentor’s page');
    await screenshot(mentorPage, 'goals-04-mentor-sees-shared-only');
    assert.deepEqual(mentorErrors, []);
  });
});
