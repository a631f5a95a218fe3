import type { MentoringFunction } from '../../../shared/enums.ts';
import type { Database } from '../../db/database.ts';
import { findAgreementTemplates, insertAgreements } from '../../db/repositories/agreement.repository.ts';
import { insertRelationships } from '../../db/repositories/relationship.repository.ts';
import { relationshipStageChanges } from '../../db/schema/index.ts';
import { draftAgreementFromTemplate } from '../../domain/relationships/agreement-draft.ts';
import { readAgreementTemplate } from './agreement-template.service.ts';

export type NewRelationship = {
  programId: string;
  mentorId: string;
  menteeId: string;
  source: 'matching' | 'request' | 'manual';
  matchingRunId: string | null;
  createdById: string;
  /** The mentoring functions it is for, when known (an accepted request's need); the draft agreement names them. */
  functions?: readonly MentoringFunction[];
};

/** Relationships started per batch of inserts: a statement's parameters stay far below PostgreSQL's 65,535. */
const RELATIONSHIPS_PER_BATCH = 1000;

/**
 * Starts relationships, inside the caller's transaction (which has already checked the mentors'
 * room under lock): each begins in stage 1, creating, with that first stage in its history, and
 * with a draft agreement (version 1, unsigned) from its program's template, its timeline
 * counted from `startsOn`. Every path that creates a relationship (published matching,
 * accepted request, manual pairing) goes through here, so each gets the same start. Any number
 * at once: rows go in batches of multi-row inserts, and each program's template is read once.
 *
 * @example const ids = await startRelationships(trx, orgId, [{ programId, mentorId, menteeId, source: 'manual', matchingRunId: null, createdById }]);
 */
export async function startRelationships(
  db: Database,
  organizationId: string,
  rows: NewRelationship[],
  startsOn = new Date().toISOString().slice(0, 10),
): Promise<string[]> {
  if (rows.length === 0) return [];
  const programs = await findAgreementTemplates(db, organizationId, [...new Set(rows.map((row) => row.programId))]);
  const templates = new Map(
    [...programs].map(([programId, program]) => [programId, { ...readAgreementTemplate(program.template), endsOn: program.endsOn }]),
  );
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += RELATIONSHIPS_PER_BATCH) {
    const batch = rows.slice(start, start + RELATIONSHIPS_PER_BATCH);
    const batchIds = await insertRelationships(db, organizationId, batch);
    const started = batchIds.map((relationshipId, index) => ({ relationshipId, row: batch[index] as NewRelationship }));
    await db.insert(relationshipStageChanges).values(
      started.map(({ relationshipId, row }) => ({
        organizationId,
        relationshipId,
        fromStage: null,
        toStage: 'creating',
        changedById: row.createdById,
        note: '',
      })),
    );
    await insertAgreements(
      db,
      organizationId,
      started.map(({ relationshipId, row }) => {
        const program = templates.get(row.programId);
        const template = program?.template ?? readAgreementTemplate(null).template;
        return {
          relationshipId,
          content: draftAgreementFromTemplate(template, { startsOn, programEndsOn: program?.endsOn ?? null, functions: row.functions }),
          editedById: row.createdById,
        };
      }),
    );
    for (const id of batchIds) ids.push(id);
  }
  return ids;
}
