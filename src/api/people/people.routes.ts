import { createRoute } from '@hono/zod-openapi';
import { DirectoryPersonSchema, PeoplePageSchema, PeopleQuerySchema, PersonSchema } from '../../../shared/schemas/index.ts';
import { listPeople } from '../../services/person.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentPerson } from '../presenters.ts';

PersonSchema.meta({ id: 'Person' });
DirectoryPersonSchema.meta({ id: 'DirectoryPerson' });

const listRoute = createRoute({
  method: 'get',
  path: '/people',
  tags: ['People'],
  summary: 'The organization’s directory, a page at a time by name (admins and coordinators)',
  security: sessionSecurity,
  request: { query: PeopleQuerySchema },
  responses: { 200: jsonResponse(PeoplePageSchema.meta({ id: 'PeoplePage' }), 'A page of people'), ...errorResponses(401, 403, 422) },
});

/** The people of the caller's organization. */
export function peopleRoutes() {
  return createRouter().openapi(listRoute, async (c) => {
    const page = await listPeople(c.var.ctx, requireActor(c), c.req.valid('query'));
    return c.json(
      { items: page.items.map((person) => ({ ...presentPerson(person), status: person.status })), nextCursor: page.nextCursor },
      200,
    );
  });
}
