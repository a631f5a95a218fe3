import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { CreateLearningLogEntry, UpdateLearningLogEntry } from '../../../shared/schemas/learning-log.ts';
import {
  deleteLearningLogEntry,
  findLearningLogEntryForReader,
  insertLearningLogEntry,
  listLearningLogForReader,
  updateLearningLogEntry,
  type LearningLogEntryRecord,
} from '../../db/repositories/learning-log.repository.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getRelationshipAsParticipant, requireActiveRelationship } from './relationship-access.ts';

/** An entry as its reader sees it: `mine` when the reader wrote it. */
export type LearningLogEntryView = LearningLogEntryRecord & { mine: boolean };

const viewFor =
  (actor: Actor) =>
  (entry: LearningLogEntryRecord): LearningLogEntryView => ({ ...entry, mine: entry.authorId === actor.personId });

/**
 * A page of the caller's learning log in a relationship, newest first: their own entries (private or
 * shared) and the partner's shared ones. Private entries are their author's alone: the partner,
 * coordinators and admins never get them (coordinators and admins are not of the pair: 404).
 *
 * @example const { items } = await listLearningLog(ctx, mentor, relationshipId, { limit: 50 });
 */
export async function listLearningLog(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  query: PageQuery,
): Promise<Page<LearningLogEntryView>> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const page = await listLearningLogForReader(ctx.db, actor.organizationId, relationship.id, actor.personId, query);
  return { items: page.items.map(viewFor(actor)), nextCursor: page.nextCursor };
}

/**
 * Either side records what they tried, what happened and what they learned; private unless
 * `shared` with the partner.
 *
 * @example await addLearningLogEntry(ctx, mentor, relationshipId, { tried: 'Asked before advising', happened: '', learned: '', shared: false });
 */
export async function addLearningLogEntry(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  input: CreateLearningLogEntry,
): Promise<LearningLogEntryView> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  requireActiveRelationship(relationship);
  const id = await insertLearningLogEntry(ctx.db, actor.organizationId, {
    ...input,
    relationshipId: relationship.id,
    authorId: actor.personId,
    createdAt: ctx.now(),
  });
  return readOwnEntry(ctx, actor, relationship.id, id);
}

async function readOwnEntry(ctx: ServiceContext, actor: Actor, relationshipId: string, entryId: string): Promise<LearningLogEntryView> {
  const entry = await findLearningLogEntryForReader(ctx.db, actor.organizationId, relationshipId, entryId, actor.personId);
  if (!entry) throw notFound('learning_log_entry');
  if (entry.authorId !== actor.personId) throw forbidden('not_entry_author', 'Only the author of a learning-log entry changes it');
  return viewFor(actor)(entry);
}

/**
 * The author edits their entry or changes who sees it. The partner's private entries do not
 * exist for the caller (404); their shared ones are refused (403).
 *
 * @example await editLearningLogEntry(ctx, mentee, relationshipId, entryId, { shared: true });
 */
export async function editLearningLogEntry(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  entryId: string,
  input: UpdateLearningLogEntry,
): Promise<LearningLogEntryView> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  requireActiveRelationship(relationship);
  await readOwnEntry(ctx, actor, relationship.id, entryId);
  await updateLearningLogEntry(
    ctx.db,
    actor.organizationId,
    { relationshipId: relationship.id, entryId, authorId: actor.personId },
    { ...input, updatedAt: ctx.now() },
  );
  return readOwnEntry(ctx, actor, relationship.id, entryId);
}

/** The author deletes their entry (same refusals as editing). */
export async function removeLearningLogEntry(ctx: ServiceContext, actor: Actor, relationshipId: string, entryId: string): Promise<void> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  requireActiveRelationship(relationship);
  await readOwnEntry(ctx, actor, relationship.id, entryId);
  if (!(await deleteLearningLogEntry(ctx.db, actor.organizationId, { relationshipId: relationship.id, entryId, authorId: actor.personId })))
    throw notFound('learning_log_entry');
}
