import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, signInAs } from '../testing/http-client.ts';
import { type LargeOrganization, seedLargeOrganization } from '../testing/large-organization.ts';
import { findApplicationId, findScalePair, type ScaleRoute, scaleGetRoutes } from '../testing/scale-routes.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { describeTimeReport, harnessBudget, openTimeWatch } from '../testing/time-watch.ts';

/**
 * Issue 22's CI size: a 5,000-person organization with a 3,000 x 750 program (capacity 4), the full
 * size's shape at 3/20 of it, so per-mentee work that grows with the cohort shows. (At 3,996 x 1,000
 * the run took 13 s at a load average of 12 on this 2-core machine, and over 30 s at 20.)
 */
const size = { people: 5_000, mentees: 3_000, mentors: 750, mentorCapacity: 4, applications: 400 };
const RUN_LIMIT_MS = 30_000;

// PGlite runs one query at a time in this process: building and sweeping 5,000 people there takes
// minutes, and its stalls are the embedded database's own, not the server's.
const skip = process.env.DATABASE_URL
  ? false
  : 'PostgreSQL only: set DATABASE_URL (the 5,000-person organization is too slow to build and sweep on embedded PGlite)';

describe('a 5,000-person organization (issue 22)', { skip }, () => {
  let t: TestApp;
  let org: LargeOrganization;
  let document: Parameters<typeof scaleGetRoutes>[0];
  const cookies: Record<string, string> = {};
  let watch: ReturnType<typeof openTimeWatch>;
  const failedStatuses: string[] = [];
  /** Every answer's status and time, for the diagnostics. */
  const answers: string[] = [];

  before(async () => {
    watch = openTimeWatch(harnessBudget);
    t = await openTestApp();
    org = await seedLargeOrganization(t.ctx.db, size);
    document = (await call(t.app, 'GET', '/api/openapi.json')).body as typeof document;
    cookies.coordinator = await signInAs(t.app, org.coordinator.email, org.password);
    cookies.admin = await signInAs(t.app, org.admins[0]?.email ?? '', org.password);
    cookies.mentee = await signInAs(t.app, org.mentee.email, org.password);
    cookies.mentor = await signInAs(t.app, org.mentor.email, org.password);
  });
  after(() => {
    watch?.close();
    return t?.handle.close();
  });

  /** Sends a GET as each person through the watch; a 5xx is a failure, a 403/404 means the route is not theirs. */
  async function sweep(routes: readonly ScaleRoute[], roles: readonly string[]): Promise<number> {
    let answered = 0;
    for (const route of routes) {
      for (const role of roles) {
        const started = performance.now();
        const response = await watch.time(`GET ${route.template} as ${role}`, () =>
          call(t.app, 'GET', route.url, undefined, { cookie: cookies[role] }),
        );
        answers.push(`${response.status} ${Math.round(performance.now() - started)} ms GET ${route.template} as ${role}`);
        if (response.status >= 500) failedStatuses.push(`GET ${route.template} as ${role}: ${response.status}`);
        if (response.status < 300) answered += 1;
      }
    }
    return answered;
  }

  let runId: string | undefined;

  it('runs matching end to end in under 30 s, answering the start at once', async () => {
    const started = performance.now();
    const start = await watch.time('POST matching run', () =>
      call(
        t.app,
        'POST',
        `/api/v1/programs/${org.programId}/matching/runs`,
        { policy: 'score', mode: 'optimal' },
        { cookie: cookies.coordinator },
      ),
    );
    assert.equal(start.status, 202, JSON.stringify(start.body));
    runId = (start.body as { id: string }).id;
    let status = 'running';
    while (status === 'running' && performance.now() - started < RUN_LIMIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const run = await watch.time('GET matching run (polling)', () =>
        call(t.app, 'GET', `/api/v1/matching-runs/${runId}`, undefined, { cookie: cookies.coordinator }),
      );
      status = (run.body as { status: string }).status;
    }
    const elapsed = performance.now() - started;
    assert.equal(status, 'proposed', `the run is ${status} after ${Math.round(elapsed)} ms`);
    assert.ok(elapsed < RUN_LIMIT_MS, `the run took ${Math.round(elapsed)} ms`);
  });

  it('answers every GET route as coordinator, admin, mentee and mentor within the budget', async () => {
    const applicationId = await findApplicationId(t.ctx.db, org.organizationId, org.programId, org.mentee.id);
    const { routes } = scaleGetRoutes(document, { programId: org.programId, mentorId: org.mentor.id, runId, applicationId });
    const answered = await sweep(routes, ['coordinator', 'admin', 'mentee', 'mentor']);
    assert.ok(answered > routes.length, `only ${answered} answers for ${routes.length} routes`);
  });

  it('publishes the run and answers the relationship routes as the pair within the budget', async () => {
    assert.ok(runId, 'the run did not start');
    const published = await watch.time('POST publish', () =>
      call(t.app, 'POST', `/api/v1/matching-runs/${runId}/publish`, undefined, { cookie: cookies.coordinator }),
    );
    assert.equal(published.status, 200, JSON.stringify(published.body));
    const pair = await findScalePair(t.ctx.db, org.organizationId, org.programId);
    assert.ok(pair, 'publishing made no relationship');
    cookies['paired mentee'] = await signInAs(t.app, pair.mentee.email, org.password);
    cookies['paired mentor'] = await signInAs(t.app, pair.mentor.email, org.password);
    const ids = { programId: org.programId, mentorId: pair.mentor.id, runId, relationshipId: pair.relationshipId };
    const routes = scaleGetRoutes(document, ids).routes.filter(
      (route) => route.template.includes('relationship') || route.template === '/api/v1/home' || route.template.startsWith('/api/v1/me/'),
    );
    const answered = await sweep(routes, ['coordinator', 'paired mentee', 'paired mentor']);
    assert.ok(answered >= routes.length, `only ${answered} answers for ${routes.length} routes`);
  });

  it('had no request over 1 s and no event-loop stall over 200 ms, and no 5xx', (test) => {
    const report = watch.close();
    test.diagnostic(describeTimeReport(report));
    for (const answer of answers) test.diagnostic(answer);
    assert.deepEqual(failedStatuses, []);
    assert.deepEqual(report.failures, [], describeTimeReport(report));
  });
});
