import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AgreementContentSchema, type AgreementContent } from '../../../shared/schemas/agreements.ts';
import { agreementSignedAt } from '../../domain/relationships/agreement-signing.ts';
import type { Database } from '../database.ts';
import { agreements, agreementVersions, people, programs } from '../schema/index.ts';

/** An agreement of a relationship: its text lives in numbered versions. */
export type AgreementRecord = { id: string; relationshipId: string; currentVersion: number };

/** One version of an agreement's text, with who wrote it and each side's signature. */
export type AgreementVersionRecord = {
  version: number;
  content: AgreementContent;
  editedBy: { id: string; name: string };
  editedAt: Date;
  mentorSignedAt: Date | null;
  menteeSignedAt: Date | null;
};

/** Whether a relationship's current agreement version is signed, and when (never its text). */
export type AgreementStatusRecord = {
  currentVersion: number;
  mentorSignedAt: Date | null;
  menteeSignedAt: Date | null;
  signedAt: Date | null;
};

const agreementColumns = { id: agreements.id, relationshipId: agreements.relationshipId, currentVersion: agreements.currentVersion };

/** A program's saved template as stored (null until coordinators save one) and its end date. */
export async function findAgreementTemplates(
  db: Database,
  organizationId: string,
  programIds: readonly string[],
): Promise<Map<string, { template: Record<string, unknown> | null; endsOn: string | null }>> {
  const templates = new Map<string, { template: Record<string, unknown> | null; endsOn: string | null }>();
  if (programIds.length === 0) return templates;
  const rows = await db
    .select({ id: programs.id, template: programs.agreementTemplate, endsOn: programs.endsOn })
    .from(programs)
    .where(and(eq(programs.organizationId, organizationId), inArray(programs.id, [...programIds])));
  for (const row of rows) templates.set(row.id, { template: row.template, endsOn: row.endsOn });
  return templates;
}

/** Saves a program's agreement template. */
export async function updateAgreementTemplate(
  db: Database,
  organizationId: string,
  programId: string,
  template: Record<string, unknown>,
): Promise<void> {
  await db
    .update(programs)
    .set({ agreementTemplate: template, updatedAt: sql`now()` })
    .where(and(eq(programs.organizationId, organizationId), eq(programs.id, programId)));
}

/** Creates each relationship's agreement with its first version (unsigned). */
export async function insertAgreements(
  db: Database,
  organizationId: string,
  drafts: ReadonlyArray<{ relationshipId: string; content: AgreementContent; editedById: string }>,
): Promise<void> {
  if (drafts.length === 0) return;
  const inserted = await db
    .insert(agreements)
    .values(drafts.map((draft) => ({ organizationId, relationshipId: draft.relationshipId, currentVersion: 1 })))
    .returning(agreementColumns);
  const idOf = new Map(inserted.map((row) => [row.relationshipId, row.id]));
  await db.insert(agreementVersions).values(
    drafts.map((draft) => ({
      organizationId,
      agreementId: idOf.get(draft.relationshipId) ?? '',
      version: 1,
      content: draft.content,
      editedById: draft.editedById,
    })),
  );
}

/** The agreement of a relationship, if it has one. */
export async function findAgreement(db: Database, organizationId: string, relationshipId: string): Promise<AgreementRecord | null> {
  const [row] = await db
    .select(agreementColumns)
    .from(agreements)
    .where(and(eq(agreements.organizationId, organizationId), eq(agreements.relationshipId, relationshipId)));
  return row ?? null;
}

const versionColumns = {
  version: agreementVersions.version,
  content: agreementVersions.content,
  editedById: agreementVersions.editedById,
  editorName: people.displayName,
  editedAt: agreementVersions.editedAt,
  mentorSignedAt: agreementVersions.mentorSignedAt,
  menteeSignedAt: agreementVersions.menteeSignedAt,
};

function selectVersions(db: Database, organizationId: string, agreementId: string, version?: number) {
  return db
    .select(versionColumns)
    .from(agreementVersions)
    .leftJoin(people, and(eq(people.organizationId, agreementVersions.organizationId), eq(people.id, agreementVersions.editedById)))
    .where(
      and(
        eq(agreementVersions.organizationId, organizationId),
        eq(agreementVersions.agreementId, agreementId),
        version === undefined ? undefined : eq(agreementVersions.version, version),
      ),
    );
}

