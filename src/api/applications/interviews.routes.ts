import { createRoute, z } from '@hono/zod-openapi';
import { InterviewListSchema, InterviewSchema, SaveInterviewSchema } from '../../../shared/schemas/index.ts';
import { editInterview, listApplicationInterviews, recordInterview } from '../../services/interview.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ApplicationParams } from './applications.routes.ts';
import { presentInterview } from './application.presenter.ts';

const Interview = InterviewSchema.meta({ id: 'Interview' });
const SaveInterview = SaveInterviewSchema.meta({ id: 'SaveInterview' });

function toFields(input: z.infer<typeof SaveInterviewSchema>) {
  const { scheduledAt, ...rest } = input;
  return { ...rest, ...(scheduledAt === undefined ? {} : { scheduledAt: scheduledAt === null ? null : new Date(scheduledAt) }) };
}

const listRoute = createRoute({
  method: 'get',
  path: '/applications/{applicationId}/interviews',
  tags: ['Interviews'],
  security: sessionSecurity,
  summary: 'Intake interviews of an application (the program’s coordinators only)',
  request: { params: ApplicationParams },
  responses: { 200: jsonResponse(InterviewListSchema.meta({ id: 'InterviewList' }), 'Interviews'), ...errorResponses(401, 403, 404, 422) },
});
const createInterviewRoute = createRoute({
  method: 'post',
  path: '/applications/{applicationId}/interviews',
  tags: ['Interviews'],
  summary: 'Schedule or record an interview',
  security: sessionSecurity,
  request: { params: ApplicationParams, body: jsonBody(SaveInterview) },
  responses: { 201: jsonResponse(Interview, 'Recorded'), ...errorResponses(400, 401, 403, 404, 422) },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/applications/{applicationId}/interviews/{interviewId}',
  tags: ['Interviews'],
  summary: 'Change an interview',
  security: sessionSecurity,
  request: { params: ApplicationParams.extend({ interviewId: z.uuid() }), body: jsonBody(SaveInterview) },
  responses: { 200: jsonResponse(Interview, 'Changed'), ...errorResponses(400, 401, 403, 404, 422) },
});

export function interviewRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const interviews = await listApplicationInterviews(c.var.ctx, requireActor(c), c.req.valid('param').applicationId);
      return c.json({ interviews: interviews.map(presentInterview) }, 200);
    })
    .openapi(createInterviewRoute, async (c) => {
      const interview = await recordInterview(
        c.var.ctx,
        requireActor(c),
        c.req.valid('param').applicationId,
        toFields(c.req.valid('json')),
      );
      return c.json(presentInterview(interview), 201);
    })
    .openapi(updateRoute, async (c) => {
      const { applicationId, interviewId } = c.req.valid('param');
      const interview = await editInterview(c.var.ctx, requireActor(c), applicationId, interviewId, toFields(c.req.valid('json')));
      return c.json(presentInterview(interview), 200);
    });
}
