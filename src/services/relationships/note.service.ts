import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import { findPeopleByIds } from '../../db/repositories/person.repository.ts';
import {
  deleteNote,
  findReadableNote,
  hasCommentsByOthers,
  insertNote,
  insertNoteComment,
  listNoteComments,
  listReadableNotes,
  meetingBelongsToRelationship,
  updateNote,
  type NoteCommentRecord,
  type NoteRecord,
} from '../../db/repositories/note.repository.ts';
import { touchRelationship } from '../../db/repositories/relationship-record.repository.ts';
import type { Database } from '../../db/database.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { CreateNote, CreateNoteComment, UpdateNote } from '../../../shared/schemas/notes.ts';
import type { ServiceContext } from '../context.ts';
import { getRelationshipAsParticipant, lockActiveAsParticipant, lockActiveWithPair } from './relationship-access.ts';

type Named = { id: string; name: string };
export type NoteCommentView = Omit<NoteCommentRecord, 'noteId' | 'authorId'> & { author: Named };
export type NoteView = Omit<NoteRecord, 'relationshipId' | 'authorId'> & { author: Named; mine: boolean; comments: NoteCommentView[] };

/** Notes as their readers see them, with their comments and everyone's names. */
async function present(ctx: ServiceContext, actor: Actor, records: NoteRecord[]): Promise<NoteView[]> {
  const comments = await listNoteComments(
    ctx.db,
    actor.organizationId,
    records.filter((n) => n.visibility === 'shared').map((n) => n.id),
  );
  const people = await findPeopleByIds(ctx.db, actor.organizationId, [
    ...new Set([...records.map((n) => n.authorId), ...comments.map((c) => c.authorId)]),
  ]);
  const named = (id: string): Named => ({ id, name: people.find((p) => p.id === id)?.displayName ?? 'Someone' });
  return records.map((note) =>
    viewOf(
      actor,
      note,
      named,
      comments.filter((c) => c.noteId === note.id),
    ),
  );
}

function viewOf(
  actor: Actor,
  { relationshipId: _r, authorId, ...note }: NoteRecord,
  named: (id: string) => Named,
  comments: NoteCommentRecord[],
): NoteView {
  return {
    ...note,
    author: named(authorId),
    mine: authorId === actor.personId,
    comments: comments.map(({ noteId: _n, authorId: commenter, ...comment }) => ({ ...comment, author: named(commenter) })),
  };
}

async function checkMeeting(
  db: Database,
  organizationId: string,
  relationshipId: string,
  meetingId: string | null | undefined,
): Promise<string | null> {
  if (!meetingId) return null;
  if (!(await meetingBelongsToRelationship(db, organizationId, relationshipId, meetingId)))
    throw invalidInput([{ field: 'meetingId', message: 'is not a meeting of this relationship' }]);
  return meetingId;
}

/**
 * A page of the notes one of the pair may read, newest first: shared notes with their comments, and their own private
 * notes. Nobody else (partner, coordinator, admin) ever gets someone's private note.
 *
 * @example const { items } = await listNotes(ctx, actor, relationshipId, { limit: 50 });
 */
export async function listNotes(ctx: ServiceContext, actor: Actor, relationshipId: string, query: PageQuery): Promise<Page<NoteView>> {
  const { relationship } = await getRelationshipAsParticipant(ctx, actor, relationshipId);
  const page = await listReadableNotes(ctx.db, actor.organizationId, relationship.id, actor.personId, query);
  return { items: await present(ctx, actor, page.items), nextCursor: page.nextCursor };
}

