import { z } from 'zod';
import { CreatedInvitationSchema } from '../../shared/schemas/index.ts';
import { testPassword } from './factories.ts';
import type { AuthorizationWorld, Principal } from './authorization-world.ts';
import { bodyOf } from './http-client.ts';

/** Any answer that carries the id of what it created. */
const IdentifiedSchema = z.object({ id: z.string() });

/** One operation of the OpenAPI document: `METHOD /path/{param}` without the /api/v1 prefix. */
export type OperationKey = string;

/**
 * A minimal valid body for each operation that takes one, so that the answer is about who may
 * call, not about the input (the input schema is checked before any permission).
 */
export function requestBodyFor(key: OperationKey, world: AuthorizationWorld): unknown {
  const { params: p } = world;
  const planningGoal = { specific: 'Chair one planning meeting' };
  const importCsv = { csv: 'email,displayName\nmatrix.import@example.test,Matrix Import\n' };
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const bodies: Record<OperationKey, unknown> = {
    'POST /auth/sign-in': { email: world.people.peerMentee.email, password: testPassword },
    'POST /auth/password': { currentPassword: testPassword, newPassword: testPassword },
    'POST /auth/password-reset': { email: `matrix-reset-${Math.random().toString(36).slice(2)}@example.test` },
    'POST /auth/password-reset/complete': { token: 'matrix-unknown-reset-link-token-0123456789', password: 'a brand new passphrase' },
    'POST /invitations': { email: `matrix-invite-${Math.random().toString(36).slice(2)}@example.test` },
    'POST /invitations/by-token/{token}/accept': { displayName: 'Invited Person', password: 'a brand new passphrase' },
    'POST /imports/people/preview': importCsv,
    'POST /imports/people/commit': importCsv,
    'POST /imports/people/report.csv': importCsv,
    'PATCH /me/profile': { jobTitle: 'Analyst' },
    'PUT /organization/seniority-scale': {
      levels: [
        { level: 1, label: 'Junior' },
        { level: 2, label: 'Senior' },
      ],
    },
    'POST /skills': { name: `Skill ${Math.random().toString(36).slice(2, 8)}` },
    'POST /skills/{skillId}/review': { decision: 'approve' },
    'PUT /programs/{programId}/intake-form': { standardQuestions: ['expertise_wanted'], customQuestions: [] },
    'POST /programs': { name: 'Another program', type: 'one_to_one' },
    'PATCH /programs/{programId}': { purpose: 'Grow new managers' },
    'POST /programs/{programId}/enrolments': { personId: p.spareId, role: 'mentor' },
    'POST /programs/{programId}/enrolments/bulk': { people: [{ personId: p.spareId, role: 'supervisor' }] },
    'PUT /programs/{programId}/my-application': { role: 'mentee', answers: {} },
    'POST /applications/{applicationId}/decision': { decision: 'waitlist' },
    'PUT /applications/{applicationId}/selection-checklist': { selectionChecklist: {} },
    'POST /programs/{programId}/applications/bulk-decision': { decision: 'waitlist', applicationIds: [p.applicationId] },
    'POST /programs/{programId}/applications/invitations': { personId: p.spareId, role: 'mentee' },
    'POST /applications/{applicationId}/interviews': { motivation: 3 },
    'PATCH /applications/{applicationId}/interviews/{interviewId}': { motivation: 5 },
    'PUT /programs/{programId}/matching/rules': { allowRepeatPairs: false },
    'POST /programs/{programId}/matching/runs': {},
    'POST /programs/{programId}/matching/overrides': { kind: 'forbid', menteeId: p.personId, mentorId: p.formerMentorId },
    'POST /programs/{programId}/relationships': { mentorId: p.formerMentorId, menteeId: p.personId },
    'PUT /programs/{programId}/matching/preferences/mine': { picks: [] },
    'PUT /programs/{programId}/mentees/{personId}/mentors-wanted': { mentorsWanted: 2 },
    'POST /mentor-requests': {
      mentorId: p.mentorId,
      kind: 'conversation',
      message: 'Could we talk about planning?',
      need: { text: 'Planning' },
      frequency: 'Once',
      investment: 'I will prepare.',
    },
    'POST /mentor-requests/{requestId}/question': { question: 'What would success look like?' },
    'POST /mentor-requests/{requestId}/answer': { answer: 'A plan I can run.' },
    'POST /mentor-requests/{requestId}/decline': { reason: 'timing' },
    'POST /me/network/ties': {
      name: 'Someone',
      insideOrganization: false,
      kind: 'peer',
      functions: ['friendship'],
      closeness: 2,
      frequency: 'yearly',
    },
    'PATCH /me/network/ties/{tieId}': { closeness: 4 },
    // Stays shared, so the supervisor's comment after it still has a plan to go on.
    'PUT /me/development-plan': { needs: [{ text: 'Run planning' }], sharedWithSupervisor: true },
    'POST /people/{personId}/development-plan/comments': { kind: 'encouragement', body: 'Keep going' },
    'POST /me/notifications/read': { all: true },
    'PUT /me/notification-preferences': { email: { nudges: 'weekly' } },
    'POST /relationships/{relationshipId}/notes': { visibility: 'shared', body: 'A note' },
    'PATCH /relationships/{relationshipId}/notes/{noteId}': { body: 'An edited note' },
    'POST /relationships/{relationshipId}/notes/{noteId}/comments': { body: 'A comment' },
    'PUT /relationships/{relationshipId}/stage': { stage: 'building' },
    'PUT /relationships/{relationshipId}/closure': { reflection: 'We grew', nextStep: 'informal' },
    'POST /relationships/{relationshipId}/closure/early-exit': { reason: 'Our schedules never fit' },
    'PUT /relationships/{relationshipId}/closure/survey': { rating: 4 },
    'POST /relationships/{relationshipId}/meetings': { startsAt: soon, durationMinutes: 30, channel: 'phone' },
    'POST /relationships/{relationshipId}/meetings/{meetingId}/accept': {},
    'POST /relationships/{relationshipId}/meetings/{meetingId}/reschedule': { startsAt: soon },
    'POST /relationships/{relationshipId}/meetings/{meetingId}/cancel': { reason: 'Travel' },
    'POST /relationships/{relationshipId}/meetings/{meetingId}/held': {},
    'POST /relationships/{relationshipId}/meetings/{meetingId}/missed': {},
    'POST /relationships/{relationshipId}/meetings/{meetingId}/agenda': { agenda: 'Planning' },
    'POST /relationships/{relationshipId}/meetings/{meetingId}/summary': { summary: 'We planned' },
    'PUT /relationships/{relationshipId}/agreement': { version: world.agreement.version, content: world.agreement.content },
    'POST /relationships/{relationshipId}/agreement/signatures': { version: world.agreement.version, side: 'mentee' },
    'PUT /programs/{programId}/agreement-template': {
      meetings: { cadence: 'monthly', lengthMinutes: 60, channels: ['video'], guidelines: '' },
      confidentiality: { betweenUs: '', programMaySee: '' },
      expectations: { ofMentee: [], ofMentor: [] },
      timeline: { reviewAfterWeeks: null, lengthMonths: null },
      firstGoals: [],
    },
    'POST /relationships/{relationshipId}/goals': planningGoal,
    'PATCH /relationships/{relationshipId}/goals/{goalId}': { measure: 'Chaired once' },
    'PUT /relationships/{relationshipId}/goals/{goalId}/progress': { progress: 40 },
    'PUT /relationships/{relationshipId}/goals/{goalId}/status': { status: 'active' },
    'POST /relationships/{relationshipId}/goals/{goalId}/milestones': { title: 'Book the room' },
    'PUT /relationships/{relationshipId}/goals/{goalId}/milestones/{milestoneId}': { done: true },
    'POST /relationships/{relationshipId}/learning-log': { tried: 'Listening first' },
    'PATCH /relationships/{relationshipId}/learning-log/{entryId}': { learned: 'It works' },
    'POST /relationships/{relationshipId}/check-ins': { body: 'Done with the draft' },
  };
  return bodies[key];
}

