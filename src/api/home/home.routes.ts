import { createRoute } from '@hono/zod-openapi';
import { HomeSchema } from '../../../shared/schemas/index.ts';
import { getHome } from '../../services/home.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentProgram, presentSession } from '../presenters.ts';

const homeRoute = createRoute({
  method: 'get',
  path: '/home',
  tags: ['Home'],
  summary: 'What the signed-in person’s home page shows',
  security: sessionSecurity,
  responses: { 200: jsonResponse(HomeSchema.meta({ id: 'Home' }), 'Home page'), ...errorResponses(401) },
});

export function homeRoutes() {
  return createRouter().openapi(homeRoute, async (c) => {
    const actor = requireActor(c);
    const home = await getHome(c.var.ctx, actor);
    const signedIn = c.var.signedIn;
    if (!signedIn) throw new Error('requireActor passed without a session');
    return c.json(
      {
        ...presentSession(signedIn),
        coordinating: home.coordinating.map(presentProgram),
        participating: home.participating.map(presentProgram),
        coordinatingMore: home.coordinatingMore,
        participatingMore: home.participatingMore,
        canCreatePrograms: home.canCreatePrograms,
        canInvite: home.canInvite,
      },
      200,
    );
  });
}
