import { createRoute, z } from '@hono/zod-openapi';
import {
  AnswerMentorRequestSchema,
  AskMentorRequestQuestionSchema,
  CreateMentorRequestSchema,
  DeclineMentorRequestSchema,
  MentorAvailabilitySchema,
  MentorRequestSchema,
  MentorRequestPageSchema,
  MyMentorRequestQuerySchema,
} from '../../../shared/schemas/mentor-requests.ts';
import { acceptMentorRequest } from '../../services/requests/accept-mentor-request.service.ts';
import {
  answerMentorRequestQuestion,
  askMentorRequestQuestion,
  declineMentorRequest,
  getMentorRequest,
  listMyMentorRequests,
  withdrawMentorRequest,
} from '../../services/requests/mentor-request.service.ts';
import { findMentorAvailability } from '../../services/requests/mentor-availability.service.ts';
import { sendMentorRequest } from '../../services/requests/send-mentor-request.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';

/** `{requestId}` of a mentor request. */
export const MentorRequestParams = z.object({ requestId: z.uuid().openapi({ param: { name: 'requestId', in: 'path' } }) });

const RequestView = MentorRequestSchema.meta({ id: 'MentorRequest' });
const base = { tags: ['Mentor requests'], security: sessionSecurity };

const send = createRoute({
  ...base,
  method: 'post',
  path: '/mentor-requests',
  summary: 'Send a mentor request (409 mentor_at_capacity, mentor_paused, too_many_open_requests, request_exists)',
  request: { body: jsonBody(CreateMentorRequestSchema.meta({ id: 'CreateMentorRequest' })) },
  responses: { 201: jsonResponse(RequestView, 'The request, open'), ...errorResponses(400, 401, 409, 422) },
});
const mine = createRoute({
  ...base,
  method: 'get',
  path: '/me/mentor-requests',
  summary: 'A page of the requests I sent (box=sent) or received (box=received), newest first',
  request: { query: MyMentorRequestQuerySchema },
  responses: {
    200: jsonResponse(MentorRequestPageSchema.meta({ id: 'MentorRequestPage' }), 'Sent or received'),
    ...errorResponses(401, 422),
  },
});
const availability = createRoute({
  ...base,
  method: 'get',
  path: '/mentor-requests/availability/{mentorId}',
  summary: 'Before writing a request: the mentor’s name and whether a request to them would be taken now',
  request: { params: z.object({ mentorId: z.uuid().openapi({ param: { name: 'mentorId', in: 'path' } }) }) },
  responses: {
    200: jsonResponse(MentorAvailabilitySchema.meta({ id: 'MentorAvailability' }), 'Name and availability'),
    ...errorResponses(401, 422),
  },
});
const one = createRoute({
  ...base,
  method: 'get',
  path: '/mentor-requests/{requestId}',
  summary: 'One request (its mentee and mentor only; everyone else 404)',
  request: { params: MentorRequestParams },
  responses: { 200: jsonResponse(RequestView, 'The request'), ...errorResponses(401, 404) },
});

const responses = { 200: jsonResponse(RequestView, 'The request as changed'), ...errorResponses(400, 401, 403, 404, 409, 422) };

/** A state change of one request with a body: POST /mentor-requests/{id}/<action>. */
function actionWith<T extends z.ZodType>(name: string, summary: string, body: T) {
  return createRoute({
    ...base,
    method: 'post',
    path: `/mentor-requests/{requestId}/${name}`,
    summary,
    request: { params: MentorRequestParams, body: jsonBody(body) },
    responses,
  });
}

/** A state change of one request without a body. */
function action(name: string, summary: string) {
  return createRoute({
    ...base,
    method: 'post',
    path: `/mentor-requests/{requestId}/${name}`,
    summary,
    request: { params: MentorRequestParams },
    responses,
  });
}

const question = actionWith(
  'question',
  'The mentor asks one question before answering',
  AskMentorRequestQuestionSchema.meta({ id: 'AskMentorRequestQuestion' }),
);
const answer = actionWith(
  'answer',
  'The mentee answers the mentor’s question',
  AnswerMentorRequestSchema.meta({ id: 'AnswerMentorRequest' }),
);
const accept = action(
  'accept',
  'The mentor accepts: a relationship starts (a conversation also gets one proposed meeting); 409 mentor_at_capacity',
);
const decline = actionWith('decline', 'The mentor declines with a reason', DeclineMentorRequestSchema.meta({ id: 'DeclineMentorRequest' }));
const withdraw = action('withdraw', 'The mentee withdraws a waiting request');

/** Mentor requests: send, list mine, read one, and their state changes. */
export function mentorRequestRoutes() {
  return createRouter()
    .openapi(send, async (c) => c.json(await sendMentorRequest(c.var.ctx, requireActor(c), c.req.valid('json')), 201))
    .openapi(mine, async (c) => c.json(await listMyMentorRequests(c.var.ctx, requireActor(c), c.req.valid('query')), 200))
    .openapi(availability, async (c) =>
      c.json(await findMentorAvailability(c.var.ctx, requireActor(c), c.req.valid('param').mentorId), 200),
    )
    .openapi(one, async (c) => c.json(await getMentorRequest(c.var.ctx, requireActor(c), c.req.valid('param').requestId), 200))
    .openapi(question, async (c) =>
      c.json(await askMentorRequestQuestion(c.var.ctx, requireActor(c), c.req.valid('param').requestId, c.req.valid('json').question), 200),
    )
    .openapi(answer, async (c) =>
      c.json(
        await answerMentorRequestQuestion(c.var.ctx, requireActor(c), c.req.valid('param').requestId, c.req.valid('json').answer),
        200,
      ),
    )
    .openapi(accept, async (c) => c.json(await acceptMentorRequest(c.var.ctx, requireActor(c), c.req.valid('param').requestId), 200))
    .openapi(decline, async (c) =>
      c.json(await declineMentorRequest(c.var.ctx, requireActor(c), c.req.valid('param').requestId, c.req.valid('json')), 200),
    )
    .openapi(withdraw, async (c) => c.json(await withdrawMentorRequest(c.var.ctx, requireActor(c), c.req.valid('param').requestId), 200));
}
