import { createRoute, z } from '@hono/zod-openapi';
import {
  MenteeMentorsWantedPageSchema,
  MentorsWantedQuerySchema,
  MentorsWantedResultSchema,
  MentorsWantedSchema,
  MyMatchingPreferencesSchema,
  PreferenceCandidatePageSchema,
  PreferenceCandidateQuerySchema,
  ProgramPreferencePageSchema,
  ProgramPreferenceQuerySchema,
  SaveMatchingPreferencesSchema,
} from '../../../shared/schemas/matching-preferences.ts';
import {
  getMyMatchingPreferences,
  listPreferenceCandidates,
  saveMyMatchingPreferences,
  setMentorsWanted,
} from '../../services/matching/matching-preference.service.ts';
import { listProgramMatchingPreferences, listProgramMentorsWanted } from '../../services/matching/program-preferences.service.ts';
import { createRouter } from '../router.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';

const tags = ['Matching preferences'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const MyPreferences = MyMatchingPreferencesSchema.meta({ id: 'MyMatchingPreferences' });
const MenteeParams = ProgramParams.extend({ personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }) });

const getMine = route({
  method: 'get',
  path: '/programs/{programId}/matching/preferences/mine',
  summary: 'My picks (as a mentee) and marks (as a mentor) in the program, with the people picked or marked',
  request: { params: ProgramParams },
  responses: { 200: jsonResponse(MyPreferences, 'My preferences'), ...errorResponses(401, 403, 404, 422) },
});
const getCandidates = route({
  method: 'get',
  path: '/programs/{programId}/matching/preferences/candidates',
  summary: 'A page of the people I may pick (side mentor, as a mentee) or mark (side mentee, as a mentor), by name',
  request: { params: ProgramParams, query: PreferenceCandidateQuerySchema },
  responses: {
    200: jsonResponse(PreferenceCandidatePageSchema.meta({ id: 'PreferenceCandidatePage' }), 'Candidates'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const putMine = route({
  method: 'put',
  path: '/programs/{programId}/matching/preferences/mine',
  summary: 'Replace my ranked picks of mentors and/or my prefer/avoid marks on mentees',
  request: { params: ProgramParams, body: jsonBody(SaveMatchingPreferencesSchema.meta({ id: 'SaveMatchingPreferences' })) },
  responses: { 200: jsonResponse(MyPreferences, 'Saved'), ...errorResponses(400, 401, 403, 404, 422) },
});
const listAll = route({
  method: 'get',
  path: '/programs/{programId}/matching/preferences',
  summary: 'A page of the preferences stated in the program, by who stated them (coordinators)',
  description:
    'Mentees’ ranked picks and mentors’ prefer/avoid marks, with both people’s names, ordered by the person who stated them, then ' +
    'the person they are about. Narrow to one `kind` or to the preferences one person (`personId`) stated. How many mentors each ' +
    'mentee wants is paged apart, by GET /programs/{programId}/matching/mentors-wanted.',
  request: { params: ProgramParams, query: ProgramPreferenceQuerySchema },
  responses: {
    200: jsonResponse(ProgramPreferencePageSchema.meta({ id: 'ProgramPreferencePage' }), 'Preferences'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const listMentorsWanted = route({
  method: 'get',
  path: '/programs/{programId}/matching/mentors-wanted',
  summary: 'A page of the mentees who want more than one mentor, or of every active mentee with all=true (coordinators)',
  description:
    'Active mentees of the program with their names and how many mentors (1-3) each wants, by person. By default only those ' +
    'wanting two or three, the exceptions a coordinator plans capacity for (every other mentee wants one); `all=true` lists every ' +
    'active mentee. Set a mentee’s number with PUT /programs/{programId}/mentees/{personId}/mentors-wanted.',
  request: { params: ProgramParams, query: MentorsWantedQuerySchema },
  responses: {
    200: jsonResponse(MenteeMentorsWantedPageSchema.meta({ id: 'MenteeMentorsWantedPage' }), 'Mentees and how many mentors each wants'),
    ...errorResponses(401, 403, 404, 422),
  },
});
const putMentorsWanted = route({
  method: 'put',
  path: '/programs/{programId}/mentees/{personId}/mentors-wanted',
  summary: 'How many mentors (1-3) a mentee wants: the mentee themselves or a coordinator',
  request: { params: MenteeParams, body: jsonBody(MentorsWantedSchema.meta({ id: 'MentorsWanted' })) },
  responses: {
    200: jsonResponse(MentorsWantedResultSchema.meta({ id: 'MentorsWantedResult' }), 'Saved'),
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

/** Matching preferences: participants' picks and marks, and how many mentors a mentee wants. */
export function matchingPreferenceRoutes() {
  return createRouter()
    .openapi(getMine, async (c) => c.json(await getMyMatchingPreferences(c.var.ctx, requireActor(c), c.req.valid('param').programId), 200))
    .openapi(getCandidates, async (c) =>
      c.json(await listPreferenceCandidates(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query')), 200),
    )
    .openapi(putMine, async (c) =>
      c.json(await saveMyMatchingPreferences(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json')), 200),
    )
    .openapi(listAll, async (c) =>
      c.json(await listProgramMatchingPreferences(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query')), 200),
    )
    .openapi(listMentorsWanted, async (c) =>
      c.json(await listProgramMentorsWanted(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('query')), 200),
    )
    .openapi(putMentorsWanted, async (c) => {
      const { programId, personId } = c.req.valid('param');
      return c.json(await setMentorsWanted(c.var.ctx, requireActor(c), programId, personId, c.req.valid('json').mentorsWanted), 200);
    });
}