type VersionRow = Awaited<ReturnType<typeof selectVersions>>[number];

function toVersion(row: VersionRow): AgreementVersionRecord {
  return {
    version: row.version,
    // Only validated content is written; parsing again keeps the mapping honest.
    content: AgreementContentSchema.parse(row.content),
    editedBy: { id: row.editedById, name: row.editorName ?? 'Someone' },
    editedAt: row.editedAt,
    mentorSignedAt: row.mentorSignedAt,
    menteeSignedAt: row.menteeSignedAt,
  };
}

/** One version of an agreement. */
export async function findAgreementVersion(
  db: Database,
  organizationId: string,
  agreementId: string,
  version: number,
): Promise<AgreementVersionRecord | null> {
  const [row] = await selectVersions(db, organizationId, agreementId, version);
  return row ? toVersion(row) : null;
}

/** Every version of an agreement, newest first. */
export async function listAgreementVersions(db: Database, organizationId: string, agreementId: string): Promise<AgreementVersionRecord[]> {
  const rows = await selectVersions(db, organizationId, agreementId).orderBy(desc(agreementVersions.version));
  return rows.map(toVersion);
}

/** Adds a version (unsigned) and makes it the current one. */
export async function insertAgreementVersion(
  db: Database,
  organizationId: string,
  agreement: AgreementRecord,
  values: { version: number; content: AgreementContent; editedById: string; editedAt: Date },
): Promise<void> {
  await db.insert(agreementVersions).values({ organizationId, agreementId: agreement.id, ...values });
  await db
    .update(agreements)
    .set({ currentVersion: values.version })
    .where(and(eq(agreements.organizationId, organizationId), eq(agreements.id, agreement.id)));
}

/** Puts one side's signature on a version, unless that side signed it already. */
export async function signAgreementVersion(
  db: Database,
  organizationId: string,
  agreementId: string,
  version: number,
  side: 'mentor' | 'mentee',
  at: Date,
): Promise<void> {
  const column = side === 'mentor' ? agreementVersions.mentorSignedAt : agreementVersions.menteeSignedAt;
  await db
    .update(agreementVersions)
    .set(side === 'mentor' ? { mentorSignedAt: at } : { menteeSignedAt: at })
    .where(
      and(
        eq(agreementVersions.organizationId, organizationId),
        eq(agreementVersions.agreementId, agreementId),
        eq(agreementVersions.version, version),
        isNull(column),
      ),
    );
}

/**
 * Whether each relationship's agreement is signed: the current version's signatures and
 * `signedAt`, the later of the two once both are there. Relationships without an agreement
 * are left out. For stage signals and coordinators' lists; it reads no agreement text.
 *
 * @example const status = await findAgreementStatus(db, orgId, [relationshipId]); status.get(relationshipId)?.signedAt
 */
export async function findAgreementStatus(
  db: Database,
  organizationId: string,
  relationshipIds: readonly string[],
): Promise<Map<string, AgreementStatusRecord>> {
  const statuses = new Map<string, AgreementStatusRecord>();
  if (relationshipIds.length === 0) return statuses;
  const rows = await db
    .select({
      relationshipId: agreements.relationshipId,
      currentVersion: agreements.currentVersion,
      mentorSignedAt: agreementVersions.mentorSignedAt,
      menteeSignedAt: agreementVersions.menteeSignedAt,
    })
    .from(agreements)
    .innerJoin(
      agreementVersions,
      and(
        eq(agreementVersions.organizationId, agreements.organizationId),
        eq(agreementVersions.agreementId, agreements.id),
        eq(agreementVersions.version, agreements.currentVersion),
      ),
    )
    .where(and(eq(agreements.organizationId, organizationId), inArray(agreements.relationshipId, [...relationshipIds])))
    .orderBy(asc(agreements.relationshipId));
  for (const row of rows) {
    const { relationshipId, mentorSignedAt, menteeSignedAt } = row;
    statuses.set(relationshipId, {
      currentVersion: row.currentVersion,
      mentorSignedAt,
      menteeSignedAt,
      signedAt: agreementSignedAt({ version: row.currentVersion, mentorSignedAt, menteeSignedAt }),
    });
  }
  return statuses;
}
