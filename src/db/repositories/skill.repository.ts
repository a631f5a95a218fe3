import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { skills } from '../schema/index.ts';

export type Skill = { id: string; name: string; status: 'approved' | 'pending' };

const columns = { id: skills.id, name: skills.name, status: skills.status };

export async function listSkills(db: Database, organizationId: string, status?: Skill['status']): Promise<Skill[]> {
  return db
    .select(columns)
    .from(skills)
    .where(and(eq(skills.organizationId, organizationId), status ? eq(skills.status, status) : undefined))
    .orderBy(asc(skills.name));
}

/** Adds a skill unless one with the same name (any case) exists; returns the stored one. */
export async function insertSkill(
  db: Database,
  organizationId: string,
  values: { name: string; status: Skill['status']; suggestedById: string },
): Promise<Skill> {
  await db
    .insert(skills)
    .values({ ...values, organizationId })
    .onConflictDoNothing();
  const [row] = await db
    .select(columns)
    .from(skills)
    .where(and(eq(skills.organizationId, organizationId), sql`lower(${skills.name}) = lower(${values.name})`));
  if (!row) throw new Error('skill not found after insert');
  return row;
}

export async function findSkillById(db: Database, organizationId: string, id: string): Promise<Skill | undefined> {
  const [row] = await db
    .select(columns)
    .from(skills)
    .where(and(eq(skills.organizationId, organizationId), eq(skills.id, id)));
  return row;
}

export async function approveSkill(db: Database, organizationId: string, id: string): Promise<void> {
  await db
    .update(skills)
    .set({ status: 'approved' })
    .where(and(eq(skills.organizationId, organizationId), eq(skills.id, id)));
}

export async function deleteSkill(db: Database, organizationId: string, id: string): Promise<void> {
  await db.delete(skills).where(and(eq(skills.organizationId, organizationId), eq(skills.id, id)));
}
