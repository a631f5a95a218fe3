import { and, asc, eq, sql } from 'drizzle-orm';
import type { PlanCommentKind } from '../../../shared/schemas/development-plans.ts';
import type { Database } from '../database.ts';
import { developmentPlanComments, developmentPlans, people, type StoredDevelopmentNeed } from '../schema/index.ts';

export type DevelopmentPlanRecord = {
  id: string;
  needs: StoredDevelopmentNeed[];
  sharedWithSupervisor: boolean;
  sharedAt: Date | null;
  updatedAt: Date;
};
export type PlanCommentRecord = { id: string; authorId: string; authorName: string; kind: PlanCommentKind; body: string; createdAt: Date };

const planColumns = {
  id: developmentPlans.id,
  needs: developmentPlans.needs,
  sharedWithSupervisor: developmentPlans.sharedWithSupervisor,
  sharedAt: developmentPlans.sharedAt,
  updatedAt: developmentPlans.updatedAt,
};

/** A person's plan, or null before they save one. */
export async function findDevelopmentPlan(db: Database, organizationId: string, personId: string): Promise<DevelopmentPlanRecord | null> {
  const [row] = await db
    .select(planColumns)
    .from(developmentPlans)
    .where(and(eq(developmentPlans.organizationId, organizationId), eq(developmentPlans.personId, personId)));
  return row ?? null;
}

/**
 * Creates or replaces a person's plan. `sharedAt` keeps the first time it was shared while it
 * stays shared, and clears when it is no longer shared.
 */
export async function upsertDevelopmentPlan(
  db: Database,
  organizationId: string,
  personId: string,
  plan: { needs: StoredDevelopmentNeed[]; sharedWithSupervisor: boolean; now: Date },
): Promise<DevelopmentPlanRecord> {
  const sharedAt = plan.sharedWithSupervisor ? plan.now : null;
  const [row] = await db
    .insert(developmentPlans)
    .values({ organizationId, personId, needs: plan.needs, sharedWithSupervisor: plan.sharedWithSupervisor, sharedAt, updatedAt: plan.now })
    .onConflictDoUpdate({
      target: [developmentPlans.organizationId, developmentPlans.personId],
      set: {
        needs: plan.needs,
        sharedWithSupervisor: plan.sharedWithSupervisor,
        sharedAt: plan.sharedWithSupervisor ? sql`coalesce(${developmentPlans.sharedAt}, ${plan.now.toISOString()}::timestamptz)` : null,
        updatedAt: plan.now,
      },
    })
    .returning(planColumns);
  if (!row) throw new Error('development plan not saved');
  return row;
}

/** A plan's comments, oldest first, with their authors' names. */
export async function listPlanComments(db: Database, organizationId: string, planId: string): Promise<PlanCommentRecord[]> {
  return db
    .select({
      id: developmentPlanComments.id,
      authorId: developmentPlanComments.authorId,
      authorName: people.displayName,
      kind: developmentPlanComments.kind,
      body: developmentPlanComments.body,
      createdAt: developmentPlanComments.createdAt,
    })
    .from(developmentPlanComments)
    .innerJoin(
      people,
      and(eq(people.organizationId, developmentPlanComments.organizationId), eq(people.id, developmentPlanComments.authorId)),
    )
    .where(and(eq(developmentPlanComments.organizationId, organizationId), eq(developmentPlanComments.planId, planId)))
    .orderBy(asc(developmentPlanComments.createdAt), asc(developmentPlanComments.id));
}

/** Adds a supervisor's comment to a plan and returns its id. */
export async function insertPlanComment(
  db: Database,
  organizationId: string,
  comment: { planId: string; authorId: string; kind: PlanCommentKind; body: string; createdAt: Date },
): Promise<string> {
  const [row] = await db
    .insert(developmentPlanComments)
    .values({ ...comment, organizationId })
    .returning({ id: developmentPlanComments.id });
  if (!row) throw new Error('plan comment not inserted');
  return row.id;
}
