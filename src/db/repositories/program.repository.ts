import { and, eq, sql } from 'drizzle-orm';
import type { Program } from '../../domain/program.ts';
import type { Database } from '../database.ts';
import { preparedStatement } from '../prepared-statement.ts';
import { programs } from '../schema/index.ts';

type ProgramRow = typeof programs.$inferSelect;

export function toProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    type: row.type,
    status: row.status,
    purpose: row.purpose,
    organizationalGoals: row.organizationalGoals,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    designChecklist: row.designChecklist,
    intendedApproach: row.intendedApproach,
    menteeLimit: row.menteeLimit,
    selectionCriteria: row.selectionCriteria,
    intakeFormVersion: row.intakeFormVersion,
    matchingRules: row.matchingRules,
    createdById: row.createdById,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type ProgramFields = Pick<
  Program,
  | 'name'
  | 'type'
  | 'status'
  | 'purpose'
  | 'organizationalGoals'
  | 'startsOn'
  | 'endsOn'
  | 'designChecklist'
  | 'intendedApproach'
  | 'menteeLimit'
  | 'selectionCriteria'
>;

/** @example await insertProgram(db, organizationId, { ...fields, createdById }) */
export async function insertProgram(
  db: Database,
  organizationId: string,
  values: ProgramFields & { createdById: string },
): Promise<Program> {
  const [row] = await db
    .insert(programs)
    .values({ ...values, organizationId })
    .returning();
  if (!row) throw new Error('insert into programs returned no row');
  return toProgram(row);
}

/** The program named by the `organizationId` and `programId` placeholders. */
function selectProgram(db: Database) {
  return db
    .select()
    .from(programs)
    .where(and(eq(programs.organizationId, sql.placeholder('organizationId')), eq(programs.id, sql.placeholder('programId'))));
}

const programById = preparedStatement('program_by_id', (db, name) => selectProgram(db).prepare(name));
const lockedProgramById = preparedStatement('locked_program_by_id', (db, name) => selectProgram(db).for('update').prepare(name));

export async function findProgramById(db: Database, organizationId: string, programId: string): Promise<Program | undefined> {
  const [row] = await programById(db).execute({ organizationId, programId });
  return row && toProgram(row);
}

/** Locks the program row for the rest of the transaction (serializes enrolment changes). */
export async function lockProgramById(db: Database, organizationId: string, programId: string): Promise<Program | undefined> {
  const [row] = await lockedProgramById(db).execute({ organizationId, programId });
  return row && toProgram(row);
}

export async function updateProgram(
  db: Database,
  organizationId: string,
  programId: string,
  changes: Partial<ProgramFields>,
): Promise<Program | undefined> {
  const [row] = await db
    .update(programs)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(programs.organizationId, organizationId), eq(programs.id, programId)))
    .returning();
  return row && toProgram(row);
}

export async function updateMatchingRules(
  db: Database,
  organizationId: string,
  programId: string,
  rules: Record<string, unknown>,
): Promise<void> {
  await db
    .update(programs)
    .set({ matchingRules: rules, updatedAt: sql`now()` })
    .where(and(eq(programs.organizationId, organizationId), eq(programs.id, programId)));
}
