import { createRoute } from '@hono/zod-openapi';
import { MyGapSuggestionsSchema } from '../../../shared/schemas/gap-suggestions.ts';
import { suggestForMyGaps } from '../../services/networks/gap-suggestion.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

const getSuggestions = createRoute({
  tags: ['Developmental network'],
  security: sessionSecurity,
  method: 'get',
  path: '/me/network/suggestions',
  summary: 'People on the platform who could fill each gap in my network (top 5 per gap, with reasons)',
  responses: { 200: jsonResponse(MyGapSuggestionsSchema, 'Suggestions per gap'), ...errorResponses(401) },
});

/** Gap-driven suggestions, for the person themselves only (there is no way to ask for someone else's). */
export function gapSuggestionRoutes() {
  return createRouter().openapi(getSuggestions, async (c) => c.json(await suggestForMyGaps(c.var.ctx, requireActor(c)), 200));
}
