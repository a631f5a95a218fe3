import { createRoute, z } from '@hono/zod-openapi';
import { CreateSkillSchema, ReviewSkillSchema, SkillPageSchema, SkillQuerySchema, SkillSchema } from '../../../shared/schemas/index.ts';
import { addSkill, listOrganizationSkills, reviewSkill } from '../../services/skill.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';

const Skill = SkillSchema.meta({ id: 'Skill' });

const listRoute = createRoute({
  method: 'get',
  path: '/skills',
  tags: ['Skills'],
  summary: 'The organization’s expertise areas, a page at a time by name (search with q)',
  security: sessionSecurity,
  request: { query: SkillQuerySchema },
  responses: { 200: jsonResponse(SkillPageSchema.meta({ id: 'SkillPage' }), 'A page of skills'), ...errorResponses(401, 403, 422) },
});
const createSkillRoute = createRoute({
  method: 'post',
  path: '/skills',
  tags: ['Skills'],
  security: sessionSecurity,
  summary: 'Add an expertise area (pending review unless a coordinator adds it)',
  request: { body: jsonBody(CreateSkillSchema.meta({ id: 'CreateSkill' })) },
  responses: { 201: jsonResponse(Skill, 'Added'), ...errorResponses(400, 401, 422) },
});
const reviewRoute = createRoute({
  method: 'post',
  path: '/skills/{skillId}/review',
  tags: ['Skills'],
  summary: 'Approve or reject a suggested skill',
  security: sessionSecurity,
  request: { params: z.object({ skillId: z.uuid() }), body: jsonBody(ReviewSkillSchema.meta({ id: 'ReviewSkill' })) },
  responses: {
    200: jsonResponse(Skill, 'Approved'),
    204: { description: 'Rejected and removed' },
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

export function skillRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => c.json(await listOrganizationSkills(c.var.ctx, requireActor(c), c.req.valid('query')), 200))
    .openapi(createSkillRoute, async (c) => c.json(await addSkill(c.var.ctx, requireActor(c), c.req.valid('json').name), 201))
    .openapi(reviewRoute, async (c) => {
      const skill = await reviewSkill(c.var.ctx, requireActor(c), c.req.valid('param').skillId, c.req.valid('json').decision);
      return skill ? c.json(skill, 200) : c.body(null, 204);
    });
}
