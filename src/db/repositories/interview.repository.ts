import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { MentoringApproach } from '../../../shared/enums.ts';
import type { Database } from '../database.ts';
import { intakeInterviews, people } from '../schema/index.ts';

export type InterviewFields = {
  scheduledAt: Date | null;
  notes: string;
  motivation: number | null;
  goalClarity: number | null;
  expectations: number | null;
  opennessToFeedback: number | null;
  observedApproach: MentoringApproach | null;
};

export type Interview = InterviewFields & { id: string; applicationId: string; interviewer: string; updatedAt: Date };

const columns = {
  id: intakeInterviews.id,
  applicationId: intakeInterviews.applicationId,
  interviewer: people.displayName,
  scheduledAt: intakeInterviews.scheduledAt,
  notes: intakeInterviews.notes,
  motivation: intakeInterviews.motivation,
  goalClarity: intakeInterviews.goalClarity,
  expectations: intakeInterviews.expectations,
  opennessToFeedback: intakeInterviews.opennessToFeedback,
  observedApproach: intakeInterviews.observedApproach,
  updatedAt: intakeInterviews.updatedAt,
};

export async function listInterviews(db: Database, organizationId: string, applicationId: string): Promise<Interview[]> {
  return db
    .select(columns)
    .from(intakeInterviews)
    .innerJoin(people, and(eq(people.organizationId, intakeInterviews.organizationId), eq(people.id, intakeInterviews.interviewerId)))
    .where(and(eq(intakeInterviews.organizationId, organizationId), eq(intakeInterviews.applicationId, applicationId)))
    .orderBy(asc(intakeInterviews.createdAt));
}

export async function insertInterview(
  db: Database,
  organizationId: string,
  values: Partial<InterviewFields> & { applicationId: string; interviewerId: string },
): Promise<string> {
  const [row] = await db
    .insert(intakeInterviews)
    .values({ ...values, organizationId })
    .returning({ id: intakeInterviews.id });
  if (!row) throw new Error('insert into intake_interviews returned no row');
  return row.id;
}

/** Changes an interview of the given application; false when there is no such interview. */
export async function updateInterview(
  db: Database,
  organizationId: string,
  applicationId: string,
  interviewId: string,
  changes: Partial<InterviewFields>,
): Promise<boolean> {
  const rows = await db
    .update(intakeInterviews)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(
      and(
        eq(intakeInterviews.organizationId, organizationId),
        eq(intakeInterviews.applicationId, applicationId),
        eq(intakeInterviews.id, interviewId),
      ),
    )
    .returning({ id: intakeInterviews.id });
  return rows.length === 1;
}

/**
 * The approach each application's interviews last observed (applications without one are left
 * out), in one query for a whole list of applications.
 */
export async function findObservedApproaches(
  db: Database,
  organizationId: string,
  applicationIds: readonly string[],
): Promise<Map<string, MentoringApproach>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await db
    .select({ applicationId: intakeInterviews.applicationId, observedApproach: intakeInterviews.observedApproach })
    .from(intakeInterviews)
    .where(
      and(
        eq(intakeInterviews.organizationId, organizationId),
        inArray(intakeInterviews.applicationId, [...applicationIds]),
        isNotNull(intakeInterviews.observedApproach),
      ),
    )
    .orderBy(asc(intakeInterviews.createdAt), asc(intakeInterviews.id));
  // Later interviews overwrite earlier ones: the last observation wins.
  return new Map(rows.map((row) => [row.applicationId, row.observedApproach as MentoringApproach]));
}
