import { PageQuerySchema } from '../../../shared/schemas/paging.ts';
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateLearningLogEntrySchema,
  LearningLogEntrySchema,
  LearningLogPageSchema,
  UpdateLearningLogEntrySchema,
  type LearningLogEntry,
} from '../../../shared/schemas/learning-log.ts';
import {
  addLearningLogEntry,
  editLearningLogEntry,
  listLearningLog,
  removeLearningLogEntry,
  type LearningLogEntryView,
} from '../../services/relationships/learning-log.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { RelationshipParams } from './relationships.routes.ts';

const tags = ['Learning log'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const EntryParams = RelationshipParams.extend({ entryId: z.uuid().openapi({ param: { name: 'entryId', in: 'path' } }) });
const EntryResponse = LearningLogEntrySchema.meta({ id: 'LearningLogEntry' });

const list = route({
  method: 'get',
  path: '/relationships/{relationshipId}/learning-log',
  summary: 'My learning-log entries and my partner’s shared ones, newest first (the pair only)',
  request: { params: RelationshipParams, query: PageQuerySchema },
  responses: {
    200: jsonResponse(LearningLogPageSchema.meta({ id: 'LearningLogPage' }), 'The entries I may read'),
    ...errorResponses(401, 404, 422),
  },
});
const create = route({
  method: 'post',
  path: '/relationships/{relationshipId}/learning-log',
  summary: 'Record what I tried, what happened and what I learned; private unless shared with my partner',
  request: { params: RelationshipParams, body: jsonBody(CreateLearningLogEntrySchema.meta({ id: 'CreateLearningLogEntry' })) },
  responses: { 201: jsonResponse(EntryResponse, 'The new entry'), ...errorResponses(400, 401, 404, 409, 422) },
});
const update = route({
  method: 'patch',
  path: '/relationships/{relationshipId}/learning-log/{entryId}',
  summary: 'Edit my entry or change who sees it (the author only)',
  request: { params: EntryParams, body: jsonBody(UpdateLearningLogEntrySchema.meta({ id: 'UpdateLearningLogEntry' })) },
  responses: { 200: jsonResponse(EntryResponse, 'The entry after the change'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const remove = route({
  method: 'delete',
  path: '/relationships/{relationshipId}/learning-log/{entryId}',
  summary: 'Delete my entry (the author only)',
  request: { params: EntryParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 409, 422) },
});

function presentEntry(entry: LearningLogEntryView): LearningLogEntry {
  return { ...entry, createdAt: entry.createdAt.toISOString(), updatedAt: entry.updatedAt.toISOString() };
}

/** The learning log of a relationship: each side's own entries, private or shared with the partner. */
export function learningLogRoutes() {
  return createRouter()
    .openapi(list, async (c) => {
      const page = await listLearningLog(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentEntry), nextCursor: page.nextCursor }, 200);
    })
    .openapi(create, async (c) =>
      c.json(
        presentEntry(await addLearningLogEntry(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json'))),
        201,
      ),
    )
    .openapi(update, async (c) => {
      const { relationshipId, entryId } = c.req.valid('param');
      return c.json(
        presentEntry(await editLearningLogEntry(c.var.ctx, requireActor(c), relationshipId, entryId, c.req.valid('json'))),
        200,
      );
    })
    .openapi(remove, async (c) => {
      const { relationshipId, entryId } = c.req.valid('param');
      await removeLearningLogEntry(c.var.ctx, requireActor(c), relationshipId, entryId);
      return c.body(null, 204);
    });
}
