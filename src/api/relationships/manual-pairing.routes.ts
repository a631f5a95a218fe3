import { createRoute } from '@hono/zod-openapi';
import { CreateManualPairingSchema, ManualPairingResultSchema } from '../../../shared/schemas/agreements.ts';
import { pairManually } from '../../services/relationships/manual-pairing.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';

const pair = createRoute({
  tags: ['Relationships'],
  security: sessionSecurity,
  method: 'post',
  path: '/programs/{programId}/relationships',
  summary: 'Pair a mentor and a mentee of the program by hand (coordinators; the mentor needs room: 409 mentor_at_capacity)',
  request: { params: ProgramParams, body: jsonBody(CreateManualPairingSchema.meta({ id: 'CreateManualPairing' })) },
  responses: {
    201: jsonResponse(ManualPairingResultSchema.meta({ id: 'ManualPairingResult' }), 'The relationship started'),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});

/** POST /programs/{programId}/relationships: a coordinator's manual pairing. */
export function manualPairingRoutes() {
  return createRouter().openapi(pair, async (c) =>
    c.json(await pairManually(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json')), 201),
  );
}
