import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { agreements, agreementVersions, goals, mentorRequests } from '../schema/index.ts';

/** What each relationship is for, as its two people wrote it: functions of the goals and the agreement, and a reverse offer. */
export type RelationshipPurposes = {
  /** Functions named by goals that were not dropped. */
  goalFunctions: Map<string, string[]>;
  /** Functions named by the current version of the agreement (signed or not). */
  agreedFunctions: Map<string, string[]>;
  /** What the mentee offered the mentor in return, in the request the relationship came from. */
  reverseOffers: Map<string, string>;
};

async function listGoalFunctions(db: Database, organizationId: string, relationshipIds: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const rows = await db
    .select({ relationshipId: goals.relationshipId, functions: goals.functions })
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), inArray(goals.relationshipId, relationshipIds), ne(goals.status, 'dropped')));
  for (const row of rows) found.set(row.relationshipId, [...(found.get(row.relationshipId) ?? []), ...row.functions]);
  return found;
}

async function listAgreedFunctions(db: Database, organizationId: string, relationshipIds: string[]): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ relationshipId: agreements.relationshipId, content: agreementVersions.content })
    .from(agreements)
    .innerJoin(
      agreementVersions,
      and(
        eq(agreementVersions.organizationId, agreements.organizationId),
        eq(agreementVersions.agreementId, agreements.id),
        eq(agreementVersions.version, agreements.currentVersion),
      ),
    )
    .where(and(eq(agreements.organizationId, organizationId), inArray(agreements.relationshipId, relationshipIds)));
  const found = new Map<string, string[]>();
  for (const row of rows) {
    const functions = row.content.functions;
    if (Array.isArray(functions))
      found.set(
        row.relationshipId,
        functions.filter((fn): fn is string => typeof fn === 'string'),
      );
  }
  return found;
}

async function listReverseOffers(db: Database, organizationId: string, relationshipIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ relationshipId: mentorRequests.relationshipId, offer: mentorRequests.reverseOffer })
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.organizationId, organizationId),
        inArray(mentorRequests.relationshipId, relationshipIds),
        eq(mentorRequests.status, 'accepted'),
        isNotNull(mentorRequests.reverseOffer),
      ),
    )
    .orderBy(mentorRequests.createdAt);
  const found = new Map<string, string>();
  for (const row of rows) if (row.relationshipId && row.offer) found.set(row.relationshipId, row.offer);
  return found;
}

/**
 * What the given relationships are for (see `RelationshipPurposes`), for the network ties drawn from them.
 *
 * @example const { agreedFunctions } = await listRelationshipPurposes(db, orgId, [relationshipId]);
 */
export async function listRelationshipPurposes(
  db: Database,
  organizationId: string,
  relationshipIds: readonly string[],
): Promise<RelationshipPurposes> {
  if (relationshipIds.length === 0) return { goalFunctions: new Map(), agreedFunctions: new Map(), reverseOffers: new Map() };
  const ids = [...relationshipIds];
  // One after the other: `db` may be a transaction, whose one connection runs one query at a time.
  return {
    goalFunctions: await listGoalFunctions(db, organizationId, ids),
    agreedFunctions: await listAgreedFunctions(db, organizationId, ids),
    reverseOffers: await listReverseOffers(db, organizationId, ids),
  };
}
