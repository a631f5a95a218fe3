import { and, eq, ilike, sql } from 'drizzle-orm';
import type { Page, SearchPageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { containsPattern, keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { skills } from '../schema/index.ts';

export type Skill = { id: string; name: string; status: 'approved' | 'pending' };

const columns = { id: skills.id, name: skills.name, status: skills.status };

/** By name, case aside (index skills_organization_name_unique), then id. */
const byName = keyset('name', [{ by: sql`lower(${skills.name})` }, { by: skills.id }]);

/**
 * One page of an organization's skills by name, `q` anywhere in the name, one status or both.
 *
 * @example await pageSkills(db, organizationId, { limit: 20, q: 'budg', status: 'approved' })
 */
export async function pageSkills(
  db: Database,
  organizationId: string,
  query: SearchPageQuery & { status?: Skill['status'] | undefined },
): Promise<Page<Skill>> {
  const page = keysetQuery(byName, query);
  const rows = await db
    .select({ ...columns, cursorKey: page.cursorKey })
    .from(skills)
    .where(
      and(
        eq(skills.organizationId, organizationId),
        query.status ? eq(skills.status, query.status) : undefined,
        query.q ? ilike(skills.name, containsPattern(query.q)) : undefined,
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, byName);
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
