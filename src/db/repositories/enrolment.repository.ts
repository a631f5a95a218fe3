import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ProgramRole } from '../../../shared/enums.ts';
import type { Enrolment, EnrolmentWithPerson } from '../../domain/enrolment.ts';
import type { Database } from '../database.ts';
import { preparedStatement } from '../prepared-statement.ts';
import { enrolments, people } from '../schema/index.ts';

/** The enrolment columns every read maps to the domain's Enrolment (the roster's page reads them too). */
export const enrolmentColumns = {
  id: enrolments.id,
  organizationId: enrolments.organizationId,
  programId: enrolments.programId,
  personId: enrolments.personId,
  role: enrolments.role,
  status: enrolments.status,
  createdAt: enrolments.createdAt,
};

/** The enrolled person's columns a list shows. */
export const personColumns = {
  displayName: people.displayName,
  email: people.email,
  department: people.department,
  jobTitle: people.jobTitle,
};

/**
 * Enrols a person, or re-activates a withdrawn enrolment in the same role. Returns undefined
 * when the person already holds that role actively.
 */
export async function upsertEnrolment(
  db: Database,
  organizationId: string,
  values: { programId: string; personId: string; role: ProgramRole; enrolledById: string },
): Promise<Enrolment | undefined> {
  const [row] = await db
    .insert(enrolments)
    .values({ ...values, organizationId })
    .onConflictDoUpdate({
      target: [enrolments.programId, enrolments.personId, enrolments.role],
      set: { status: 'active', enrolledById: values.enrolledById, updatedAt: sql`now()` },
      setWhere: eq(enrolments.status, 'withdrawn'),
    })
    .returning(enrolmentColumns);
  return row;
}

export async function findEnrolmentById(
  db: Database,
  organizationId: string,
  programId: string,
  enrolmentId: string,
): Promise<EnrolmentWithPerson | undefined> {
  const [row] = await db
    .select({ ...enrolmentColumns, person: personColumns })
    .from(enrolments)
    .innerJoin(people, and(eq(people.organizationId, enrolments.organizationId), eq(people.id, enrolments.personId)))
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programId, programId), eq(enrolments.id, enrolmentId)));
  return row;
}

export async function listEnrolmentsOfProgram(db: Database, organizationId: string, programId: string): Promise<EnrolmentWithPerson[]> {
  return db
    .select({ ...enrolmentColumns, person: personColumns })
    .from(enrolments)
    .innerJoin(people, and(eq(people.organizationId, enrolments.organizationId), eq(people.id, enrolments.personId)))
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.programId, programId)))
    .orderBy(asc(enrolments.role), asc(people.displayName));
}

export async function setEnrolmentStatus(
  db: Database,
  organizationId: string,
  enrolmentId: string,
  status: Enrolment['status'],
): Promise<void> {
  await db
    .update(enrolments)
    .set({ status, updatedAt: sql`now()` })
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.id, enrolmentId)));
}

const activeRolesOfPerson = preparedStatement('active_roles_of_person', (db, name) =>
  db
    .select({ programId: enrolments.programId, role: enrolments.role })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.organizationId, sql.placeholder('organizationId')),
        eq(enrolments.personId, sql.placeholder('personId')),
        eq(enrolments.status, 'active'),
      ),
    )
    .prepare(name),
);

/** A person's active roles, program by program. */
export async function findActiveRolesOfPerson(db: Database, organizationId: string, personId: string): Promise<Map<string, ProgramRole[]>> {
  const rows = await activeRolesOfPerson(db).execute({ organizationId, personId });
  const roles = new Map<string, ProgramRole[]>();
  for (const row of rows) roles.set(row.programId, [...(roles.get(row.programId) ?? []), row.role]);
  return roles;
}

/** Whether two people of an organization take part (actively) in at least one common program. */
export async function shareAnActiveProgram(db: Database, organizationId: string, personA: string, personB: string): Promise<boolean> {
  const mine = db
    .select({ programId: enrolments.programId })
    .from(enrolments)
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.personId, personA), eq(enrolments.status, 'active')));
  const [row] = await db
    .select({ programId: enrolments.programId })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.personId, personB),
        eq(enrolments.status, 'active'),
        inArray(enrolments.programId, mine),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Sets the status of a person's enrolment in a role, if they have one. */
export async function setEnrolmentStatusOf(
  db: Database,
  organizationId: string,
  key: { programId: string; personId: string; role: ProgramRole },
  status: Enrolment['status'],
): Promise<void> {
  await db
    .update(enrolments)
    .set({ status, updatedAt: sql`now()` })
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.programId, key.programId),
        eq(enrolments.personId, key.personId),
        eq(enrolments.role, key.role),
      ),
    );
}
