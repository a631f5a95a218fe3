import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateNetworkTieSchema,
  MyNetworkSchema,
  NetworkTieSchema,
  TieCandidatePageSchema,
  TieCandidateQuerySchema,
  UpdateNetworkTieSchema,
  type MyNetwork,
  type NetworkTie,
} from '../../../shared/schemas/networks.ts';
import {
  addNetworkTie,
  findTieCandidates,
  getMyNetwork,
  removeNetworkTie,
  updateNetworkTie,
  type MyNetworkView,
} from '../../services/networks/network.service.ts';
import type { NetworkTieView } from '../../services/networks/network-view.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import { developmentPlanRoutes, presentPlan } from './development-plans.routes.ts';

const tags = ['Developmental network'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const TieParams = z.object({ tieId: z.uuid().openapi({ param: { name: 'tieId', in: 'path' } }) });
const TieResponse = NetworkTieSchema.meta({ id: 'NetworkTie' });

const getNetwork = route({
  method: 'get',
  path: '/me/network',
  summary: 'My developmental network: ties (relationship ties included), coverage, range and strength, and my plan',
  responses: { 200: jsonResponse(MyNetworkSchema.meta({ id: 'MyNetwork' }), 'The network'), ...errorResponses(401) },
});
const addTie = route({
  method: 'post',
  path: '/me/network/ties',
  summary: 'Add someone who gives me mentoring functions, on the platform or off it',
  request: { body: jsonBody(CreateNetworkTieSchema.meta({ id: 'CreateNetworkTie' })) },
  responses: { 201: jsonResponse(TieResponse, 'The new tie'), ...errorResponses(400, 401, 409, 422) },
});
const updateTie = route({
  method: 'patch',
  path: '/me/network/ties/{tieId}',
  summary: 'Correct a tie (on a relationship tie, the corrected functions are kept)',
  request: { params: TieParams, body: jsonBody(UpdateNetworkTieSchema.meta({ id: 'UpdateNetworkTie' })) },
  responses: { 200: jsonResponse(TieResponse, 'The tie'), ...errorResponses(400, 401, 404, 422) },
});
const removeTie = route({
  method: 'delete',
  path: '/me/network/ties/{tieId}',
  summary: 'Remove a tie I added (relationship ties stay)',
  request: { params: TieParams },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 404, 409, 422) },
});

const candidates = route({
  method: 'get',
  path: '/me/network/people',
  summary: 'Colleagues on the platform to add as ties, a page at a time by name (names and roles only)',
  request: { query: TieCandidateQuerySchema },
  responses: {
    200: jsonResponse(TieCandidatePageSchema.meta({ id: 'TieCandidatePage' }), 'A page of matching colleagues'),
    ...errorResponses(401, 422),
  },
});

function presentTie(tie: NetworkTieView): NetworkTie {
  return { ...tie, updatedAt: tie.updatedAt.toISOString() };
}

function presentNetwork(network: MyNetworkView): MyNetwork {
  return { ...network, ties: network.ties.map(presentTie), plan: presentPlan(network.plan) };
}

/** A person's own developmental network and development plan; nobody else ever sees the network. */
export function networkRoutes() {
  return createRouter()
    .openapi(getNetwork, async (c) => c.json(presentNetwork(await getMyNetwork(c.var.ctx, requireActor(c))), 200))
    .openapi(candidates, async (c) => c.json(await findTieCandidates(c.var.ctx, requireActor(c), c.req.valid('query')), 200))
    .openapi(addTie, async (c) => c.json(presentTie(await addNetworkTie(c.var.ctx, requireActor(c), c.req.valid('json'))), 201))
    .openapi(updateTie, async (c) =>
      c.json(presentTie(await updateNetworkTie(c.var.ctx, requireActor(c), c.req.valid('param').tieId, c.req.valid('json'))), 200),
    )
    .openapi(removeTie, async (c) => {
      await removeNetworkTie(c.var.ctx, requireActor(c), c.req.valid('param').tieId);
      return c.body(null, 204);
    })
    .route('/', developmentPlanRoutes());
}
