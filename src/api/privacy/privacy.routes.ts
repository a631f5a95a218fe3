import { createRoute, z } from '@hono/zod-openapi';
import { ErasureSummarySchema, PersonalDataSchema } from '../../../shared/schemas/privacy.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import { exportPersonalData } from '../../services/privacy/personal-data.service.ts';
import { erasePerson } from '../../services/privacy/person-erasure.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/me/data-export',
  tags: ['Privacy'],
  security: sessionSecurity,
  summary: 'Download all my data as JSON (my rows and my relationships’ shared content; never anyone else’s private content)',
  responses: { 200: jsonResponse(PersonalDataSchema.meta({ id: 'PersonalData' }), 'My data'), ...errorResponses(401) },
});
const eraseRoute = createRoute({
  method: 'delete',
  path: '/people/{personId}',
  tags: ['Privacy'],
  security: sessionSecurity,
  summary:
    'Erase a person (org admins): private content deleted, shared contributions kept as “a former participant”, relationships closed',
  request: { params: z.object({ personId: IdSchema }) },
  responses: {
    200: jsonResponse(ErasureSummarySchema.meta({ id: 'ErasureSummary' }), 'Erased'),
    ...errorResponses(401, 403, 404, 409, 422),
  },
});

/** GET /me/data-export (everyone signed in) and DELETE /people/{id} (org admins). */
export function privacyRoutes() {
  return createRouter()
    .openapi(exportRoute, async (c) => {
      const data = await exportPersonalData(c.var.ctx, requireActor(c));
      c.header('Content-Disposition', `attachment; filename="my-data-${data.exportedAt.toISOString().slice(0, 10)}.json"`);
      return c.json({ ...data, exportedAt: data.exportedAt.toISOString() }, 200);
    })
    .openapi(eraseRoute, async (c) => {
      return c.json(await erasePerson(c.var.ctx, requireActor(c), c.req.valid('param').personId), 200);
    });
}
