import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateProgramSchema,
  ProgramPageSchema,
  ProgramQuerySchema,
  ProgramSchema,
  UpdateProgramSchema,
} from '../../../shared/schemas/index.ts';
import { createProgram, editProgram, getProgram, listVisiblePrograms } from '../../services/program.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { presentProgram } from '../presenters.ts';

const Program = ProgramSchema.meta({ id: 'Program' });

export const ProgramParams = z.object({
  programId: z.uuid().openapi({ param: { name: 'programId', in: 'path' } }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/programs',
  tags: ['Programs'],
  summary: 'Programs the caller can see, a page at a time by name',
  security: sessionSecurity,
  request: { query: ProgramQuerySchema },
  responses: { 200: jsonResponse(ProgramPageSchema.meta({ id: 'ProgramPage' }), 'A page of programs'), ...errorResponses(401, 422) },
});

const createProgramRoute = createRoute({
  method: 'post',
  path: '/programs',
  tags: ['Programs'],
  summary: 'Create a program; the creator becomes its coordinator',
  security: sessionSecurity,
  request: { body: jsonBody(CreateProgramSchema.meta({ id: 'CreateProgram' })) },
  responses: { 201: jsonResponse(Program, 'Created'), ...errorResponses(400, 401, 403, 422) },
});

const getRoute = createRoute({
  method: 'get',
  path: '/programs/{programId}',
  tags: ['Programs'],
  summary: 'One program',
  security: sessionSecurity,
  request: { params: ProgramParams },
  responses: { 200: jsonResponse(Program, 'The program'), ...errorResponses(401, 404, 422) },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/programs/{programId}',
  tags: ['Programs'],
  summary: 'Edit a program (its coordinators and admins)',
  security: sessionSecurity,
  request: { params: ProgramParams, body: jsonBody(UpdateProgramSchema.meta({ id: 'UpdateProgram' })) },
  responses: { 200: jsonResponse(Program, 'The edited program'), ...errorResponses(400, 401, 403, 404, 422) },
});

/** Program design: create, read and edit programs. */
export function programRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const page = await listVisiblePrograms(c.var.ctx, requireActor(c), c.req.valid('query'));
      return c.json({ items: page.items.map(presentProgram), nextCursor: page.nextCursor }, 200);
    })
    .openapi(createProgramRoute, async (c) => {
      const program = await createProgram(c.var.ctx, requireActor(c), c.req.valid('json'));
      return c.json(presentProgram(program), 201);
    })
    .openapi(getRoute, async (c) => {
      const program = await getProgram(c.var.ctx, requireActor(c), c.req.valid('param').programId);
      return c.json(presentProgram(program), 200);
    })
    .openapi(updateRoute, async (c) => {
      const actor = requireActor(c);
      const program = await editProgram(c.var.ctx, actor, c.req.valid('param').programId, c.req.valid('json'));
      return c.json(presentProgram(program), 200);
    });
}
