import type { Person } from '../domain/person.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from './factories.ts';
import { z } from 'zod';
import { bodyOf, call, idOf, signInAs, type ApiResponse } from './http-client.ts';
import { startRelationships } from '../services/relationships/start-relationships.ts';
import { runMatchingToEnd } from './matching-runs.ts';
import type { TestApp } from './test-app.ts';
import { plantDeadJob } from './planted-job.ts';
import { plantEmail } from './planted-email.ts';

/** Everyone the authorization matrix calls each route as. */
export const principals = [
  'anonymous',
  'mentee',
  'mentor',
  'peerMentee',
  'otherMentor',
  'coordinator',
  'otherCoordinator',
  'admin',
  'supervisor',
  'outsider',
] as const;
/** One of the ten callers: see `principals`. */
export type Principal = (typeof principals)[number];

/** A unique string planted in a confidential field, and the only principals who may read it back. */
export type Marker = { marker: string; what: string; readers: readonly Principal[] };

/** The world's ids for every path parameter, its people's sessions and its confidential markers. */
export type AuthorizationWorld = {
  params: Record<string, string>;
  cookies: Record<Principal, string | undefined>;
  people: Record<Exclude<Principal, 'anonymous'>, Person>;
  markers: Marker[];
  /** Relationships of the mentee's that ended (reflections, survey; an early exit), for a second read sweep. */
  endedRelationshipIds: string[];
  /** The current agreement version and content, for a valid edit body. */
  agreement: { version: number; content: Record<string, unknown> };
  /** Sends a request as one principal. */
  as: (who: Principal, method: string, path: string, body?: unknown) => Promise<ApiResponse>;
  /**
   * Ids of the principals' own resources of the same kind (their relationship, their program and
   * an application to it), to pair with the mentee's child ids in a path (`/relationships/{theirs}/notes/{the mentee's}`).
   */
  ownParams: Partial<Record<Principal, Record<string, string>>>;
  /** Signs the principal in again (after a call that ended or rotated their session). */
  renewSession: (who: Principal) => Promise<void>;
  /** A new member of the organization, for calls that use a person up (deletion). */
  makeSparePersonId: () => Promise<string>;
};

/** The peer mentee's shared faith: what a guess at the mentor's matching-only one would be. */
export const peerMenteeFaith = 'Quaker';

const marker = (what: string) => `MARKER-${what}-${Math.random().toString(36).slice(2, 10)}`;

/** The parts of an agreement the world reads: its version and content, to edit it validly. */
const AgreementStateSchema = z.object({ currentVersion: z.number(), current: z.object({ content: z.record(z.string(), z.unknown()) }) });

