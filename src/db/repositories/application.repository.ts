import { and, asc, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { ApplicationRole, ApplicationStatus } from '../../../shared/enums.ts';
import type { Answers } from '../../../shared/schemas/intake-forms.ts';
import type { Database } from '../database.ts';
import { applicationEvents, applications, enrolments, people, profiles, programs } from '../schema/index.ts';

export type Application = {
  id: string;
  organizationId: string;
  programId: string;
  programName: string;
  personId: string;
  applicant: { displayName: string; email: string; department: string | null };
  role: ApplicationRole;
  status: ApplicationStatus;
  intakeFormId: string | null;
  answers: Answers;
  selectionChecklist: Record<string, boolean>;
  submittedAt: Date | null;
  waitlistedAt: Date | null;
  updatedAt: Date;
};

const columns = {
  id: applications.id,
  organizationId: applications.organizationId,
  programId: applications.programId,
  programName: programs.name,
  personId: applications.personId,
  applicant: { displayName: people.displayName, email: people.email, department: people.department },
  role: applications.role,
  status: applications.status,
  intakeFormId: applications.intakeFormId,
  answers: applications.answers,
  selectionChecklist: applications.selectionChecklist,
  submittedAt: applications.submittedAt,
  waitlistedAt: applications.waitlistedAt,
  updatedAt: applications.updatedAt,
};

/** Applications with their applicant and program names; the callers add where and order. */
export function selectApplications<Extra extends Record<string, SQL>>(db: Database, extra?: Extra) {
  return db
    .select({ ...columns, ...(extra as Extra) })
    .from(applications)
    .innerJoin(people, and(eq(people.organizationId, applications.organizationId), eq(people.id, applications.personId)))
    .innerJoin(programs, and(eq(programs.organizationId, applications.organizationId), eq(programs.id, applications.programId)));
}

export async function findApplicationById(db: Database, organizationId: string, id: string): Promise<Application | undefined> {
  const [row] = await selectApplications(db).where(and(eq(applications.organizationId, organizationId), eq(applications.id, id)));
  return row;
}

export async function findApplicationOf(
  db: Database,
  organizationId: string,
  key: { programId: string; personId: string; role: ApplicationRole },
): Promise<Application | undefined> {
  const [row] = await selectApplications(db).where(
    and(
      eq(applications.organizationId, organizationId),
      eq(applications.programId, key.programId),
      eq(applications.personId, key.personId),
      eq(applications.role, key.role),
    ),
  );
  return row;
}

export async function listApplicationsOfProgram(
  db: Database,
  organizationId: string,
  programId: string,
  status?: ApplicationStatus,
): Promise<Application[]> {
  return selectApplications(db)
    .where(
      and(
        eq(applications.organizationId, organizationId),
        eq(applications.programId, programId),
        status ? eq(applications.status, status) : undefined,
      ),
    )
    .orderBy(asc(applications.status), asc(people.displayName));
}

export async function listApplicationsOfPerson(db: Database, organizationId: string, personId: string): Promise<Application[]> {
  return selectApplications(db)
    .where(and(eq(applications.organizationId, organizationId), eq(applications.personId, personId)))
    .orderBy(desc(applications.updatedAt));
}

export async function insertApplication(
  db: Database,
  organizationId: string,
  values: {
    programId: string;
    personId: string;
    role: ApplicationRole;
    status: ApplicationStatus;
    intakeFormId: string | null;
    answers: Answers;
    invitedById: string | null;
  },
): Promise<string> {
  const [row] = await db
    .insert(applications)
    .values({ ...values, organizationId })
    .returning({ id: applications.id });
  if (!row) throw new Error('insert into applications returned no row');
  return row.id;
}

export type ApplicationChanges = Partial<{
  status: ApplicationStatus;
  answers: Answers;
  intakeFormId: string | null;
  selectionChecklist: Record<string, boolean>;
  submittedAt: Date | null;
  waitlistedAt: Date | null;
}>;

export async function updateApplication(db: Database, organizationId: string, id: string, changes: ApplicationChanges): Promise<void> {
  await db
    .update(applications)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(applications.organizationId, organizationId), eq(applications.id, id)));
}

export async function insertApplicationEvent(
  db: Database,
  organizationId: string,
  values: {
    applicationId: string;
    fromStatus: ApplicationStatus | null;
    toStatus: ApplicationStatus;
    changedById: string;
    reason: string;
    changedAt: Date;
  },
): Promise<void> {
  await db.insert(applicationEvents).values({ ...values, organizationId });
}

export type ApplicationEvent = {
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  changedBy: string;
  reason: string;
  changedAt: Date;
};

export async function listApplicationEvents(
  db: Database,
  organizationId: string,
  applicationIds: readonly string[],
): Promise<Map<string, ApplicationEvent[]>> {
  const events = new Map<string, ApplicationEvent[]>(applicationIds.map((id) => [id, []]));
  if (applicationIds.length === 0) return events;
  const rows = await db
    .select({
      applicationId: applicationEvents.applicationId,
      fromStatus: applicationEvents.fromStatus,
      toStatus: applicationEvents.toStatus,
      changedBy: people.displayName,
      reason: applicationEvents.reason,
      changedAt: applicationEvents.changedAt,
    })
    .from(applicationEvents)
    .innerJoin(people, and(eq(people.organizationId, applicationEvents.organizationId), eq(people.id, applicationEvents.changedById)))
    .where(and(eq(applicationEvents.organizationId, organizationId), inArray(applicationEvents.applicationId, [...applicationIds])))
    .orderBy(asc(applicationEvents.changedAt), asc(applicationEvents.id));
  for (const { applicationId, ...event } of rows) events.get(applicationId)?.push(event);
  return events;
}

/** Waitlisted mentee applications of a program, first come first served. */
export async function listWaitlistedMentees(db: Database, organizationId: string, programId: string): Promise<Application[]> {
  return selectApplications(db)
    .where(
      and(
        eq(applications.organizationId, organizationId),
        eq(applications.programId, programId),
        eq(applications.role, 'mentee'),
        eq(applications.status, 'waitlisted'),
        isNotNull(applications.waitlistedAt),
      ),
    )
    .orderBy(asc(applications.waitlistedAt), asc(applications.id));
}

/** Active mentees of a program, and the total capacity of its active, unpaused mentors. */
export async function measureMenteeCapacity(
  db: Database,
  organizationId: string,
  programId: string,
): Promise<{ activeMentees: number; mentorCapacity: number }> {
  const [row] = await db
    .select({
      activeMentees: sql<number>`count(*) filter (where ${enrolments.role} = 'mentee')::int`,
      mentorCapacity: sql<number>`coalesce(sum(case when ${enrolments.role} = 'mentor' and not coalesce(${profiles.mentoringPaused}, false) then coalesce(${profiles.mentorCapacity}, 2) else 0 end), 0)::int`,
    })
    .from(enrolments)
    .leftJoin(profiles, and(eq(profiles.organizationId, enrolments.organizationId), eq(profiles.personId, enrolments.personId)))
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programId, programId), eq(enrolments.status, 'active')));
  return { activeMentees: row?.activeMentees ?? 0, mentorCapacity: row?.mentorCapacity ?? 0 };
}
