import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Page, PageQuery } from '../../../shared/schemas/paging.ts';
import type { Database } from '../database.ts';
import { keyset, keysetQuery, pageFrom } from '../keyset.ts';
import { placeholders, preparedStatement } from '../prepared-statement.ts';
import { meetings, noteComments, notes } from '../schema/index.ts';

/** A note row, mapped. */
export type NoteRecord = {
  id: string;
  relationshipId: string;
  authorId: string;
  visibility: 'private' | 'shared';
  body: string;
  meetingId: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type NoteCommentRecord = { id: string; noteId: string; authorId: string; body: string; createdAt: Date };

const noteColumns = {
  id: notes.id,
  relationshipId: notes.relationshipId,
  authorId: notes.authorId,
  visibility: notes.visibility,
  body: notes.body,
  meetingId: notes.meetingId,
  createdAt: notes.createdAt,
  updatedAt: notes.updatedAt,
};

const newestNotesFirst = keyset('newest', [
  { by: notes.createdAt, direction: 'desc' },
  { by: notes.id, direction: 'desc' },
]);

/**
 * One page of the notes `readerId` may read in a relationship, newest first (index notes_relationship_idx): every shared note and their own private ones.
 * The filter lives in the query so no other private note ever leaves the database.
 *
 * @example await listReadableNotes(db, orgId, relationshipId, personId, { limit: 50 })
 */
export async function listReadableNotes(
  db: Database,
  organizationId: string,
  relationshipId: string,
  readerId: string,
  query: Pick<PageQuery, 'limit' | 'cursor'>,
): Promise<Page<NoteRecord>> {
  const page = keysetQuery(newestNotesFirst, query);
  const rows = await db
    .select({ ...noteColumns, cursorKey: page.cursorKey })
    .from(notes)
    .where(
      and(
        eq(notes.organizationId, organizationId),
        eq(notes.relationshipId, relationshipId),
        or(eq(notes.visibility, 'shared'), eq(notes.authorId, readerId)),
        page.after,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(page.fetch);
  return pageFrom(rows, query, newestNotesFirst);
}

/** One note `readerId` may read (shared, or their own private note), or null. */
export async function findReadableNote(
  db: Database,
  organizationId: string,
  relationshipId: string,
  noteId: string,
  readerId: string,
): Promise<NoteRecord | null> {
  const [row] = await db
    .select(noteColumns)
    .from(notes)
    .where(
      and(
        eq(notes.organizationId, organizationId),
        eq(notes.relationshipId, relationshipId),
        eq(notes.id, noteId),
        or(eq(notes.visibility, 'shared'), eq(notes.authorId, readerId)),
      ),
    );
  return row ?? null;
}

const noteInsert = preparedStatement('insert_note', (db, name) =>
  db
    .insert(notes)
    .values({
      ...placeholders('organizationId', 'relationshipId', 'authorId', 'visibility', 'body', 'meetingId'),
      createdAt: sql.placeholder('at'),
      updatedAt: sql.placeholder('at'),
    })
    .returning(noteColumns)
    .prepare(name),
);

export async function insertNote(
  db: Database,
  organizationId: string,
  note: Pick<NoteRecord, 'relationshipId' | 'authorId' | 'visibility' | 'body' | 'meetingId'> & { at: Date },
): Promise<NoteRecord> {
  const [row] = await noteInsert(db).execute({ ...note, organizationId });
  if (!row) throw new Error('note not inserted');
  return row;
}

export async function updateNote(
  db: Database,
  organizationId: string,
  noteId: string,
  change: { body: string; meetingId: string | null; at: Date },
): Promise<NoteRecord | null> {
  const [row] = await db
    .update(notes)
    .set({ body: change.body, meetingId: change.meetingId, updatedAt: change.at })
    .where(and(eq(notes.organizationId, organizationId), eq(notes.id, noteId)))
    .returning(noteColumns);
  return row ?? null;
}

export async function deleteNote(db: Database, organizationId: string, noteId: string): Promise<void> {
  await db.delete(notes).where(and(eq(notes.organizationId, organizationId), eq(notes.id, noteId)));
}

/** Comments on the given notes, oldest first. */
export async function listNoteComments(db: Database, organizationId: string, noteIds: readonly string[]): Promise<NoteCommentRecord[]> {
  if (noteIds.length === 0) return [];
  return db
    .select({
      id: noteComments.id,
      noteId: noteComments.noteId,
      authorId: noteComments.authorId,
      body: noteComments.body,
      createdAt: noteComments.createdAt,
    })
    .from(noteComments)
    .where(and(eq(noteComments.organizationId, organizationId), inArray(noteComments.noteId, [...noteIds])))
    .orderBy(asc(noteComments.createdAt), asc(noteComments.id));
}

/** Whether anyone but the note's author commented on it (their words would go with a delete). */
export async function hasCommentsByOthers(db: Database, organizationId: string, noteId: string, authorId: string): Promise<boolean> {
  const rows = await db
    .select({ id: noteComments.id })
    .from(noteComments)
    .where(and(eq(noteComments.organizationId, organizationId), eq(noteComments.noteId, noteId), ne(noteComments.authorId, authorId)))
    .limit(1);
  return rows.length > 0;
}

export async function insertNoteComment(
  db: Database,
  organizationId: string,
  comment: { noteId: string; authorId: string; body: string; at: Date },
): Promise<NoteCommentRecord> {
  const [row] = await db
    .insert(noteComments)
    .values({ organizationId, noteId: comment.noteId, authorId: comment.authorId, body: comment.body, createdAt: comment.at })
    .returning({
      id: noteComments.id,
      noteId: noteComments.noteId,
      authorId: noteComments.authorId,
      body: noteComments.body,
      createdAt: noteComments.createdAt,
    });
  if (!row) throw new Error('comment not inserted');
  return row;
}

/** Whether a meeting belongs to the relationship (a note may point at one of the pair's meetings). */
export async function meetingBelongsToRelationship(
  db: Database,
  organizationId: string,
  relationshipId: string,
  meetingId: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.organizationId, organizationId), eq(meetings.relationshipId, relationshipId), eq(meetings.id, meetingId)));
  return rows.length > 0;
}
