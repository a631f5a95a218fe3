import { z } from 'zod';
import { limits } from '../limits.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { pageSchema } from './paging.ts';

/** Shared notes both of the pair see and comment on; private notes only their author ever sees. */
export const noteVisibilities = ['shared', 'private'] as const;
export type NoteVisibility = (typeof noteVisibilities)[number];

const NoteBodySchema = z.string().trim().min(1).max(limits.noteBodyMax);

/** A new note: shared or private, optionally about one of the pair's meetings. */
export const CreateNoteSchema = z.object({
  visibility: z.enum(noteVisibilities),
  body: NoteBodySchema,
  meetingId: IdSchema.nullable().optional(),
});
export type CreateNote = z.infer<typeof CreateNoteSchema>;

/** The author's edit of their own note (its visibility stays as written). */
export const UpdateNoteSchema = z.object({ body: NoteBodySchema, meetingId: IdSchema.nullable().optional() });
export type UpdateNote = z.infer<typeof UpdateNoteSchema>;

export const CreateNoteCommentSchema = z.object({ body: z.string().trim().min(1).max(limits.noteCommentMax) });
export type CreateNoteComment = z.infer<typeof CreateNoteCommentSchema>;

export const NoteCommentSchema = z.object({
  id: IdSchema,
  author: z.object({ id: IdSchema, name: z.string() }),
  body: z.string(),
  createdAt: TimestampSchema,
});
export type NoteComment = z.infer<typeof NoteCommentSchema>;

/** A note as one of the pair sees it: shared notes, and the caller's own private notes. */
export const NoteSchema = z.object({
  id: IdSchema,
  visibility: z.enum(noteVisibilities),
  author: z.object({ id: IdSchema, name: z.string() }),
  /** True when the caller wrote it (only the author edits or deletes). */
  mine: z.boolean(),
  body: z.string(),
  meetingId: IdSchema.nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Comments on a shared note; always empty for a private note. */
  comments: z.array(NoteCommentSchema),
});
export type Note = z.infer<typeof NoteSchema>;

/** A page of the notes one may read, newest first. */
export const NotePageSchema = pageSchema(NoteSchema);
export type NotePage = z.infer<typeof NotePageSchema>;
