import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoCoordinator, demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium, waitForPath } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentor = demoMentors[6];
const mentee = demoMentees[6];

/** The person id of a demo person enrolled in Emerging Leaders 2027, looked up as the signed-in coordinator. */
async function personIdOf(page: Page, email: string): Promise<string> {
  return page.evaluate(async (email) => {
    const json = async <T,>(path: string): Promise<T> => (await (await fetch(`/api/v1${path}`)).json()) as T;
    const { programs } = await json<{ programs: Array<{ id: string; name: string }> }>('/programs');
    const program = programs.find((p) => p.name === 'Emerging Leaders 2027');
    const { enrolments } = await json<{ enrolments: Array<{ personId: string; person: { email: string } }> }>(`/programs/${program?.id}/enrolments`);
    const id = enrolments.find((e) => e.person.email === email)?.personId;
    if (!id) throw new Error(`${email} is not enrolled`);
    return id;
  }, email);
}

describe('mentor request journey', { skip: skipWithoutChromium(), timeout: 240_000 }, () => {
  const environment = useServerAndBrowser();

  test('a mentee sends an area request, the mentor accepts, and the new relationship opens', async () => {
    const { server, browser } = environment();
    if (!mentor || !mentee) throw new Error('demo people exist');
    const coordinatorPage = await newPage(browser);
    await signInThroughPage(coordinatorPage, server.url, demoCoordinator.email, demoPassword);
    const mentorId = await personIdOf(coordinatorPage, mentor.email);

    const menteePage = await newPage(browser);
    const mentorPage = await newPage(browser);
    const errors = [...collectPageErrors(menteePage), ...collectPageErrors(mentorPage)];
    await signInThroughPage(menteePage, server.url, mentee.email, demoPassword);
    await menteePage.goto(`${server.url}/requests/new?${new URLSearchParams({ mentorId, need: 'Coaching' }).toString()}`);
    await menteePage.getByRole('heading', { name: 'Send a mentor request', level: 1 }).waitFor();
    await menteePage.getByText(`To ${mentor.displayName}.`, { exact: false }).waitFor();
    await menteePage.getByText('Help in one area', { exact: true }).click();
    await menteePage.getByRole('button', { name: 'Use this as a start' }).click();
    await menteePage.getByLabel('Your message').fill('I start leading a team of six in March and admire how you give feedback. Could you help me with that for three months?');
    await menteePage.getByLabel('The need it serves').fill('Giving hard feedback as a new manager');
    await menteePage.getByLabel('I can help you with … (optional)').fill('The new analytics dashboards');
    await screenshot(menteePage, 'requests-01-send-form');
    await menteePage.getByRole('button', { name: 'Send request' }).click();
    await waitForPath(menteePage, '/requests');
    const sent = menteePage.getByRole('article', { name: `Request to ${mentor.displayName}` });
    await sent.getByText('Waiting for the mentor').waitFor();
    await screenshot(menteePage, 'requests-02-my-requests');

    await signInThroughPage(mentorPage, server.url, mentor.email, demoPassword);
    await mentorPage.getByRole('link', { name: 'Requests' }).click();
    await mentorPage.getByRole('tab', { name: /Inbox/ }).click();
    const received = mentorPage.getByRole('article', { name: `Request from ${mentee.displayName}` });
    await received.getByText('Giving hard feedback as a new manager').waitFor();
    await received.getByText('The new analytics dashboards').waitFor();
    await screenshot(mentorPage, 'requests-03-mentor-inbox');
    await received.getByRole('button', { name: 'Accept' }).click();
    await received.getByText('Accepted').waitFor();
    await received.getByRole('link', { name: 'Open the relationship' }).click();
    await waitForPath(mentorPage, /^\/relationships\/[0-9a-f-]+$/);
    await mentorPage.getByText(mentee.displayName).first().waitFor();
    await screenshot(mentorPage, 'requests-04-relationship');

    await menteePage.reload();
    await sent.getByText('Accepted').waitFor();
    await sent.getByRole('link', { name: 'Open the relationship' }).waitFor();
    assert.deepEqual(errors, []);
  });
});
