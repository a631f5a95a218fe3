import type { EditAgreement, SignAgreement } from '../../../shared/schemas/agreements.ts';
import type { Database } from '../../db/database.ts';
import {
  findAgreement,
  findAgreementStatus,
  findAgreementTemplates,
  findAgreementVersion,
  insertAgreements,
  insertAgreementVersion,
  listAgreementVersions,
  signAgreementVersion,
  type AgreementRecord,
  type AgreementStatusRecord,
  type AgreementVersionRecord,
} from '../../db/repositories/agreement.repository.ts';
import { lockRelationshipById, type RelationshipRecord } from '../../db/repositories/relationship-record.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import { draftAgreementFromTemplate } from '../../domain/relationships/agreement-draft.ts';
import { agreementSignedAt, checkAgreementSignature, nextAgreementVersion } from '../../domain/relationships/agreement-signing.ts';
import type { ServiceContext } from '../context.ts';
import { readAgreementTemplate } from './agreement-template.service.ts';
import { getRelationshipAsParticipant, getRelationshipAsViewer, pairRoleOf, requireActiveRelationship } from './relationship-access.ts';

/** The agreement as the pair sees it: whether and when it is signed, and the current text. */
export type AgreementView = AgreementStatusRecord & { current: AgreementVersionRecord };

/**
 * The relationship's agreement, started from the program's template for relationships that
 * began before agreements existed. Call it under the relationship's lock.
 */
async function loadAgreement(db: Database, relationship: RelationshipRecord): Promise<AgreementRecord> {
  const { organizationId } = relationship;
  const found = await findAgreement(db, organizationId, relationship.id);
  if (found) return found;
  const program = (await findAgreementTemplates(db, organizationId, [relationship.programId])).get(relationship.programId);
  const { template } = readAgreementTemplate(program?.template ?? null);
  const content = draftAgreementFromTemplate(template, {
    startsOn: relationship.startedAt.toISOString().slice(0, 10),
    programEndsOn: program?.endsOn ?? null,
  });
  await insertAgreements(db, organizationId, [{ relationshipId: relationship.id, content, editedById: relationship.mentorId }]);
  const created = await findAgreement(db, organizationId, relationship.id);
  if (!created) throw notFound('agreement');
  return created;
}

async function viewOf(db: Database, organizationId: string, agreement: AgreementRecord): Promise<AgreementView> {
  const current = await findAgreementVersion(db, organizationId, agreement.id, agreement.currentVersion);
  if (!current) throw notFound('agreement');
  return {
    currentVersion: agreement.currentVersion,
    mentorSignedAt: current.mentorSignedAt,
    menteeSignedAt: current.menteeSignedAt,
    signedAt: agreementSignedAt(current),
    current,
  };
}

/** Runs `change` on the agreement under the relationship's lock: changes to one agreement happen one at a time. */
async function changeAgreement(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  change: (trx: Database, agreement: AgreementRecord, current: AgreementVersionRecord, role: 'mentor' | 'mentee') => Promise<void>,
): Promise<AgreementView> {
  await getRelationshipAsParticipant(ctx, actor, relationshipId);
  return ctx.db.transaction(async (trx) => {
    const relationship = await lockRelationshipById(trx, actor.organizationId, relationshipId);
    if (!relationship) throw notFound('relationship');
    const role = pairRoleOf(actor, relationship);
    if (!role) throw notFound('relationship');
    requireActiveRelationship(relationship);
    const agreement = await loadAgreement(trx, relationship);
    const { current } = await viewOf(trx, actor.organizationId, agreement);
    await change(trx, agreement, current, role);
    const after = await findAgreement(trx, actor.organizationId, relationshipId);
    if (!after) throw notFound('agreement');
    return viewOf(trx, actor.organizationId, after);
  });
}

/**
 * The agreement's current version with its signatures, for the pair only: coordinators and
 * admins get "not found" (they see `getAgreementStatus`).
 *
 * @example const agreement = await getAgreement(ctx, mentee, relationshipId);
 */
export async function getAgreement(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<AgreementView> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const found = await findAgreement(ctx.db, actor.organizationId, relationshipId);
  if (found) return viewOf(ctx.db, actor.organizationId, found);
  return ctx.db.transaction(async (trx) => {
    await lockRelationshipById(trx, actor.organizationId, relationshipId);
    return viewOf(trx, actor.organizationId, await loadAgreement(trx, relationship));
  });
}

/**
 * Every version of the agreement, newest first, for the pair only.
 *
 * @example const versions = await listAgreementHistory(ctx, mentor, relationshipId);
 */
export async function listAgreementHistory(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<AgreementVersionRecord[]> {
  const { current } = await getAgreement(ctx, actor, relationshipId);
  const agreement = await findAgreement(ctx.db, actor.organizationId, relationshipId);
  return agreement ? listAgreementVersions(ctx.db, actor.organizationId, agreement.id) : [current];
}

/**
 * Whether the agreement is signed and when, for the pair and the program's coordinators
 * and admins: never its text.
 *
 * @example const { signedAt } = await getAgreementStatus(ctx, coordinator, relationshipId);
 */
export async function getAgreementStatus(ctx: ServiceContext, actor: Actor, relationshipId: string): Promise<AgreementStatusRecord> {
  await getRelationshipAsViewer(ctx, actor, relationshipId);
  const status = (await findAgreementStatus(ctx.db, actor.organizationId, [relationshipId])).get(relationshipId);
  return status ?? { currentVersion: 1, mentorSignedAt: null, menteeSignedAt: null, signedAt: null };
}

/**
 * Saves an edit of the draft as a new version, made on the version the editor read: a stale
 * one is refused (409 `agreement_edit_conflict`), so of two edits made at once exactly one
 * lands. The new version starts unsigned, so both sign again; a version both signed is final.
 *
 * @example await editAgreement(ctx, mentee, relationshipId, { version: 1, content });
 */
export async function editAgreement(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  edit: EditAgreement,
): Promise<AgreementView> {
  return changeAgreement(ctx, actor, relationshipId, async (trx, agreement, current) => {
    const version = nextAgreementVersion(current, edit.version);
    await insertAgreementVersion(trx, actor.organizationId, agreement, {
      version,
      content: edit.content,
      editedById: actor.personId,
      editedAt: ctx.now(),
    });
  });
}

/**
 * Signs the caller's own side of the current version (signing again changes nothing).
 * Nothing moves the stage: the pair sets it, and "agreement signed" is a signal to them.
 *
 * @example await signAgreement(ctx, mentor, relationshipId, { version: 2, side: 'mentor' });
 */
export async function signAgreement(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  signature: SignAgreement,
): Promise<AgreementView> {
  return changeAgreement(ctx, actor, relationshipId, async (trx, agreement, current, role) => {
    if (checkAgreementSignature(current, { ...signature, signerSide: role })) {
      await signAgreementVersion(trx, actor.organizationId, agreement.id, current.version, signature.side, ctx.now());
    }
  });
}
