import { and, desc, eq } from 'drizzle-orm';
import type { StandardProfileQuestion } from '../../../shared/enums.ts';
import type { CustomQuestion } from '../../../shared/schemas/intake-forms.ts';
import type { Database } from '../database.ts';
import { intakeForms, programs } from '../schema/index.ts';

export type IntakeForm = {
  id: string;
  programId: string;
  version: number;
  standardQuestions: StandardProfileQuestion[];
  customQuestions: CustomQuestion[];
  createdAt: Date;
};

const columns = {
  id: intakeForms.id,
  programId: intakeForms.programId,
  version: intakeForms.version,
  standardQuestions: intakeForms.standardQuestions,
  customQuestions: intakeForms.customQuestions,
  createdAt: intakeForms.createdAt,
};

/** The newest version of a program's intake form. */
export async function findCurrentIntakeForm(db: Database, organizationId: string, programId: string): Promise<IntakeForm | undefined> {
  const [row] = await db
    .select(columns)
    .from(intakeForms)
    .where(and(eq(intakeForms.organizationId, organizationId), eq(intakeForms.programId, programId)))
    .orderBy(desc(intakeForms.version))
    .limit(1);
  return row;
}

export async function findIntakeFormById(db: Database, organizationId: string, id: string): Promise<IntakeForm | undefined> {
  const [row] = await db
    .select(columns)
    .from(intakeForms)
    .where(and(eq(intakeForms.organizationId, organizationId), eq(intakeForms.id, id)));
  return row;
}

/**
 * Adds the next version of a program's form and points the program at it. Call inside a
 * transaction that has locked the program row, so two editors cannot take the same number.
 */
export async function insertIntakeFormVersion(
  db: Database,
  organizationId: string,
  values: { programId: string; standardQuestions: StandardProfileQuestion[]; customQuestions: CustomQuestion[]; createdById: string },
): Promise<IntakeForm> {
  const current = await findCurrentIntakeForm(db, organizationId, values.programId);
  const version = (current?.version ?? 0) + 1;
  const [row] = await db
    .insert(intakeForms)
    .values({ ...values, organizationId, version })
    .returning(columns);
  if (!row) throw new Error('insert into intake_forms returned no row');
  await db
    .update(programs)
    .set({ intakeFormVersion: version })
    .where(and(eq(programs.organizationId, organizationId), eq(programs.id, values.programId)));
  return row;
}