/** Writes a note; a shared note is a touch point. */
export async function createNote(ctx: ServiceContext, actor: Actor, relationshipId: string, input: CreateNote): Promise<NoteView> {
  const { note, author } = await ctx.db.transaction(async (trx) => {
    const { relationship, role, pair } = await lockActiveWithPair(trx, actor, relationshipId);
    const meetingId = await checkMeeting(trx, actor.organizationId, relationship.id, input.meetingId);
    const at = ctx.now();
    const inserted = await insertNote(trx, actor.organizationId, {
      relationshipId: relationship.id,
      authorId: actor.personId,
      visibility: input.visibility,
      body: input.body,
      meetingId,
      at,
    });
    if (input.visibility === 'shared') await touchRelationship(trx, actor.organizationId, relationship.id, at);
    return { note: inserted, author: pair[role] };
  });
  // A new note has no comments yet, and its author is the actor, named by the locked read.
  return viewOf(actor, note, (id) => ({ id, name: author.name }), []);
}

/** The note, for its author only: anyone else's note (private or shared) is not theirs to change. */
async function findOwnNote(db: Database, actor: Actor, relationshipId: string, noteId: string): Promise<NoteRecord> {
  const note = await findReadableNote(db, actor.organizationId, relationshipId, noteId, actor.personId);
  if (!note) throw notFound('note');
  if (note.authorId !== actor.personId) throw forbidden('not_note_author', 'Only the author can change a note');
  return note;
}

/** The author edits their note (body and linked meeting). */
export async function editNote(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  noteId: string,
  input: UpdateNote,
): Promise<NoteView> {
  const note = await ctx.db.transaction(async (trx) => {
    const { relationship } = await lockActiveAsParticipant(trx, actor, relationshipId);
    const own = await findOwnNote(trx, actor, relationship.id, noteId);
    const meetingId =
      input.meetingId === undefined ? own.meetingId : await checkMeeting(trx, actor.organizationId, relationship.id, input.meetingId);
    return updateNote(trx, actor.organizationId, own.id, { body: input.body, meetingId, at: ctx.now() });
  });
  if (!note) throw notFound('note');
  const [view] = await present(ctx, actor, [note]);
  if (!view) throw notFound('note');
  return view;
}

/**
 * The author deletes their note. A shared note the partner commented on stays (their words would
 * be lost with it): 409 `note_has_partner_comments`.
 */
export async function removeNote(ctx: ServiceContext, actor: Actor, relationshipId: string, noteId: string): Promise<void> {
  await ctx.db.transaction(async (trx) => {
    const { relationship } = await lockActiveAsParticipant(trx, actor, relationshipId);
    const own = await findOwnNote(trx, actor, relationship.id, noteId);
    if (await hasCommentsByOthers(trx, actor.organizationId, own.id, actor.personId)) {
      throw conflict('note_has_partner_comments', 'Your partner commented on this note; edit it instead of deleting it');
    }
    await deleteNote(trx, actor.organizationId, own.id);
  });
}

/** Either of the pair comments on a shared note: a touch point. Private notes take no comments. */
export async function commentOnNote(
  ctx: ServiceContext,
  actor: Actor,
  relationshipId: string,
  noteId: string,
  input: CreateNoteComment,
): Promise<NoteCommentView> {
  const comment = await ctx.db.transaction(async (trx) => {
    const { relationship } = await lockActiveAsParticipant(trx, actor, relationshipId);
    const note = await findReadableNote(trx, actor.organizationId, relationship.id, noteId, actor.personId);
    if (!note) throw notFound('note');
    if (note.visibility !== 'shared') throw conflict('private_note_no_comments', 'Private notes take no comments');
    const at = ctx.now();
    const inserted = await insertNoteComment(trx, actor.organizationId, {
      noteId: note.id,
      authorId: actor.personId,
      body: input.body,
      at,
    });
    await touchRelationship(trx, actor.organizationId, relationship.id, at);
    return inserted;
  });
  const [author] = await findPeopleByIds(ctx.db, actor.organizationId, [actor.personId]);
  const { noteId: _n, authorId: _a, ...rest } = comment;
  return { ...rest, author: { id: actor.personId, name: author?.displayName ?? 'You' } };
}