/** Query strings for operations that require one. */
export const requiredQueries: Record<OperationKey, string> = {
  'GET /me/network/people': '?q=Matrix',
  'GET /programs/{programId}/matching/preferences/candidates': '?side=mentor',
};

/**
 * Operations that use up what they act on (deletions, acceptance of a single-use invitation,
 * withdrawal of a request): each call gets a fresh resource from its owner, so every principal
 * meets the same state. Returns the path parameters to use instead of the world's.
 */
export async function freshParamsFor(key: OperationKey, world: AuthorizationWorld): Promise<Record<string, string> | undefined> {
  const { as, params: p } = world;
  const created = async (who: Principal, method: string, path: string, body: unknown) => {
    const response = await as(who, method, path, body);
    if (response.status >= 300) throw new Error(`fresh resource for ${key}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const id = async (who: Principal, method: string, path: string, body: unknown) =>
    bodyOf(await created(who, method, path, body), IdentifiedSchema).id;
  const rel = `/relationships/${p.relationshipId}`;
  switch (key) {
    case 'DELETE /relationships/{relationshipId}/notes/{noteId}':
      return { noteId: await id('mentee', 'POST', `${rel}/notes`, { visibility: 'shared', body: 'To be deleted' }) };
    case 'DELETE /relationships/{relationshipId}/learning-log/{entryId}':
      return { entryId: await id('mentee', 'POST', `${rel}/learning-log`, { tried: 'To be deleted' }) };
    case 'DELETE /me/network/ties/{tieId}':
      return { tieId: await id('mentee', 'POST', '/me/network/ties', requestBodyFor('POST /me/network/ties', world)) };
    case 'DELETE /programs/{programId}/matching/overrides/{overrideId}':
      return {
        overrideId: await id('coordinator', 'POST', `/programs/${p.programId}/matching/overrides`, {
          kind: 'lock',
          menteeId: p.personId,
          mentorId: p.formerMentorId,
        }),
      };
    case 'DELETE /programs/{programId}/enrolments/{enrolmentId}':
      await as('coordinator', 'DELETE', `/programs/${p.programId}/enrolments/${p.enrolmentId}`);
      p.enrolmentId = await id('coordinator', 'POST', `/programs/${p.programId}/enrolments`, { personId: p.spareId, role: 'mentee' });
      return {
        enrolmentId: p.enrolmentId,
      };
    case 'DELETE /people/{personId}':
      return { personId: await world.makeSparePersonId() };
    case 'POST /invitations/by-token/{token}/accept':
      return {
        token:
          bodyOf(
            await created('admin', 'POST', '/invitations', requestBodyFor('POST /invitations', world)),
            CreatedInvitationSchema,
          ).link.split('/invitations/')[1] ?? '',
      };
    default:
      return undefined;
  }
}
