import { createRoute } from '@hono/zod-openapi';
import {
  LatestMatchingRunSchema,
  MatchingRunCirclePageSchema,
  MatchingProposalPageQuerySchema,
  MatchingProposalPageSchema,
  UnmatchedMenteePageQuerySchema,
  UnmatchedMenteePageSchema,
} from '../../../shared/schemas/matching.ts';
import {
  getLatestMatchingRun,
  getMatchingRun,
  pageMatchingProposals,
  pageMatchingRunCircles,
  pageUnmatchedMentees,
} from '../../services/matching/matching-run-view.service.ts';
import { SearchPageQuerySchema } from '../../../shared/schemas/paging.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { presentMatchingRun, presentProposal, presentUnmatchedMentee } from './matching.presenter.ts';
import { Run, RunParams } from './matching.routes.ts';

const tags = ['Matching'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });

const latestRun = route({
  method: 'get',
  path: '/programs/{programId}/matching/runs/latest',
  summary: 'The latest run: progress and summary (null before the first run)',
  request: { params: ProgramParams },
  responses: {
    200: jsonResponse(LatestMatchingRunSchema.meta({ id: 'LatestMatchingRun' }), 'Run or null'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const getRun = route({
  method: 'get',
  path: '/matching-runs/{runId}',
  summary: 'A run: progress, then its summary (counts, score histogram, warnings by kind); coordinators',
  request: { params: RunParams },
  responses: { 200: jsonResponse(Run, 'Run'), ...errorResponses(401, 403, 404, 422) },
});
const listProposals = route({
  method: 'get',
  path: '/matching-runs/{runId}/proposals',
  summary: 'A page of the run’s proposed pairs with their explanations, filtered and sorted for review (coordinators)',
  request: { params: RunParams, query: MatchingProposalPageQuerySchema },
  responses: {
    200: jsonResponse(MatchingProposalPageSchema.meta({ id: 'MatchingProposalPage' }), 'Proposals'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const listUnmatched = route({
  method: 'get',
  path: '/matching-runs/{runId}/unmatched',
  summary: 'A page of the mentees the run left without (enough) mentors, and why (coordinators)',
  request: { params: RunParams, query: UnmatchedMenteePageQuerySchema },
  responses: {
    200: jsonResponse(UnmatchedMenteePageSchema.meta({ id: 'UnmatchedMenteePage' }), 'Unmatched mentees'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const listCircles = route({
  method: 'get',
  path: '/matching-runs/{runId}/circles',
  summary: 'A page of the circles a group run formed, by name, with their members (coordinators)',
  request: { params: RunParams, query: SearchPageQuerySchema },
  responses: {
    200: jsonResponse(MatchingRunCirclePageSchema.meta({ id: 'MatchingRunCirclePage' }), 'Circles'),
    ...errorResponses(401, 403, 404, 422),
  },
});

/** Reviewing a run: its progress and summary, then its proposals and unmatched mentees page by page (coordinators). */
export function matchingReviewRoutes() {
  return createRouter()
    .openapi(latestRun, async (c) => {
      const run = await getLatestMatchingRun(c.var.ctx, requireActor(c), c.req.valid('param').programId);
      return c.json({ run: run ? presentMatchingRun(run) : null }, 200);
    })
    .openapi(getRun, async (c) =>
      c.json(presentMatchingRun(await getMatchingRun(c.var.ctx, requireActor(c), c.req.valid('param').runId)), 200),
    )
    .openapi(listProposals, async (c) => {
      const page = await pageMatchingProposals(c.var.ctx, requireActor(c), c.req.valid('param').runId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentProposal), nextCursor: page.nextCursor }, 200);
    })
    .openapi(listUnmatched, async (c) => {
      const page = await pageUnmatchedMentees(c.var.ctx, requireActor(c), c.req.valid('param').runId, c.req.valid('query'));
      return c.json({ items: page.items.map(presentUnmatchedMentee), nextCursor: page.nextCursor }, 200);
    })
    .openapi(listCircles, async (c) =>
      c.json(await pageMatchingRunCircles(c.var.ctx, requireActor(c), c.req.valid('param').runId, c.req.valid('query')), 200),
    );
}
