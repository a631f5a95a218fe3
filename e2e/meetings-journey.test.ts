import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DateTime } from 'luxon';
import { dateRanges } from '../shared/limits.ts';
import type { Page } from 'playwright-core';
import { demoCoordinator, demoMentees, demoMentors, demoPassword } from '../src/services/demo/demo-people.ts';
import { dateTimeInputBounds } from '../web/src/forms/date-bounds.ts';
import { collectPageErrors, newPage, screenshot, skipWithoutChromium } from './support/browser.ts';
import { useServerAndBrowser } from './support/environment.ts';
import { signInThroughPage } from './support/sign-in.ts';

type Enrolment = { personId: string; role: string; status: string; person: { email: string } };

// A coordinator pairs a mentor and a mentee of the demo program living in different zones.
async function pairAcrossZones(page: Page, serverUrl: string) {
  const programs = (await (await page.request.get(`${serverUrl}/api/v1/programs?limit=500`)).json()) as {
    items: Array<{ id: string; name: string }>;
  };
  const program = programs.items.find((p) => p.name === 'Emerging Leaders 2027');
  assert.ok(program, 'the demo program exists');
  const { items: enrolments } = (await (
    await page.request.get(`${serverUrl}/api/v1/programs/${program.id}/enrolments?limit=500`)
  ).json()) as {
    items: Enrolment[];
  };
  const enrolled = (role: string) => enrolments.filter((e) => e.role === role && e.status === 'active');
  const zoneOf = (email: string) => [...demoMentors, ...demoMentees].find((p) => p.email === email)?.timeZone;
  const mentor = enrolled('mentor').find((e) => zoneOf(e.person.email) === 'Asia/Tokyo') ?? enrolled('mentor')[0];
  assert.ok(mentor, 'the program has a mentor');
  const mentee =
    enrolled('mentee').find((e) => zoneOf(e.person.email)?.startsWith('America/')) ??
    enrolled('mentee').find((e) => zoneOf(e.person.email) !== zoneOf(mentor.person.email));
  assert.ok(mentee, 'the program has a mentee in another zone');
  const response = await page.request.post(`${serverUrl}/api/v1/programs/${program.id}/relationships`, {
    data: { mentorId: mentor.personId, menteeId: mentee.personId },
  });
  assert.equal(response.status(), 201, await response.text());
  const { relationshipId } = (await response.json()) as { relationshipId: string };
  const person = (email: string) => [...demoMentors, ...demoMentees].find((p) => p.email === email);
  const mentorPerson = person(mentor.person.email);
  const menteePerson = person(mentee.person.email);
  assert.ok(mentorPerson && menteePerson);
  assert.ok(mentorPerson.timeZone && menteePerson.timeZone);
  return {
    relationshipId,
    mentor: { ...mentorPerson, timeZone: mentorPerson.timeZone },
    mentee: { ...menteePerson, timeZone: menteePerson.timeZone },
  };
}

