import { and, eq } from 'drizzle-orm';
import { relationships } from '../db/schema/index.ts';
import { makeOrganization, makePerson, makeRelationship, testPassword } from './factories.ts';
import { call, signInAs, type ApiResponse } from './http-client.ts';
import type { TestApp } from './test-app.ts';

/** Who sends a request: the pair, the coordinator, an admin, a third participant, another organization. */
export type PairCaller = 'mentor' | 'mentee' | 'coordinator' | 'admin' | 'third' | 'outsider';

/**
 * A relationship with everyone around it signed in (its pair, the program's coordinator, an org
 * admin, the mentee of another pair in the same organization, an admin of another organization),
 * its API base path, and `as(who)`, which sends requests with that person's session.
 *
 * @example const pair = await openPairCallers(t); const res = await pair.as('mentee')('GET', `${pair.base}/goals`);
 */
export async function openPairCallers(t: TestApp) {
  const org = await makeOrganization(t.ctx);
  const pair = await makeRelationship(t.ctx, org.id);
  const other = await makeRelationship(t.ctx, org.id, { coordinator: pair.coordinator });
  const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
  const outsider = await makePerson(t.ctx, (await makeOrganization(t.ctx, 'Elsewhere')).id, { role: 'admin' });
  const people: Record<PairCaller, { email: string }> = { mentor: pair.mentor, mentee: pair.mentee, coordinator: pair.coordinator, admin, third: other.mentee, outsider };
  const cookies = new Map<PairCaller, string>();
  for (const who of Object.keys(people) as PairCaller[]) cookies.set(who, await signInAs(t.app, people[who].email, testPassword));
  const as =
    (who: PairCaller) =>
    (method: string, path: string, json?: unknown): Promise<ApiResponse> =>
      call(t.app, method, path, json, { cookie: cookies.get(who) });
  return { ...pair, organizationId: org.id, base: `/api/v1/relationships/${pair.relationshipId}`, as };
}

/** Ends a relationship directly in the database (closure itself is another feature's work). */
export async function closeRelationshipForTest(t: TestApp, organizationId: string, relationshipId: string): Promise<void> {
  await t.ctx.db
    .update(relationships)
    .set({ status: 'closed', closedAt: new Date() })
    .where(and(eq(relationships.organizationId, organizationId), eq(relationships.id, relationshipId)));
}
