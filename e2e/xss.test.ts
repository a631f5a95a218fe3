import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { demoCoordinator, demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { pairByHand } from './support/pairing.ts';
import { signInThroughPage } from './support/sign-in.ts';

const mentor = demoMentors[7];
const mentee = demoMentees[8];
const askedMentor = demoMentors[8];

// Each would set window.__xss (or open a dialog) if the app put it into the page as HTML.
const scriptTag = "<script>window.__xss='script'</script>";
const payload = [
  scriptTag,
  `<img src=x onerror="window.__xss='img';alert('img')">`,
  `<svg onload="window.__xss='svg'"></svg>`,
  `<a href="javascript:window.__xss='link'">open me</a>`,
  "[markdown link](javascript:window.__xss='markdown')",
  `<iframe srcdoc="<script>parent.__xss='iframe'</script>"></iframe>`,
].join(' ');
const nameImg = `<img src=x onerror="window.__xss='name'">`;
const hostileName = `Eve ${nameImg}`;

/** Calls the API from the page (same origin, the page's session cookie) and fails on an error status. */
async function apiFrom(page: Page, method: string, path: string, body?: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, path, body },
  );
}

/** The person id of a demo person enrolled in Emerging Leaders 2027 (asked as the coordinator). */
async function enrolledPersonId(page: Page, email: string): Promise<string> {
  const { items: programs } = (await apiFrom(page, 'GET', '/programs?limit=500')) as { items: Array<{ id: string; name: string }> };
  const program = programs.find((p) => p.name === 'Emerging Leaders 2027');
  const { items: enrolments } = (await apiFrom(page, 'GET', `/programs/${program?.id}/enrolments?limit=500`)) as {
    items: Array<{ personId: string; person: { email: string } }>;
  };
  const id = enrolments.find((e) => e.person.email === email)?.personId;
  assert.ok(id, `${email} is enrolled`);
  return id;
}

/** Watches a page for dialogs (alert, confirm) and dismisses them. */
function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Asserts the page ran none of the payloads and holds none of them as live elements. */
async function assertNothingRan(page: Page, where: string): Promise<void> {
  // Runs in the browser; written as a string because this project's TypeScript has no DOM types.
  const state = (await page.evaluate(`({
    xss: window.__xss,
    liveElements: [...document.querySelectorAll('#root img[onerror], #root svg[onload], #root iframe, #root a[href^="javascript:" i], #root script')]
      .map((element) => element.outerHTML.slice(0, 120)),
  })`)) as { xss: unknown; liveElements: string[] };
  assert.equal(state.xss, undefined, `${where}: a payload ran (window.__xss = ${String(state.xss)})`);
  assert.deepEqual(state.liveElements, [], `${where}: payload markup became elements`);
}

describe('stored XSS', { skip: skipWithoutChromium(), timeout: 240_000 }, () => {
  const environment = useServerAndBrowser();

  test('script payloads in a display name, a note, a goal and a request message are shown as text and never run', async () => {
    const { server, browser } = environment();
    if (!mentor || !mentee || !askedMentor) throw new Error('demo people exist');
    const coordinatorPage = await newPage(browser);
    await signInThroughPage(coordinatorPage, server.url, demoCoordinator.email, demoPassword);
    const relationshipId = await pairByHand(coordinatorPage, mentor.email, mentee.email);
    const askedMentorId = await enrolledPersonId(coordinatorPage, askedMentor.email);

    const menteePage = await newPage(browser);
    const mentorPage = await newPage(browser);
    const askedPage = await newPage(browser);
    const pages = [menteePage, mentorPage, askedPage, coordinatorPage];
    const errors = pages.flatMap((page) => collectPageErrors(page));
    const dialogs = pages.flatMap((page) => collectDialogs(page));

    await signInThroughPage(menteePage, server.url, mentee.email, demoPassword);
    await apiFrom(menteePage, 'PATCH', '/me/profile', { displayName: hostileName });
    await apiFrom(menteePage, 'POST', `/relationships/${relationshipId}/notes`, { visibility: 'shared', body: `Shared note: ${payload}` });
    await apiFrom(menteePage, 'POST', `/relationships/${relationshipId}/goals`, { specific: `Goal: ${payload}`, measure: payload });
    await apiFrom(menteePage, 'POST', '/mentor-requests', {
      mentorId: askedMentorId,
      kind: 'conversation',
      message: `Request: ${payload}`,
      need: { text: payload },
      frequency: 'Once',
      investment: 'An hour',
    });

    // The mentee's own relationship page: the note, the goal and their own name.
    await menteePage.goto(`${server.url}/relationships/${relationshipId}`);
    await menteePage.getByText(`Shared note: ${scriptTag}`, { exact: false }).first().waitFor();
    await menteePage.getByText(`Goal: ${scriptTag}`, { exact: false }).first().waitFor();
    await menteePage.getByRole('banner').getByText(hostileName).waitFor();
    await screenshot(menteePage, 'xss-01-mentee-relationship');
    await assertNothingRan(menteePage, "the mentee's relationship page");

    // The mentor reads the same things, and the mentee's hostile name, on the relationship page and at home.
    await signInThroughPage(mentorPage, server.url, mentor.email, demoPassword);
    await assertNothingRan(mentorPage, "the mentor's home page");
    await mentorPage.goto(`${server.url}/relationships/${relationshipId}`);
    await mentorPage.getByText(`Shared note: ${scriptTag}`, { exact: false }).first().waitFor();
    await mentorPage.getByText(`Goal: ${scriptTag}`, { exact: false }).first().waitFor();
    await mentorPage.getByText(nameImg, { exact: false }).first().waitFor();
    await screenshot(mentorPage, 'xss-02-mentor-relationship');
    await assertNothingRan(mentorPage, "the mentor's relationship page");

    // The asked mentor's inbox: the request message, the need and the sender's name.
    await signInThroughPage(askedPage, server.url, askedMentor.email, demoPassword);
    await askedPage.goto(`${server.url}/requests`);
    await askedPage.getByRole('tab', { name: /Inbox/ }).click();
    await askedPage.getByText(`Request: ${scriptTag}`, { exact: false }).first().waitFor();
    await askedPage.getByText(nameImg, { exact: false }).first().waitFor();
    await screenshot(askedPage, 'xss-03-mentor-inbox');
    await assertNothingRan(askedPage, "the asked mentor's inbox");

    // The coordinator's view of the relationship names both people.
    await coordinatorPage.goto(`${server.url}/relationships/${relationshipId}`);
    await coordinatorPage.getByText(nameImg, { exact: false }).first().waitFor();
    await assertNothingRan(coordinatorPage, "the coordinator's relationship view");

    // A javascript: link cannot even be stored where the app renders links (a meeting's video link).
    const refused = await menteePage.evaluate(async (path) => {
      const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const body = { startsAt, durationMinutes: 30, channel: 'video', videoLink: "javascript:window.__xss='meeting'" };
      const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, text: await response.text() };
    }, `/api/v1/relationships/${relationshipId}/meetings`);
    assert.equal(refused.status, 422, refused.text);
    assert.match(refused.text, /videoLink/);

    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(errors, [], 'no console errors (a blocked inline script would log a CSP violation)');
  });
});
