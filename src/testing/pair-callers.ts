import { and, eq } from 'drizzle-orm';
import { relationships } from '../db/schema/index.ts';
import { call, type ApiResponse } from './http-client.ts';
import { makePairSessions, type PairSessions } from './pair-sessions.ts';
import type { TestApp } from './test-app.ts';

/** Who sends a request: the pair, the coordinator, an admin, a third participant, another organization. */
export type PairCaller = keyof PairSessions['cookies'];

/**
 * makePairSessions plus the relationship's API base path and `as(who)`, which sends requests
 * with that person's session.
 *
 * @example const pair = await openPairCallers(t); const res = await pair.as('mentee')('GET', `${pair.base}/goals`);
 */
export async function openPairCallers(t: TestApp) {
  const sessions = await makePairSessions(t);
  const as =
    (who: PairCaller) =>
    (method: string, path: string, json?: unknown): Promise<ApiResponse> =>
      call(t.app, method, path, json, { cookie: sessions.cookies[who] });
  return { ...sessions, base: `/api/v1/relationships/${sessions.relationshipId}`, as };
}

/** Ends a relationship directly in the database (closure itself is another feature's work). */
export async function closeRelationshipForTest(t: TestApp, organizationId: string, relationshipId: string): Promise<void> {
  await t.ctx.db
    .update(relationships)
    .set({ status: 'closed', closedAt: new Date() })
    .where(and(eq(relationships.organizationId, organizationId), eq(relationships.id, relationshipId)));
}
