import { DevelopmentPlanSchema, MeetingSchema, ApplicationSchema, BulkDecisionResultSchema } from '../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { freshParamsFor, requestBodyFor, requiredQueries } from '../testing/authorization-requests.ts';
import { buildAuthorizationWorld, principals, type AuthorizationWorld, type Principal } from '../testing/authorization-world.ts';
import { call, type ApiResponse, withSchema } from '../testing/http-client.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { describeTimeReport, harnessBudget, openTimeWatch } from '../testing/time-watch.ts';
import { authorizationTable, outcomeOf, parseRow } from './authorization-matrix.table.ts';
import { OpenApiDocumentSchema } from '../testing/openapi-document.ts';

const prefix = '/api/v1';
/**
 * Calls that end or rotate the caller's session (as does any answer that sets the session cookie):
 * each principal is signed in again after them.
 */
const sessionOperations = new Set([
  'POST /auth/sign-in',
  'POST /auth/password',
  'POST /auth/sign-out',
  'POST /invitations/by-token/{token}/accept',
]);
const setsSession = (response: ApiResponse) => response.headers.get('set-cookie')?.includes('constellation_session=') ?? false;

/**
 * Calls that change state run after every read, and calls that use up or end something run last
 * (sign-out ends the caller's session, so it is the very last), so no call breaks the world for a
 * later one.
 */
function phaseOf(key: string): number {
  const [method = '', path = ''] = key.split(' ');
  if (sessionOperations.has(key)) return 9;
  if (/\/closure/.test(path)) return 8;
  if (method === 'DELETE') return 7;
  if (/\/(publish|withdraw|decision|bulk-decision|accept|decline|cancel|held|missed)$/.test(path)) return 5;
  return method === 'GET' ? 0 : 3;
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`the world has no id for {${name}} in ${path}`);
    return value;
  });
}

/** The text of a response body, JSON or not (CSV exports arrive as strings). */
const textOf = (response: ApiResponse): string => (typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? ''));

