import { createRoute, z } from '@hono/zod-openapi';
import {
  CancelMeetingSchema,
  MarkMeetingHeldSchema,
  MeetingAgendaSchema,
  MeetingPageSchema,
  MeetingQuerySchema,
  MeetingSchema,
  MeetingSummarySchema,
  ProposeMeetingSchema,
  RescheduleMeetingSchema,
} from '../../../shared/schemas/meetings.ts';
import { getMeetingCalendarFile } from '../../services/relationships/calendar.service.ts';
import { changeMeeting, listMeetings, proposeMeeting, type MeetingChange } from '../../services/relationships/meeting.service.ts';
import type { MeetingView } from '../../services/relationships/meeting-view.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { createRouter } from '../router.ts';
import type { ApiOptions } from '../app-env.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../../services/context.ts';
import { RelationshipParams } from './relationships.routes.ts';
import { sendCalendarFile } from './calendar-response.ts';

const tags = ['Meetings'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const Meeting = MeetingSchema.meta({ id: 'Meeting' });
const MeetingParams = RelationshipParams.extend({ meetingId: z.uuid().openapi({ param: { name: 'meetingId', in: 'path' } }) });
const base = '/relationships/{relationshipId}/meetings';

const list = route({
  method: 'get',
  path: base,
  summary:
    'A page of the pair’s upcoming meetings (soonest first) or past ones (newest first, `when=past`), with times on both people’s clocks and suggested open questions (the pair only)',
  request: { params: RelationshipParams, query: MeetingQuerySchema },
  responses: { 200: jsonResponse(MeetingPageSchema.meta({ id: 'MeetingPage' }), 'Meetings'), ...errorResponses(401, 404, 422) },
});
const propose = route({
  method: 'post',
  path: base,
  summary: 'Propose a meeting: a local time in the proposer’s zone (or an instant); the other side accepts',
  request: { params: RelationshipParams, body: jsonBody(ProposeMeetingSchema.meta({ id: 'ProposeMeeting' })) },
  responses: { 201: jsonResponse(Meeting, 'Proposed'), ...errorResponses(400, 401, 404, 409, 422) },
});
const calendarFile = route({
  method: 'get',
  path: `${base}/{meetingId}/meeting.ics`,
  summary: 'The meeting as an iCalendar file (RFC 5545), to add to a calendar; with an ETag (304 when unchanged)',
  request: { params: MeetingParams },
  responses: {
    200: { content: { 'text/calendar': { schema: z.string() } }, description: 'An iCalendar file' },
    304: { description: 'Unchanged since the ETag sent in If-None-Match' },
    ...errorResponses(401, 404, 422),
  },
});

/** A POST on a meeting that changes it, with the body its action needs. */
function actionRoute<S extends z.ZodType>(path: string, summary: string, body: S) {
  return route({
    method: 'post',
    path: `${base}/{meetingId}/${path}`,
    summary,
    request: { params: MeetingParams, body: jsonBody(body) },
    responses: { 200: jsonResponse(Meeting, 'The meeting as changed'), ...errorResponses(400, 401, 403, 404, 409, 422) },
  });
}
const NoBody = z.object({}).meta({ id: 'NoMeetingFields' });

const accept = actionRoute('accept', 'Accept a proposed time (the other side only)', NoBody);
const reschedule = actionRoute(
  'reschedule',
  'Propose a new time: back to proposed, the other side accepts',
  RescheduleMeetingSchema.meta({ id: 'RescheduleMeeting' }),
);
const cancel = actionRoute('cancel', 'Cancel, saying why', CancelMeetingSchema.meta({ id: 'CancelMeeting' }));
const held = actionRoute(
  'held',
  'Mark held (after its start), with what was agreed if known: a touch point',
  MarkMeetingHeldSchema.meta({ id: 'MarkMeetingHeld' }),
);
const missed = actionRoute('missed', 'Mark missed (after its start)', NoBody);
const agenda = actionRoute('agenda', 'Set the agenda (whoever sets it is its author)', MeetingAgendaSchema.meta({ id: 'MeetingAgenda' }));
const summary = actionRoute(
  'summary',
  'Record the summary of what was agreed (held meetings)',
  MeetingSummarySchema.meta({ id: 'MeetingSummary' }),
);

/** A meeting as the API sends it. */
export function presentMeeting(view: MeetingView): z.infer<typeof MeetingSchema> {
  return {
    ...view,
    startsAt: view.startsAt.toISOString(),
    endsAt: view.endsAt.toISOString(),
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}

/** Meetings of a relationship: list, propose, each change of the state machine, and the .ics file. */
export function meetingRoutes(options: Pick<ApiOptions, 'publicUrl'>) {
  const router = createRouter()
    .openapi(list, async (c) => {
      const page = await listMeetings(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('query'));
      return c.json({ ...page, items: page.items.map(presentMeeting) }, 200);
    })
    .openapi(propose, async (c) =>
      c.json(
        presentMeeting(await proposeMeeting(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json'))),
        201,
      ),
    )
    .openapi(calendarFile, async (c) => {
      const { relationshipId, meetingId } = c.req.valid('param');
      const file = await getMeetingCalendarFile(
        c.var.ctx,
        requireActor(c),
        relationshipId,
        meetingId,
        options.publicUrl ?? new URL(c.req.url).origin,
      );
      return sendCalendarFile(c, file, { disposition: 'attachment', cacheControl: 'private, no-store' });
    });
  const change = async (ctx: ServiceContext, actor: Actor, params: { relationshipId: string; meetingId: string }, body: MeetingChange) =>
    presentMeeting(await changeMeeting(ctx, actor, params.relationshipId, params.meetingId, body));
  return router
    .openapi(accept, async (c) => c.json(await change(c.var.ctx, requireActor(c), c.req.valid('param'), { action: 'accept' }), 200))
    .openapi(reschedule, async (c) =>
      c.json(await change(c.var.ctx, requireActor(c), c.req.valid('param'), { action: 'reschedule', input: c.req.valid('json') }), 200),
    )
    .openapi(cancel, async (c) =>
      c.json(await change(c.var.ctx, requireActor(c), c.req.valid('param'), { action: 'cancel', reason: c.req.valid('json').reason }), 200),
    )
    .openapi(held, async (c) =>
      c.json(
        await change(c.var.ctx, requireActor(c), c.req.valid('param'), { action: 'mark_held', summary: c.req.valid('json').summary }),
        200,
      ),
    )
    .openapi(missed, async (c) => c.json(await change(c.var.ctx, requireActor(c), c.req.valid('param'), { action: 'mark_missed' }), 200))
    .openapi(agenda, async (c) =>
      c.json(
        await change(c.var.ctx, requireActor(c), c.req.valid('param'), { action: 'set_agenda', agenda: c.req.valid('json').agenda }),
        200,
      ),
    )
    .openapi(summary, async (c) =>
      c.json(
        await change(c.var.ctx, requireActor(c), c.req.valid('param'), { action: 'record_summary', summary: c.req.valid('json').summary }),
        200,
      ),
    );
}
