import { upsertProfile } from '../db/repositories/profile.repository.ts';
import type { Person } from '../domain/person.ts';
import { makePerson, makeProgram, testPassword } from './factories.ts';
import { call, signInAs, type ApiResponse } from './http-client.ts';
import type { TestApp } from './test-app.ts';

/** A well-formed `area` request body to `mentorId`. */
export function areaRequest(mentorId: string, overrides: Record<string, unknown> = {}) {
  return {
    mentorId,
    kind: 'area',
    message: 'I am moving into people management and admire how you run your team. Could you help me for three months?',
    need: { text: 'Giving hard feedback as a new manager', functions: ['coaching'] },
    frequency: 'Every two weeks, 45 minutes',
    investment: 'I will set the agenda and keep a learning log.',
    ...overrides,
  };
}

/** Someone signed in, with a function to call the API as them. */
export type SignedIn = { person: Person; as: (method: string, path: string, body?: unknown) => Promise<ApiResponse> };

/** Signs a person in for route tests. */
export async function signedIn(t: TestApp, person: Person): Promise<SignedIn> {
  const cookie = await signInAs(t.app, person.email, testPassword);
  return { person, as: (method, path, body) => call(t.app, method, `/api/v1${path}`, body, { cookie }) };
}

/** A mentor with the given capacity and `mentees` mentees, all in one one-to-one program, signed in. */
export async function mentorWithMentees(t: TestApp, orgId: string, coordinator: Person, capacity: number, mentees: number) {
  const mentorPerson = await makePerson(t.ctx, orgId, { name: 'Request Mentor' });
  await upsertProfile(t.ctx.db, orgId, mentorPerson.id, { mentorCapacity: capacity });
  const menteePeople = await Promise.all(
    Array.from({ length: mentees }, (_, i) => makePerson(t.ctx, orgId, { name: `Request Mentee ${i + 1}` })),
  );
  const program = await makeProgram(t.ctx, coordinator, [
    [mentorPerson, 'mentor'],
    ...menteePeople.map((p): [Person, 'mentee'] => [p, 'mentee']),
  ]);
  return { program, mentor: await signedIn(t, mentorPerson), mentees: await Promise.all(menteePeople.map((p) => signedIn(t, p))) };
}
