import { PageQuerySchema } from '../../../shared/schemas/paging.ts';
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateNoteCommentSchema,
  CreateNoteSchema,
  NoteCommentSchema,
  NotePageSchema,
  NoteSchema,
  UpdateNoteSchema,
} from '../../../shared/schemas/notes.ts';
import {
  commentOnNote,
  createNote,
  editNote,
  listNotes,
  removeNote,
  type NoteCommentView,
  type NoteView,
} from '../../services/relationships/note.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { RelationshipParams } from './relationships.routes.ts';

const tags = ['Relationship notes'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const NoteParams = RelationshipParams.extend({ noteId: z.uuid().openapi({ param: { name: 'noteId', in: 'path' } }) });
const Note = NoteSchema.meta({ id: 'Note' });

const list = route({
  method: 'get',
  path: '/relationships/{relationshipId}/notes',
  summary: 'Shared notes with their comments and my own private notes (the pair only)',
  request: { params: RelationshipParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(NotePageSchema.meta({ id: 'NotePage' }), 'Notes, newest first'), ...errorResponses(401, 404, 422) },
});
const create = route({
  method: 'post',
  path: '/relationships/{relationshipId}/notes',
  summary: 'Write a shared note (a touch point) or a private note (only I will ever see it)',
  request: { params: RelationshipParams, body: jsonBody(CreateNoteSchema.meta({ id: 'CreateNote' })) },
  responses: { 201: jsonResponse(Note, 'Written'), ...errorResponses(400, 401, 404, 409, 422) },
});
const update = route({
  method: 'patch',
  path: '/relationships/{relationshipId}/notes/{noteId}',
  summary: 'Edit my note',
  request: { params: NoteParams, body: jsonBody(UpdateNoteSchema.meta({ id: 'UpdateNote' })) },
  responses: { 200: jsonResponse(Note, 'Saved'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const remove = route({
  method: 'delete',
  path: '/relationships/{relationshipId}/notes/{noteId}',
  summary: 'Delete my note (not a shared note my partner commented on)',
  request: { params: NoteParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 409, 422) },
});
const comment = route({
  method: 'post',
  path: '/relationships/{relationshipId}/notes/{noteId}/comments',
  summary: 'Comment on a shared note (a touch point)',
  request: { params: NoteParams, body: jsonBody(CreateNoteCommentSchema.meta({ id: 'CreateNoteComment' })) },
  responses: { 201: jsonResponse(NoteCommentSchema.meta({ id: 'NoteComment' }), 'Commented'), ...errorResponses(400, 401, 404, 409, 422) },
});

function presentComment(view: NoteCommentView): z.infer<typeof NoteCommentSchema> {
  return { ...view, createdAt: view.createdAt.toISOString() };
}

function presentNote(view: NoteView): z.infer<typeof NoteSchema> {
  return {
    ...view,
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
    comments: view.comments.map(presentComment),
  };
}

/** Notes of a relationship: shared (both see and comment) and private (the author alone). */
export function noteRoutes() {
  return createRouter()
    .openapi(list, async (c) => {
      const page = await listNotes(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentNote), nextCursor: page.nextCursor }, 200);
    })
    .openapi(create, async (c) =>
      c.json(presentNote(await createNote(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json'))), 201),
    )
    .openapi(update, async (c) => {
      const { relationshipId, noteId } = c.req.valid('param');
      return c.json(presentNote(await editNote(c.var.ctx, requireActor(c), relationshipId, noteId, c.req.valid('json'))), 200);
    })
    .openapi(remove, async (c) => {
      const { relationshipId, noteId } = c.req.valid('param');
      await removeNote(c.var.ctx, requireActor(c), relationshipId, noteId);
      return c.body(null, 204);
    })
    .openapi(comment, async (c) => {
      const { relationshipId, noteId } = c.req.valid('param');
      return c.json(presentComment(await commentOnNote(c.var.ctx, requireActor(c), relationshipId, noteId, c.req.valid('json'))), 201);
    });
}