/** Fails the world's setup loudly when one of its own requests does not succeed. */
function expectOk(response: ApiResponse, what: string): ApiResponse {
  if (response.status >= 300) throw new Error(`world setup: ${what} answered ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

/**
 * A realistic organization around one mentee: their mentor and relationship (agreement, goal with
 * a milestone, meeting, notes, learning log, check-in), a peer mentee, another program with its
 * coordinator, mentor, relationship and application, an admin, the mentee's supervisor, the
 * mentee's application with an interview, a matching run and override, a network tie, a
 * development plan shared with the supervisor, a mentor request, a skill suggestion, an invitation
 * and a calendar feed; an ended relationship with reflections and a survey, one ended early by the
 * mentor; and a member of another organization. Every confidential field holds a marker.
 *
 * @example const world = await buildAuthorizationWorld(t);
 */
export async function buildAuthorizationWorld(t: TestApp): Promise<AuthorizationWorld> {
  const org = await makeOrganization(t.ctx, 'Matrix Org');
  const person = (name: string, role: 'member' | 'coordinator' | 'admin' = 'member') => makePerson(t.ctx, org.id, { name, role });
  const people = {
    mentee: await person('Matrix Mentee'),
    mentor: await person('Matrix Mentor'),
    peerMentee: await person('Matrix Peer Mentee'),
    otherMentor: await person('Matrix Other Mentor'),
    coordinator: await person('Matrix Coordinator', 'coordinator'),
    otherCoordinator: await person('Matrix Other Coordinator', 'coordinator'),
    admin: await person('Matrix Admin', 'admin'),
    supervisor: await person('Matrix Supervisor'),
    outsider: await makePerson(t.ctx, (await makeOrganization(t.ctx, 'Elsewhere')).id, { name: 'Matrix Outsider' }),
  };
  const formerMentor = await person('Matrix Former Mentor');
  const requestedMentor = await person('Matrix Requested Mentor');
  const leavingMentor = await person('Matrix Leaving Mentor');
  const spare = await person('Matrix Spare');
  const cookies = { anonymous: undefined } as Record<Principal, string | undefined>;
  for (const [who, p] of Object.entries(people)) cookies[who as Principal] = await signInAs(t.app, p.email, testPassword);
  const as = (who: Principal, method: string, path: string, body?: unknown) =>
    call(t.app, method, `/api/v1${path}`, body, { cookie: cookies[who] });
  const ok = async (who: Principal, method: string, path: string, body?: unknown) =>
    expectOk(await as(who, method, path, body), `${who} ${method} ${path}`);
  /** For people who are not principals (the mentee's former mentors, the spare applicant). */
  const okAs = async (someone: Person, method: string, path: string, body?: unknown) =>
    expectOk(
      await call(t.app, method, `/api/v1${path}`, body, { cookie: await signInAs(t.app, someone.email, testPassword) }),
      `${someone.displayName} ${method} ${path}`,
    );
  const pair = async (programId: string, mentor: Person, mentee: Person, coordinator: Person) =>
    (
      await startRelationships(t.ctx.db, org.id, [
        { programId, mentorId: mentor.id, menteeId: mentee.id, source: 'manual', matchingRunId: null, createdById: coordinator.id },
      ])
    )[0] ?? '';

  const enrolled: Array<[Person, 'mentor' | 'mentee']> = [
    [people.mentor, 'mentor'],
    [formerMentor, 'mentor'],
    [leavingMentor, 'mentor'],
    [requestedMentor, 'mentor'],
    [people.mentee, 'mentee'],
    [people.peerMentee, 'mentee'],
  ];
  const program = await makeProgram(t.ctx, people.coordinator, enrolled);
  const otherMentee = await person('Matrix Other Mentee');
  const otherProgram = await makeProgram(t.ctx, people.otherCoordinator, [
    [people.otherMentor, 'mentor'],
    [otherMentee, 'mentee'],
  ]);
  const otherRelationshipId = await pair(otherProgram.id, people.otherMentor, otherMentee, people.otherCoordinator);
  const start = (mentor: Person) => pair(program.id, mentor, people.mentee, people.coordinator);
  const closedRelationshipId = await start(formerMentor);
  const markers: Marker[] = [];
  const plant = (what: string, readers: readonly Principal[]) => {
    const value = marker(what);
    markers.push({ marker: value, what, readers });
    return value;
  };

  // The ended relationship: both reflections and the mentee's survey stay between the pair.
  await okAs(formerMentor, 'PUT', `/relationships/${closedRelationshipId}/closure`, {
    reflection: plant('former-mentor-reflection', ['mentee']),
    nextStep: 'end',
  });
  await ok('mentee', 'PUT', `/relationships/${closedRelationshipId}/closure`, {
    reflection: plant('mentee-reflection', ['mentee']),
    nextStep: 'end',
  });
  await ok('mentee', 'PUT', `/relationships/${closedRelationshipId}/closure/survey`, {
    rating: 4,
    comment: plant('mentee-survey', ['mentee']),
  });
  // An early exit by the mentor: its reason reaches the program's coordinators, not the mentee.
  const exitedRelationshipId = await start(leavingMentor);
  await okAs(leavingMentor, 'POST', `/relationships/${exitedRelationshipId}/closure/early-exit`, {
    reason: plant('early-exit-reason', ['coordinator', 'admin']),
  });

  const relationshipId = await start(people.mentor);
  const rel = `/relationships/${relationshipId}`;
  await ok('mentee', 'PATCH', '/me/profile', {
    supervisorId: people.supervisor.id,
    commonGroundConsent: true,
    identityAttributes: [
      { label: 'Background', value: plant('private-attribute', ['mentee']), visibility: 'private' },
      { label: 'Culture', value: plant('matching-only-attribute', ['mentee']), visibility: 'matching_only' },
    ],
  });
  // The mentor keeps a background from others; the peer mentee shares one value of it, as a guess would (issue 14, finding 2).
  await ok('mentor', 'PATCH', '/me/profile', {
    mentorCapacity: 3,
    functionsOffered: ['coaching'],
    commonGroundConsent: true,
    identityAttributes: [
      { label: 'Background', value: plant('mentor-private-attribute', ['mentor']), visibility: 'private' },
      { label: 'Faith', value: plant('mentor-matching-only-attribute', ['mentor']), visibility: 'matching_only' },
    ],
  });
  await ok('peerMentee', 'PATCH', '/me/profile', {
    functionsSought: ['coaching'],
    commonGroundConsent: true,
    identityAttributes: [{ label: 'Faith', value: peerMenteeFaith, visibility: 'shared' }],
  });
  const agreement = bodyOf(await ok('mentee', 'GET', `${rel}/agreement`), AgreementStateSchema);
  const content = {
    ...agreement.current.content,
    confidentiality: { betweenUs: plant('agreement-between-us', ['mentee', 'mentor']), programMaySee: 'That we meet monthly' },
  };
  const edited = bodyOf(
    await ok('mentee', 'PUT', `${rel}/agreement`, { version: agreement.currentVersion, content }),
    AgreementStateSchema,
  );
  const pairOnly = ['mentee', 'mentor'] as const;
  const goal = await ok('mentee', 'POST', `${rel}/goals`, { specific: plant('goal', pairOnly) });
  const milestone = bodyOf(
    await ok('mentee', 'POST', `${rel}/goals/${idOf(goal)}/milestones`, { title: plant('milestone', pairOnly) }),
    z.object({ milestones: z.array(z.object({ id: z.string() })).min(1) }),
  );
  const inTwoDays = new Date(t.ctx.now().getTime() + 2 * 86_400_000).toISOString();
  const meeting = await ok('mentee', 'POST', `${rel}/meetings`, {
    startsAt: inTwoDays,
    durationMinutes: 45,
    channel: 'video',
    videoLink: 'https://meet.example.org/matrix',
    agenda: plant('meeting-agenda', pairOnly),
  });
  const note = await ok('mentee', 'POST', `${rel}/notes`, { visibility: 'shared', body: plant('shared-note', pairOnly) });
  await ok('mentor', 'POST', `${rel}/notes/${idOf(note)}/comments`, { body: plant('note-comment', pairOnly) });
  await ok('mentee', 'POST', `${rel}/notes`, { visibility: 'private', body: plant('private-note', ['mentee']) });
  const entry = await ok('mentee', 'POST', `${rel}/learning-log`, {
    tried: 'Asked for feedback',
    happened: plant('unshared-log', ['mentee']),
  });
  await ok('mentor', 'POST', `${rel}/learning-log`, { tried: plant('shared-log', pairOnly), shared: true });
  await ok('mentee', 'POST', `${rel}/check-ins`, { body: plant('check-in', pairOnly) });

  // An application of the mentee's, interviewed by the coordinator.
  const hope = { id: 'hope', kind: 'long_text', label: 'What do you hope to learn?' };
  await ok('coordinator', 'PUT', `/programs/${program.id}/intake-form`, {
    standardQuestions: ['expertise_wanted'],
    customQuestions: [hope],
  });
  const answers = { hope: plant('application-answer', ['mentee', 'coordinator', 'admin']) };
  const application = await ok('mentee', 'PUT', `/programs/${program.id}/my-application`, { role: 'mentee', answers, submit: true });
  const interview = await ok('coordinator', 'POST', `/applications/${idOf(application)}/interviews`, {
    notes: plant('interview-notes', ['coordinator', 'admin']),
    motivation: 4,
  });

  await ok('otherCoordinator', 'PUT', `/programs/${otherProgram.id}/intake-form`, { standardQuestions: [], customQuestions: [] });
  const otherApplication = await okAs(spare, 'PUT', `/programs/${otherProgram.id}/my-application`, { role: 'mentee', submit: true });
  const run = await runMatchingToEnd(t.app, program.id, cookies.coordinator ?? '');
  const override = await ok('coordinator', 'POST', `/programs/${program.id}/matching/overrides`, {
    kind: 'forbid',
    menteeId: people.peerMentee.id,
    mentorId: formerMentor.id,
  });
  const tie = await ok('mentee', 'POST', '/me/network/ties', {
    name: plant('tie-name', ['mentee']),
    insideOrganization: false,
    note: plant('tie-note', ['mentee']),
    kind: 'senior',
    functions: ['coaching'],
    closeness: 3,
    frequency: 'monthly',
  });
  await ok('mentee', 'PUT', '/me/development-plan', {
    needs: [{ text: plant('plan-need', ['mentee', 'supervisor']) }],
    sharedWithSupervisor: true,
  });
  await ok('supervisor', 'POST', `/people/${people.mentee.id}/development-plan/comments`, {
    kind: 'suggestion',
    body: plant('plan-comment', ['mentee', 'supervisor']),
  });
  const request = await ok('mentee', 'POST', '/mentor-requests', {
    mentorId: requestedMentor.id,
    kind: 'area',
    message: plant('request-message', ['mentee']),
    need: { text: plant('request-need', ['mentee']), functions: ['coaching'] },
    frequency: 'Every two weeks',
    investment: 'I will prepare each conversation.',
  });
  const skill = await ok('mentee', 'POST', '/skills', { name: 'Matrix Facilitation' });
  const invitation = await ok('admin', 'POST', '/invitations', { email: `matrix-${Date.now()}@example.test` });
  const feed = await ok('mentee', 'POST', '/me/calendar-feed');
  const enrolment = await ok('coordinator', 'POST', `/programs/${program.id}/enrolments`, { personId: spare.id, role: 'mentee' });

  const params = {
    relationshipId,
    programId: program.id,
    otherProgramId: otherProgram.id,
    personId: people.mentee.id,
    mentorId: requestedMentor.id,
    spareId: spare.id,
    formerMentorId: formerMentor.id,
    goalId: idOf(goal),
    milestoneId: milestone.milestones[0]?.id ?? '',
    meetingId: idOf(meeting),
    noteId: idOf(note),
    entryId: idOf(entry),
    applicationId: idOf(application),
    interviewId: idOf(interview),
    runId: run.body.id,
    overrideId: idOf(override),
    tieId: idOf(tie),
    requestId: idOf(request),
    skillId: idOf(skill),
    enrolmentId: idOf(enrolment),
    token: bodyOf(invitation, z.object({ link: z.string() })).link.split('/invitations/')[1] ?? '',
    file: bodyOf(feed, z.object({ url: z.string() })).url.split('/calendar-feeds/')[1] ?? '',
    ...(await plantDeadJob(t, people.mentee.organizationId)),
    ...(await plantEmail(t, people.mentee)),
  };
  const renewSession = async (who: Principal) => {
    if (who !== 'anonymous') cookies[who] = await signInAs(t.app, people[who].email, testPassword);
  };
  const makeSparePersonId = async () => (await person('Matrix Spare')).id;
  const agreementNow = { version: edited.currentVersion, content: edited.current.content };
  const endedRelationshipIds = [closedRelationshipId, exitedRelationshipId];
  const ownParams = {
    otherMentor: { relationshipId: otherRelationshipId },
    otherCoordinator: { programId: otherProgram.id, applicationId: idOf(otherApplication) },
  };
  return {
    params,
    cookies,
    people,
    markers,
    endedRelationshipIds,
    ownParams,
    agreement: agreementNow,
    as,
    renewSession,
    makeSparePersonId,
  };
}
