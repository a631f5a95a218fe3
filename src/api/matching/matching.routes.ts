import { createRoute, z } from '@hono/zod-openapi';
import { MatchingRulesChangeSchema, MatchingRulesSchema } from '../../../shared/schemas/matching-rules.ts';
import {
  CreateMatchingOverrideSchema,
  MatchingOverridePageQuerySchema,
  MatchingOverridePageSchema,
  MatchingOverrideSchema,
  MatchingRunSchema,
  MentorSuggestionListSchema,
  PublishResultSchema,
  StartMatchingRunSchema,
} from '../../../shared/schemas/matching.ts';
import { addOverride, pageOverrides, removeOverride } from '../../services/matching/matching-override.service.ts';
import { publishMatchingRun } from '../../services/matching/matching-publish.service.ts';
import { getMatchingRules, saveMatchingRules, startMatchingRun } from '../../services/matching/matching-run.service.ts';
import { suggestMentors } from '../../services/matching/mentor-suggestion.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { presentMatchingRun, presentOverride } from './matching.presenter.ts';

const Rules = MatchingRulesSchema.meta({ id: 'MatchingRules' });
export const Run = MatchingRunSchema.meta({ id: 'MatchingRun' });
export const RunParams = z.object({ runId: z.uuid().openapi({ param: { name: 'runId', in: 'path' } }) });
const tags = ['Matching'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });

const getRules = route({
  method: 'get',
  path: '/programs/{programId}/matching/rules',
  summary: 'The program’s matching rules',
  request: { params: ProgramParams },
  responses: { 200: jsonResponse(Rules, 'Rules'), ...errorResponses(401, 403, 404, 422) },
});
const putRules = route({
  method: 'put',
  path: '/programs/{programId}/matching/rules',
  summary: 'Change the matching rules: fields left out keep their saved values',
  request: { params: ProgramParams, body: jsonBody(MatchingRulesChangeSchema.meta({ id: 'MatchingRulesChange' })) },
  responses: { 200: jsonResponse(Rules, 'Rules'), ...errorResponses(400, 401, 403, 404, 422) },
});
const startRun = route({
  method: 'post',
  path: '/programs/{programId}/matching/runs',
  summary: 'Run matching off the request path; poll the run for progress',
  request: { params: ProgramParams, body: jsonBody(StartMatchingRunSchema.meta({ id: 'StartMatchingRun' })) },
  responses: { 202: jsonResponse(Run, 'Started'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const publish = route({
  method: 'post',
  path: '/matching-runs/{runId}/publish',
  summary: 'Publish the proposal: create the relationships',
  request: { params: RunParams },
  responses: {
    200: jsonResponse(PublishResultSchema.meta({ id: 'PublishResult' }), 'Published'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});
const getOverrides = route({
  method: 'get',
  path: '/programs/{programId}/matching/overrides',
  summary: 'A page of the locks, forbidden pairs and people left out, applied on the next run (coordinators)',
  description:
    'Locks first, then forbidden pairs, then people left out, newest first within each kind, each described with the people’s ' +
    'names. Narrow to one `kind`, to the overrides naming one person (`personId`, on either side of a pair or left out), or to ' +
    'those naming someone whose name contains `q`. A run’s proposals say themselves which pairs the run kept locked ' +
    '(`locked` in GET /matching-runs/{runId}/proposals).',
  request: { params: ProgramParams, query: MatchingOverridePageQuerySchema },
  responses: {
    200: jsonResponse(MatchingOverridePageSchema.meta({ id: 'MatchingOverridePage' }), 'Overrides'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const postOverride = route({
  method: 'post',
  path: '/programs/{programId}/matching/overrides',
  summary: 'Lock or forbid a pair, or leave a person out (group programs: no locks)',
  request: { params: ProgramParams, body: jsonBody(CreateMatchingOverrideSchema) },
  responses: {
    201: jsonResponse(MatchingOverrideSchema.meta({ id: 'MatchingOverride' }), 'Added'),
    ...errorResponses(400, 401, 403, 404, 409, 422),
  },
});
const deleteOverride = route({
  method: 'delete',
  path: '/programs/{programId}/matching/overrides/{overrideId}',
  summary: 'Remove an override',
  request: { params: ProgramParams.extend({ overrideId: z.uuid() }) },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404, 422) },
});
const suggestions = route({
  method: 'get',
  path: '/programs/{programId}/matching/suggestions',
  summary: 'My suggested mentors, explained (mentees of the program; not in group programs)',
  request: { params: ProgramParams },
  responses: {
    200: jsonResponse(MentorSuggestionListSchema.meta({ id: 'MentorSuggestionList' }), 'Suggestions'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});
/** Matching: rules, runs off the request path, overrides, publishing, suggestions. */
export function matchingRoutes() {
  return createRouter()
    .openapi(getRules, async (c) => c.json(await getMatchingRules(c.var.ctx, requireActor(c), c.req.valid('param').programId), 200))
    .openapi(putRules, async (c) =>
      c.json(await saveMatchingRules(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json')), 200),
    )
    .openapi(startRun, async (c) => {
      const { run } = await startMatchingRun(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json'));
      return c.json(presentMatchingRun({ ...run, summary: null, circles: [] }), 202);
    })
    .openapi(publish, async (c) => c.json(await publishMatchingRun(c.var.ctx, requireActor(c), c.req.valid('param').runId), 200))
    .openapi(getOverrides, async (c) => {
      const page = await pageOverrides(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentOverride), nextCursor: page.nextCursor }, 200);
    })
    .openapi(postOverride, async (c) =>
      c.json(presentOverride(await addOverride(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json'))), 201),
    )
    .openapi(deleteOverride, async (c) => {
      const { programId, overrideId } = c.req.valid('param');
      await removeOverride(c.var.ctx, requireActor(c), programId, overrideId);
      return c.body(null, 204);
    })
    .openapi(suggestions, async (c) =>
      c.json({ suggestions: await suggestMentors(c.var.ctx, requireActor(c), c.req.valid('param').programId) }, 200),
    );
}
