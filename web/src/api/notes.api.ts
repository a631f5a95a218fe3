import {
  NoteCommentSchema,
  NotePageSchema,
  NoteSchema,
  type CreateNote,
  type Note,
  type UpdateNote,
} from '../../../shared/schemas/index.ts';
import { requestJson, requestVoid, toQueryString } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export type { Note };

/** Notes live under their relationship's key, so any change there refreshes them too. */
export function notesQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'notes'] as const;
}

const notesPath = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/notes`;

/** One page of the notes I may read, newest first. */
export function fetchNotesPage(relationshipId: string, cursor?: string) {
  return requestJson(`${notesPath(relationshipId)}${toQueryString({ cursor })}`, NotePageSchema);
}

export function createNote(relationshipId: string, body: CreateNote) {
  return requestJson(notesPath(relationshipId), NoteSchema, { method: 'POST', body });
}

export function updateNote(relationshipId: string, noteId: string, body: UpdateNote) {
  return requestJson(`${notesPath(relationshipId)}/${encodeURIComponent(noteId)}`, NoteSchema, { method: 'PATCH', body });
}

export function deleteNote(relationshipId: string, noteId: string) {
  return requestVoid(`${notesPath(relationshipId)}/${encodeURIComponent(noteId)}`, { method: 'DELETE' });
}

export function commentOnNote(relationshipId: string, noteId: string, body: string) {
  return requestJson(`${notesPath(relationshipId)}/${encodeURIComponent(noteId)}/comments`, NoteCommentSchema, {
    method: 'POST',
    body: { body },
  });
}
