import type { Person } from '../domain/person.ts';
import { makeOrganization, makePerson, makeRelationship, testPassword } from './factories.ts';
import { signInAs } from './http-client.ts';
import type { TestApp } from './test-app.ts';

export type PairSessions = Awaited<ReturnType<typeof makeRelationship>> & {
  organizationId: string;
  /** A participant of another relationship (in another program of the same coordinator). */
  third: Person;
  admin: Person;
  /** Session cookies: mentor, mentee, coordinator, admin, third (another pair's mentee), outsider (another organization). */
  cookies: Record<'mentor' | 'mentee' | 'coordinator' | 'admin' | 'third' | 'outsider', string>;
};

/**
 * A relationship with everyone around it signed in: the pair, the program's coordinator, an org
 * admin, a third participant (a mentee in another relationship) and an admin of
 * another organization.
 *
 * @example const s = await makePairSessions(t); await call(t.app, 'GET', path, undefined, { cookie: s.cookies.mentor });
 */
export async function makePairSessions(t: TestApp): Promise<PairSessions> {
  const org = await makeOrganization(t.ctx);
  const pair = await makeRelationship(t.ctx, org.id);
  const third = await makePerson(t.ctx, org.id, { name: 'Third Participant' });
  await makeRelationship(t.ctx, org.id, { coordinator: pair.coordinator, mentee: third });
  const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
  const outsider = await makePerson(t.ctx, (await makeOrganization(t.ctx, 'Elsewhere')).id, { role: 'admin' });
  const sign = (person: Person) => signInAs(t.app, person.email, testPassword);
  const cookies = {
    mentor: await sign(pair.mentor),
    mentee: await sign(pair.mentee),
    coordinator: await sign(pair.coordinator),
    admin: await sign(admin),
    third: await sign(third),
    outsider: await sign(outsider),
  };
  return { ...pair, organizationId: org.id, third, admin, cookies };
}
