import { createRoute } from '@hono/zod-openapi';
import { CheckInPageSchema, CheckInSchema, CreateCheckInSchema, type CheckIn } from '../../../shared/schemas/check-ins.ts';
import { PageQuerySchema } from '../../../shared/schemas/paging.ts';
import { listRelationshipCheckIns, sendCheckIn, type CheckInView } from '../../services/relationships/check-in.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { RelationshipParams } from './relationships.routes.ts';

const tags = ['Check-ins'];
const list = createRoute({
  tags,
  security: sessionSecurity,
  method: 'get',
  path: '/relationships/{relationshipId}/check-ins',
  summary: 'The pair’s check-ins between meetings, newest first (the pair only)',
  request: { params: RelationshipParams, query: PageQuerySchema },
  responses: { 200: jsonResponse(CheckInPageSchema.meta({ id: 'CheckInPage' }), 'The check-ins'), ...errorResponses(401, 404, 422) },
});
const create = createRoute({
  tags,
  security: sessionSecurity,
  method: 'post',
  path: '/relationships/{relationshipId}/check-ins',
  summary: 'Send a short check-in to my partner; it counts as a touch point',
  request: { params: RelationshipParams, body: jsonBody(CreateCheckInSchema.meta({ id: 'CreateCheckIn' })) },
  responses: { 201: jsonResponse(CheckInSchema.meta({ id: 'CheckIn' }), 'The check-in'), ...errorResponses(400, 401, 404, 409, 422) },
});

function presentCheckIn(checkIn: CheckInView): CheckIn {
  return { ...checkIn, createdAt: checkIn.createdAt.toISOString() };
}

/** Check-ins between meetings: listed for both of the pair; each is a touch point. */
export function checkInRoutes() {
  return createRouter()
    .openapi(list, async (c) => {
      const page = await listRelationshipCheckIns(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentCheckIn), nextCursor: page.nextCursor }, 200);
    })
    .openapi(create, async (c) =>
      c.json(presentCheckIn(await sendCheckIn(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json'))), 201),
    );
}