describe('authorization matrix: every operation as every principal', { timeout: 180_000 }, () => {
  let t: TestApp;
  let world: AuthorizationWorld;
  let operations: string[];
  const leaks: string[] = [];
  /** Every call is timed and the event loop watched while it runs (issue 14: time is a failure too). */
  let watch: ReturnType<typeof openTimeWatch>;
  /** Markers some reader of theirs got back: proof that the leak check looks where content is. */
  const seen = new Set<string>();

  /** Records every marker in a response that its caller must not read. */
  function checkMarkers(who: Principal, label: string, response: ApiResponse): void {
    const text = textOf(response);
    for (const { marker, what, readers } of world.markers) {
      if (!text.includes(marker)) continue;
      if (readers.includes(who)) seen.add(what);
      else leaks.push(`${label} as ${who}: ${response.status} contains ${what}`);
    }
  }

  async function callAs(who: Principal, method: string, path: string, body: unknown): Promise<ApiResponse> {
    return watch.time(`${method} ${path} as ${who}`, () => call(t.app, method, `${prefix}${path}`, body, { cookie: world.cookies[who] }));
  }

  before(async () => {
    t = await openTestApp();
    world = await buildAuthorizationWorld(t);
    const doc = await call(t.app, 'GET', '/api/openapi.json', undefined, { schema: OpenApiDocumentSchema });
    operations = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.slice(prefix.length)}`),
    );
    watch = openTimeWatch(harnessBudget);
  });
  after(() => t.handle.close());

  test('the table classifies every operation of the OpenAPI document, and only those', () => {
    assert.ok(operations.length > 100, `only ${operations.length} operations in the document`);
    const unclassified = operations.filter((key) => !(key in authorizationTable));
    const gone = Object.keys(authorizationTable).filter((key) => !operations.includes(key));
    assert.deepEqual(unclassified, [], `operations missing from src/api/authorization-matrix.table.ts: ${unclassified.join(', ')}`);
    assert.deepEqual(gone, [], `table rows for operations no longer in the API: ${gone.join(', ')}`);
  });

  test('each principal gets what the table says, and no response carries content they must not read', async () => {
    const ordered = operations.map((key, index) => ({ key, index })).sort((a, b) => phaseOf(a.key) - phaseOf(b.key) || a.index - b.index);
    const wrong: string[] = [];
    let calls = 0;
    for (const { key } of ordered) {
      const [method = '', path = ''] = key.split(' ');
      const row = authorizationTable[key];
      const expected = row ? parseRow(row, principals) : undefined;
      const observed: string[] = [];
      for (const who of principals) {
        const params = { ...world.params, ...(await freshParamsFor(key, world)) };
        const response = await callAs(who, method, fillPath(path, params) + (requiredQueries[key] ?? ''), requestBodyFor(key, world));
        calls += 1;
        const outcome = outcomeOf(response.status);
        observed.push(outcome);
        checkMarkers(who, key, response);
        if (sessionOperations.has(key) || setsSession(response)) await world.renewSession(who);
        if (expected && expected[who] !== outcome)
          wrong.push(`${key} as ${who}: expected ${expected[who]}, got ${response.status} ${textOf(response).slice(0, 160)}`);
      }
      if (!expected) wrong.push(`unclassified '${key}': '${observed.join(' ')}'`);
    }
    t.ctx.logger.info({ calls, operations: operations.length, principals: principals.length }, 'authorization matrix');
    assert.equal(calls, operations.length * principals.length);
    assert.deepEqual([...wrong, ...leaks], [], `\n${[...wrong, ...leaks].join('\n')}`);
  });

  test('ended relationships (reflections, survey, early-exit reason) read back to no one who must not read them', async () => {
    const reads = operations.filter((key) => key.startsWith('GET /relationships/{relationshipId}'));
    assert.ok(reads.length > 5);
    const failures: string[] = [];
    // The matrix's closure calls have ended the mentee's main relationship too: its content must stay as private as before.
    for (const relationshipId of [...world.endedRelationshipIds, world.params.relationshipId ?? '']) {
      for (const key of reads) {
        const path = fillPath(key.slice('GET '.length), { ...world.params, relationshipId });
        for (const who of principals) {
          const response = await callAs(who, 'GET', path, undefined);
          if (response.status >= 500) failures.push(`${key} as ${who}: ${response.status}`);
          checkMarkers(who, `${key} (ended relationship)`, response);
        }
      }
    }
    const unseen = world.markers.filter((m) => !seen.has(m.what)).map((m) => m.what);
    assert.deepEqual(unseen, [], 'every marker reaches at least one of its readers, so the leak check can fail');
    assert.deepEqual(failures, []);
    assert.deepEqual(leaks, [], `\n${leaks.join('\n')}`);
  });

  test('an id of the mentee’s under a parent of the caller’s own (their relationship, program, application) is never acted on', async () => {
    const failures: string[] = [];
    let tried = 0;
    for (const [who, own] of Object.entries(world.ownParams) as Array<[Principal, Record<string, string>]>) {
      for (const key of operations) {
        const [method = '', path = ''] = key.split(' ');
        const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
        if (names.length < 2 || !names.some((name) => name in own) || names.every((name) => name in own)) continue;
        const response = await callAs(
          who,
          method,
          fillPath(path, { ...world.params, ...own }) + (requiredQueries[key] ?? ''),
          requestBodyFor(key, world),
        );
        tried += 1;
        checkMarkers(who, `${key} (own parent)`, response);
        // 401 would mean the check proves nothing: the caller must be signed in and answered about the ids.
        if (response.status < 300 || response.status === 401 || response.status >= 500)
          failures.push(`${key} as ${who} under their own parent: ${response.status} ${textOf(response).slice(0, 160)}`);
      }
    }
    assert.ok(tried > 20, `only ${tried} calls`);
    assert.deepEqual([...failures, ...leaks], [], `\n${[...failures, ...leaks].join('\n')}`);
  });

  test('ids of other people’s resources inside a request body are refused, and change nothing', async () => {
    const { params: p, people } = world;
    const own = {
      relationshipId: world.ownParams.otherMentor?.relationshipId ?? '',
      programId: world.ownParams.otherCoordinator?.programId ?? '',
    };
    const needId: string =
      withSchema(await callAs('mentee', 'GET', '/me/development-plan', undefined), DevelopmentPlanSchema).body.needs[0]?.id ?? '';
    const foreignMeeting = withSchema(
      await callAs(
        'otherMentor',
        'POST',
        `/relationships/${own.relationshipId}/meetings`,
        requestBodyFor('POST /relationships/{relationshipId}/meetings', world),
      ),
      MeetingSchema,
    );
    const attempts: Array<[Principal, string, string, unknown]> = [
      ['peerMentee', 'POST', '/mentor-requests', { ...(requestBodyFor('POST /mentor-requests', world) as object), planNeedIds: [needId] }],
      [
        'mentee',
        'POST',
        `/relationships/${p.relationshipId}/notes`,
        { visibility: 'shared', body: 'Linked', meetingId: foreignMeeting.body.id },
      ],
      ['coordinator', 'POST', `/programs/${p.programId}/enrolments`, { personId: people.outsider.id, role: 'mentee' }],
      [
        'coordinator',
        'POST',
        `/programs/${p.programId}/relationships`,
        { mentorId: people.otherMentor.id, menteeId: people.peerMentee.id },
      ],
      [
        'coordinator',
        'POST',
        `/programs/${p.programId}/matching/overrides`,
        { kind: 'lock', menteeId: people.outsider.id, mentorId: people.mentor.id },
      ],
      ['coordinator', 'POST', `/programs/${p.programId}/applications/invitations`, { personId: people.outsider.id, role: 'mentee' }],
      ['peerMentee', 'PUT', `/programs/${p.programId}/matching/preferences/mine`, { picks: [people.otherMentor.id] }],
      ['peerMentee', 'PATCH', '/me/profile', { supervisorId: people.outsider.id }],
      [
        'peerMentee',
        'POST',
        '/me/network/ties',
        { personId: people.outsider.id, kind: 'peer', functions: [], closeness: 2, frequency: 'yearly' },
      ],
    ];
    const accepted: string[] = [];
    for (const [who, method, path, body] of attempts) {
      const response = await callAs(who, method, path, body);
      checkMarkers(who, `${method} ${path} (foreign id in body)`, response);
      if (response.status < 400 || response.status >= 500)
        accepted.push(`${method} ${path} as ${who}: ${response.status} ${textOf(response).slice(0, 160)}`);
    }
    const before = withSchema(await callAs('coordinator', 'GET', `/applications/${p.applicationId}`, undefined), ApplicationSchema).body
      .status;
    const bulk = withSchema(
      await callAs('otherCoordinator', 'POST', `/programs/${own.programId}/applications/bulk-decision`, {
        decision: 'decline',
        applicationIds: [p.applicationId],
      }),
      BulkDecisionResultSchema,
    );
    assert.deepEqual(
      bulk.body.results?.map((r) => r.error),
      ['application_not_found'],
      'another program’s application is not even seen',
    );
    assert.equal(
      withSchema(await callAs('coordinator', 'GET', `/applications/${p.applicationId}`, undefined), ApplicationSchema).body.status,
      before,
    );
    assert.deepEqual([...accepted, ...leaks], [], `\n${[...accepted, ...leaks].join('\n')}`);
  });

  test('no call took over 1 s and none held the event loop for over 200 ms', (context) => {
    const report = watch.close();
    context.diagnostic(`${operations.length} operations x ${principals.length} principals: ${describeTimeReport(report)}`);
    assert.ok(report.requests >= operations.length * principals.length, `only ${report.requests} calls were timed`);
    assert.deepEqual(report.failures, [], `\n${report.failures.join('\n')}`);
  });
});