describe('meetings journey', { skip: skipWithoutChromium(), timeout: 300_000 }, () => {
  const environment = useServerAndBrowser();

  test('a mentee proposes a meeting on their clock, the mentor accepts on theirs, and it is marked held with a summary', async () => {
    const { server, browser } = environment();
    const coordinatorPage = await newPage(browser);
    await signInThroughPage(coordinatorPage, server.url, demoCoordinator.email, demoPassword);
    const { relationshipId, mentor, mentee } = await pairAcrossZones(coordinatorPage, server.url);
    const relationshipUrl = `${server.url}/relationships/${relationshipId}`;

    // The mentee proposes a meeting two minutes ahead (so it can be held during the test).
    const menteePage = await newPage(browser);
    const menteeErrors = collectPageErrors(menteePage);
    await signInThroughPage(menteePage, server.url, mentee.email, demoPassword);
    await menteePage.goto(relationshipUrl);
    const meetings = menteePage.getByRole('region', { name: 'Meetings' });
    await meetings.getByRole('button', { name: 'Propose a meeting' }).click();
    const start = DateTime.now().setZone(mentee.timeZone).plus({ minutes: 2 }).startOf('minute');
    const when = meetings.getByLabel(/Date and time \(your time/);
    // The picker offers only what the API accepts: a year back to two years ahead (shared/limits.ts).
    assert.deepEqual(
      [await when.getAttribute('min'), await when.getAttribute('max')],
      Object.values(dateTimeInputBounds(dateRanges.meeting)),
    );
    await when.fill(start.toFormat("yyyy-MM-dd'T'HH:mm"));
    const mentorClock = start.setZone(mentor.timeZone).toFormat('HH:mm');
    const partnerTime = meetings.getByTestId('partner-time');
    await partnerTime.getByText(`For ${mentor.displayName}`).waitFor();
    assert.match(
      (await partnerTime.textContent()) ?? '',
      new RegExp(`${mentorClock} .*\\(${mentor.timeZone.split('/').pop()?.replaceAll('_', ' ')}\\)`),
    );
    await meetings.getByLabel('Video link').fill('https://meet.example.org/leaders');
    await meetings.getByRole('button', { name: 'Add to agenda: What would make these conversations worth your time?' }).click();
    assert.match(
      await meetings.getByRole('textbox', { name: 'Agenda', exact: true }).inputValue(),
      /^- What would make these conversations worth your time\?$/,
    );
    await screenshot(menteePage, 'meetings-01-mentee-proposes');
    await meetings.getByRole('button', { name: 'Propose meeting' }).click();
    await menteePage.getByText('Meeting proposed').waitFor();
    await meetings.getByText(`Waiting for ${mentor.displayName} to accept.`).waitFor();

    // The mentor sees it on their own clock and accepts it.
    const mentorPage = await newPage(browser);
    const mentorErrors = collectPageErrors(mentorPage);
    await signInThroughPage(mentorPage, server.url, mentor.email, demoPassword);
    await mentorPage.goto(relationshipUrl);
    const mentorMeetings = mentorPage.getByRole('region', { name: 'Meetings' });
    await mentorMeetings.getByText(`${mentee.displayName} proposed this time.`).waitFor();
    await mentorMeetings.getByText(new RegExp(`${mentorClock} .* – .* · you`)).waitFor();
    await mentorMeetings.getByRole('button', { name: 'Accept' }).click();
    await mentorPage.getByText('Meeting accepted').waitFor();
    await mentorMeetings.getByText('Accepted', { exact: true }).waitFor();
    await screenshot(mentorPage, 'meetings-02-mentor-accepted');

    // "Add to calendar" gives a real iCalendar file.
    const href = await mentorMeetings.getByRole('link', { name: 'Add to calendar' }).getAttribute('href');
    assert.ok(href);
    const ics = await mentorPage.request.get(`${server.url}${href}`);
    assert.equal(ics.status(), 200);
    assert.match(await ics.text(), /BEGIN:VCALENDAR[\s\S]*STATUS:CONFIRMED[\s\S]*END:VCALENDAR/);

    // Once it has started (the server's clock moves past the start), the mentor marks it held.
    server.advanceClock(start.toMillis() - Date.now() + 60_000);
    await mentorPage.reload();
    await mentorMeetings.getByRole('button', { name: 'Mark held' }).click();
    const dialog = mentorPage.getByRole('dialog', { name: 'Mark the meeting held' });
    await dialog.getByLabel('What was agreed').fill(`${mentee.displayName} drafts the team budget by Friday; we review it next time.`);
    await dialog.getByRole('button', { name: 'Mark held' }).click();
    await mentorPage.getByText('Marked as held').waitFor();
    await mentorMeetings.getByText('What we agreed').waitFor();
    await mentorMeetings.getByText('Held', { exact: true }).waitFor();
    // A held meeting is past: it leaves the upcoming list (paged apart, `when=upcoming`) for the past one.
    await mentorMeetings.getByRole('heading', { name: 'Past and cancelled' }).waitFor();
    await mentorMeetings.getByText('No meetings planned. Propose one to keep the momentum going.').waitFor();
    await mentorPage.getByText(/last touch point/).waitFor();
    await screenshot(mentorPage, 'meetings-03-held-with-summary');

    // The mentee makes a private calendar feed URL.
    await menteePage.reload();
    await meetings.getByText('What we agreed').waitFor();
    await meetings.getByRole('button', { name: 'Create feed URL' }).click();
    const feedUrl = await meetings.getByRole('textbox', { name: 'Feed URL' }).inputValue();
    assert.match(feedUrl, /\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await menteePage.request.get(feedUrl);
    assert.equal(feed.status(), 200);
    await screenshot(menteePage, 'meetings-04-mentee-feed');

    assert.deepEqual([...menteeErrors, ...mentorErrors], []);
  });
});
