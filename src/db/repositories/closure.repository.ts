import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { closures, closureSurveys, goals, relationships } from '../schema/index.ts';

/** A closure row, mapped. */
export type ClosureRecord = {
  id: string;
  relationshipId: string;
  kind: 'completed' | 'early_exit';
  startedById: string;
  status: 'started' | 'closed';
  nextStep: 'informal' | 'friends' | 'periodic_contact' | 'end' | null;
  goalOutcomes: Array<{ goalId: string; achieved: string }>;
  mentorReflection: string;
  menteeReflection: string;
  earlyExitReason: string | null;
  rematchRequested: boolean;
  startedAt: Date;
  closedAt: Date | null;
};

export type ClosureSurveyRecord = {
  respondentId: string;
  rating: number;
  qualities: Record<string, number> | null;
  comment: string;
  createdAt: Date;
};

const closureColumns = {
  id: closures.id,
  relationshipId: closures.relationshipId,
  kind: closures.kind,
  startedById: closures.startedById,
  status: closures.status,
  nextStep: closures.nextStep,
  goalOutcomes: closures.goalOutcomes,
  mentorReflection: closures.mentorReflection,
  menteeReflection: closures.menteeReflection,
  earlyExitReason: closures.earlyExitReason,
  rematchRequested: closures.rematchRequested,
  startedAt: closures.startedAt,
  closedAt: closures.closedAt,
};

/** @example await findClosure(db, orgId, relationshipId) */
export async function findClosure(db: Database, organizationId: string, relationshipId: string): Promise<ClosureRecord | null> {
  const [row] = await db
    .select(closureColumns)
    .from(closures)
    .where(and(eq(closures.organizationId, organizationId), eq(closures.relationshipId, relationshipId)));
  return row ?? null;
}

export type ClosureChange = Partial<Omit<ClosureRecord, 'id' | 'relationshipId' | 'startedAt'>>;

/** Starts the closure of a relationship (one per relationship). */
export async function insertClosure(
  db: Database,
  organizationId: string,
  relationshipId: string,
  values: ClosureChange & Pick<ClosureRecord, 'kind' | 'startedById'> & { startedAt: Date },
): Promise<void> {
  await db.insert(closures).values({ ...values, organizationId, relationshipId });
}

export async function updateClosure(db: Database, organizationId: string, closureId: string, change: ClosureChange): Promise<void> {
  await db
    .update(closures)
    .set(change)
    .where(and(eq(closures.organizationId, organizationId), eq(closures.id, closureId)));
}

/** Marks the relationship closed: it no longer counts against the mentor's capacity. */
export async function markRelationshipClosed(db: Database, organizationId: string, relationshipId: string, at: Date): Promise<void> {
  await db
    .update(relationships)
    .set({ status: 'closed', closedAt: at })
    .where(and(eq(relationships.organizationId, organizationId), eq(relationships.id, relationshipId)));
}

/** The relationship's goals, to record what was achieved against each. */
export async function listGoalsForClosure(
  db: Database,
  organizationId: string,
  relationshipId: string,
): Promise<Array<{ id: string; specific: string; progress: number; status: string }>> {
  return db
    .select({ id: goals.id, specific: goals.specific, progress: goals.progress, status: goals.status })
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), eq(goals.relationshipId, relationshipId)))
    .orderBy(asc(goals.createdAt), asc(goals.id));
}

/** One person's own closure survey, or null. Never used to read anyone else's. */
export async function findOwnClosureSurvey(
  db: Database,
  organizationId: string,
  relationshipId: string,
  respondentId: string,
): Promise<ClosureSurveyRecord | null> {
  const [row] = await db
    .select({
      respondentId: closureSurveys.respondentId,
      rating: closureSurveys.rating,
      qualities: closureSurveys.qualities,
      comment: closureSurveys.comment,
      createdAt: closureSurveys.createdAt,
    })
    .from(closureSurveys)
    .where(
      and(
        eq(closureSurveys.organizationId, organizationId),
        eq(closureSurveys.relationshipId, relationshipId),
        eq(closureSurveys.respondentId, respondentId),
      ),
    );
  return row ?? null;
}

/** Stores a survey; false when the respondent already answered (one each). */
export async function insertClosureSurvey(
  db: Database,
  organizationId: string,
  survey: {
    relationshipId: string;
    respondentId: string;
    rating: number;
    qualities: Record<string, number> | null;
    comment: string;
    at: Date;
  },
): Promise<boolean> {
  const { at, ...values } = survey;
  const rows = await db
    .insert(closureSurveys)
    .values({ ...values, organizationId, createdAt: at })
    .onConflictDoNothing()
    .returning({ id: closureSurveys.id });
  return rows.length > 0;
}
