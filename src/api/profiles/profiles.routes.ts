import { createRoute, z } from '@hono/zod-openapi';
import { OwnProfileSchema, PublicProfileSchema, SeniorityScaleSchema, UpdateProfileSchema } from '../../../shared/schemas/index.ts';
import { getOwnProfile, getProfileOf, getSeniorityScale, setSeniorityScale, updateOwnProfile } from '../../services/profile.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentOwnProfile, presentPublicProfile } from './profile.presenter.ts';

const OwnProfile = OwnProfileSchema.meta({ id: 'OwnProfile' });
const PersonParams = z.object({ personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }) });

const getOwnRoute = createRoute({
  method: 'get',
  path: '/me/profile',
  tags: ['Profiles'],
  summary: 'My profile',
  security: sessionSecurity,
  responses: { 200: jsonResponse(OwnProfile, 'My profile'), ...errorResponses(401) },
});
const updateOwnRoute = createRoute({
  method: 'patch',
  path: '/me/profile',
  tags: ['Profiles'],
  summary: 'Change my profile (send only what changes)',
  security: sessionSecurity,
  request: { body: jsonBody(UpdateProfileSchema.meta({ id: 'UpdateProfile' })) },
  responses: { 200: jsonResponse(OwnProfile, 'My profile'), ...errorResponses(400, 401, 422) },
});
const getOtherRoute = createRoute({
  method: 'get',
  path: '/people/{personId}/profile',
  tags: ['Profiles'],
  security: sessionSecurity,
  summary: 'Someone’s profile (coordinators, admins, and people in a program with them); private attributes never included',
  request: { params: PersonParams },
  responses: { 200: jsonResponse(PublicProfileSchema.meta({ id: 'PublicProfile' }), 'Profile'), ...errorResponses(401, 404, 422) },
});
const scaleRoute = createRoute({
  method: 'get',
  path: '/organization/seniority-scale',
  tags: ['Profiles'],
  summary: 'The organization’s seniority levels',
  security: sessionSecurity,
  responses: { 200: jsonResponse(SeniorityScaleSchema.meta({ id: 'SeniorityScale' }), 'Seniority scale'), ...errorResponses(401) },
});

const setScaleRoute = createRoute({
  method: 'put',
  path: '/organization/seniority-scale',
  tags: ['Profiles'],
  summary: 'Replace the seniority levels (admins)',
  security: sessionSecurity,
  request: { body: jsonBody(SeniorityScaleSchema) },
  responses: { 200: jsonResponse(SeniorityScaleSchema, 'Seniority scale'), ...errorResponses(400, 401, 403, 422) },
});

/** Profiles: one's own (all of it) and other people's (what they chose to share). */
export function profileRoutes() {
  return createRouter()
    .openapi(getOwnRoute, async (c) => c.json(presentOwnProfile(await getOwnProfile(c.var.ctx, requireActor(c))), 200))
    .openapi(updateOwnRoute, async (c) =>
      c.json(presentOwnProfile(await updateOwnProfile(c.var.ctx, requireActor(c), c.req.valid('json'))), 200),
    )
    .openapi(getOtherRoute, async (c) => {
      const full = await getProfileOf(c.var.ctx, requireActor(c), c.req.valid('param').personId);
      return c.json(presentPublicProfile(full), 200);
    })
    .openapi(scaleRoute, async (c) => c.json({ levels: await getSeniorityScale(c.var.ctx, requireActor(c)) }, 200))
    .openapi(setScaleRoute, async (c) =>
      c.json({ levels: await setSeniorityScale(c.var.ctx, requireActor(c), c.req.valid('json').levels) }, 200),
    );
}
