import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { programRoles, type ProgramRole } from '../../../shared/enums.ts';
import { emptyEnrolmentCounts, type EnrolmentCounts, type Program } from '../../domain/program.ts';
import type { Database } from '../database.ts';
import { preparedStatement } from '../prepared-statement.ts';
import { enrolments, programEnrolmentCounts, programs } from '../schema/index.ts';
import { toProgram } from './program.repository.ts';

/** A program with one person's active roles in it and its active enrolments per role. */
export type ProgramWithRoles = { program: Program; myRoles: ProgramRole[]; counts: EnrolmentCounts };

const personIsActiveIn = sql`${enrolments.organizationId} = ${programs.organizationId} and ${enrolments.programId} = ${programs.id}
  and ${enrolments.personId} = ${sql.placeholder('personId')} and ${enrolments.status} = 'active'`;

/** The person's roles and the program's counts come with the program row: one read, not three. */
function selectProgramsWithRoles(db: Database, where: SQL | undefined) {
  return db
    .select({
      program: programs,
      myRoles: sql<
        ProgramRole[]
      >`array(select ${enrolments.role} from ${enrolments} where ${personIsActiveIn} order by ${enrolments.role})`,
      counts: sql<Partial<EnrolmentCounts> | null>`(select json_object_agg(${programEnrolmentCounts.role}, ${programEnrolmentCounts.active}) from ${programEnrolmentCounts}
        where ${programEnrolmentCounts.organizationId} = ${programs.organizationId} and ${programEnrolmentCounts.programId} = ${programs.id})`,
    })
    .from(programs)
    .where(and(eq(programs.organizationId, sql.placeholder('organizationId')), where))
    .orderBy(asc(programs.name));
}

const programWithRoles = preparedStatement('program_with_roles', (db, name) =>
  selectProgramsWithRoles(db, eq(programs.id, sql.placeholder('programId'))).prepare(name),
);
const allProgramsWithRoles = preparedStatement('all_programs_with_roles', (db, name) =>
  selectProgramsWithRoles(db, undefined).prepare(name),
);
const enrolledProgramsWithRoles = preparedStatement('enrolled_programs_with_roles', (db, name) =>
  selectProgramsWithRoles(db, sql`exists (select 1 from ${enrolments} where ${personIsActiveIn})`).prepare(name),
);

type Row = { program: typeof programs.$inferSelect; myRoles: ProgramRole[]; counts: Partial<EnrolmentCounts> | null };

function toProgramWithRoles(row: Row): ProgramWithRoles {
  const counts = emptyEnrolmentCounts();
  for (const role of programRoles) counts[role] = Number(row.counts?.[role] ?? 0);
  return { program: toProgram(row.program), myRoles: row.myRoles, counts };
}

/** @example const found = await findProgramWithRoles(db, organizationId, programId, actor.personId); */
export async function findProgramWithRoles(
  db: Database,
  organizationId: string,
  programId: string,
  personId: string,
): Promise<ProgramWithRoles | undefined> {
  const [row] = await programWithRoles(db).execute({ organizationId, programId, personId });
  return row && toProgramWithRoles(row);
}

/** Every program of the organization, or only those the person is actively enrolled in, by name. */
export async function listProgramsWithRoles(
  db: Database,
  organizationId: string,
  personId: string,
  scope: 'all' | 'enrolled',
): Promise<ProgramWithRoles[]> {
  const statement = scope === 'all' ? allProgramsWithRoles(db) : enrolledProgramsWithRoles(db);
  return (await statement.execute({ organizationId, personId })).map(toProgramWithRoles);
}
