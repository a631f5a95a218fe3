import assert from 'node:assert/strict';
import { plantEmail } from '../planted-email.ts';
import type { Person } from '../../domain/person.ts';
import { makeProgram, testPassword } from '../factories.ts';
import { MentorRequestSchema } from '../../../shared/schemas/index.ts';
import { z } from 'zod';
import { bodyOf, call, idOf, signInAs, type ApiResponse } from '../http-client.ts';
import { runMatchingToEnd } from '../matching-runs.ts';
import { areaRequest, mentorWithMentees } from '../mentor-request-setup.ts';
import { makePairSessions } from '../pair-sessions.ts';
import type { TestApp } from '../test-app.ts';

/** Who the fuzzer signs in as: each route is called by someone allowed to use it. */
export type FuzzPrincipal = 'anonymous' | 'admin' | 'coordinator' | 'mentor' | 'mentee' | 'requestMentor' | 'requestMentee';

/** One organization with a row behind every path parameter of the API, and everyone signed in. */
export type FuzzWorld = {
  cookies: Record<FuzzPrincipal, string | undefined>;
  /** A real id (or token, or file name) for each path parameter name. */
  ids: Record<string, string>;
  /** The program the mentee applied to (an open group program with an intake form). */
  applicationProgramId: string;
};

/**
 * Builds the fuzzer's world through the services and the API itself: a pair in a program with
 * a note, meeting, goal, milestone, learning-log entry, tie, matching run and override; an
 * application with an interview in a second program; a pending skill; an open mentor request;
 * an invitation and a calendar feed.
 *
 * @example const world = await buildFuzzWorld(t); world.ids.relationshipId;
 */
export async function buildFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const pair = await makePairSessions(t);
  const { cookies } = pair;
  const send = async (
    cookie: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    expected = [200, 201, 202],
  ): Promise<ApiResponse> => {
    const res = await call(t.app, method, `/api/v1${path}`, body, { cookie });
    assert.ok(expected.includes(res.status), `${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const rel = `/relationships/${pair.relationshipId}`;
  const programId = pair.program.id;
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  const note = await send(cookies.mentee, 'POST', `${rel}/notes`, { visibility: 'shared', body: 'Fuzz world note' });
  const meeting = await send(cookies.mentee, 'POST', `${rel}/meetings`, {
    startsAt: inDays(3),
    durationMinutes: 45,
    channel: 'video',
    videoLink: 'https://meet.example.org/fuzz',
  });
  const goal = await send(cookies.mentee, 'POST', `${rel}/goals`, {
    specific: 'Lead the quarterly budget review',
    measure: 'The review is held',
    achievable: 'Two hours a week',
    relevant: 'Budgeting is my gap',
  });
  const milestone = await send(cookies.mentee, 'POST', `${rel}/goals/${idOf(goal)}/milestones`, {
    title: 'Shadow one review',
    dueOn: inDays(60).slice(0, 10),
  });
  const entry = await send(cookies.mentee, 'POST', `${rel}/learning-log`, { tried: 'Asked before advising', learned: 'Listen first' });
  const tie = await send(cookies.mentee, 'POST', '/me/network/ties', {
    name: 'Ana Ruiz',
    kind: 'senior',
    insideOrganization: false,
    functions: ['sponsorship'],
    closeness: 4,
    frequency: 'quarterly',
  });
  const skill = await send(cookies.mentee, 'POST', '/skills', { name: 'Fuzz budgeting' });
  const enrolments = await send(cookies.coordinator, 'GET', `/programs/${programId}/enrolments`);
  const run = await runMatchingToEnd(t.app, programId, cookies.coordinator);
  const override = await send(cookies.coordinator, 'POST', `/programs/${programId}/matching/overrides`, {
    kind: 'forbid',
    menteeId: pair.mentee.id,
    mentorId: pair.mentor.id,
  });
  const invitation = await send(cookies.admin, 'POST', '/invitations', { email: 'fuzz-invitee@example.test', organizationRole: 'member' });
  const feed = await send(cookies.mentor, 'POST', '/me/calendar-feed');

  const application = await applyToGroupProgram(t, pair.coordinator, cookies.coordinator, cookies.mentee, send);
  const interview = await send(cookies.coordinator, 'POST', `/applications/${application.applicationId}/interviews`, {
    notes: 'Fuzz interview',
  });

  const requests = await mentorWithMentees(t, pair.organizationId, pair.coordinator, 2, 1);
  const requestMentee = requests.mentees[0];
  assert.ok(requestMentee);
  const request = await requestMentee.as('POST', '/mentor-requests', areaRequest(requests.mentor.person.id));
  assert.equal(request.status, 201, JSON.stringify(request.body));

  const firstEnrolment = bodyOf(enrolments, z.object({ items: z.array(z.object({ id: z.string() })) })).items[0];
  assert.ok(firstEnrolment, 'the pair program has enrolments');
  return {
    cookies: {
      anonymous: undefined,
      admin: cookies.admin,
      coordinator: cookies.coordinator,
      mentor: cookies.mentor,
      mentee: cookies.mentee,
      requestMentor: await signInAs(t.app, requests.mentor.person.email, testPassword),
      requestMentee: await signInAs(t.app, requestMentee.person.email, testPassword),
    },
    ids: {
      programId,
      relationshipId: pair.relationshipId,
      enrolmentId: firstEnrolment.id,
      personId: pair.mentee.id,
      noteId: idOf(note),
      meetingId: idOf(meeting),
      goalId: idOf(goal),
      milestoneId: bodyOf(milestone, z.object({ milestones: z.array(z.object({ id: z.string() })).min(1) })).milestones[0]?.id ?? '',
      entryId: idOf(entry),
      tieId: idOf(tie),
      skillId: idOf(skill),
      runId: idOf(run),
      overrideId: idOf(override),
      applicationId: application.applicationId,
      interviewId: idOf(interview),
      requestId: bodyOf(request, MentorRequestSchema).id,
      mentorId: requests.mentor.person.id,
      token: bodyOf(invitation, z.object({ link: z.string() })).link.split('/invitations/')[1] ?? '',
      file: bodyOf(feed, z.object({ url: z.string() })).url.split('/calendar-feeds/')[1] ?? '',
      ...(await plantEmail(t, pair.mentee)),
    },
    applicationProgramId: application.programId,
  };
}

type Send = (cookie: string | undefined, method: string, path: string, body?: unknown) => Promise<ApiResponse>;

/** An open group program with an intake form, and the mentee's submitted application to it. */
async function applyToGroupProgram(t: TestApp, coordinator: Person, coordinatorCookie: string, menteeCookie: string, send: Send) {
  const program = await makeProgram(t.ctx, coordinator, [], 'group');
  await send(coordinatorCookie, 'PUT', `/programs/${program.id}/intake-form`, {
    standardQuestions: ['mentoring_approach'],
    customQuestions: [{ id: 'goal', kind: 'long_text', label: 'What do you want to grow in?', required: true }],
  });
  const applied = await send(menteeCookie, 'PUT', `/programs/${program.id}/my-application`, {
    role: 'mentee',
    answers: { goal: 'Lead a team' },
    submit: true,
  });
  await send(coordinatorCookie, 'POST', `/applications/${idOf(applied)}/decision`, { decision: 'interview' });
  return { programId: program.id, applicationId: idOf(applied) };
}
