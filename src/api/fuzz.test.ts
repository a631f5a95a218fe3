import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { baseInputOf, farDateCasesFor, fuzzCasesFor, urlOf, type FuzzCase } from '../testing/fuzz/fuzz-cases.ts';
import { buildFuzzWorld, type FuzzWorld } from '../testing/fuzz/fuzz-world.ts';
import type { JsonSchema } from '../testing/fuzz/json-schema.ts';
import { principalOf, readFuzzOperations, type FuzzOperation } from '../testing/fuzz/operations.ts';
import { openWriteGuard } from '../testing/fuzz/write-guard.ts';
import { call, fieldIssuesOf } from '../testing/http-client.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { describeTimeReport, harnessBudget, openTimeWatch } from '../testing/time-watch.ts';

// Schema-driven fuzzing (issue #7): every operation of the OpenAPI document that takes input is
// called with invalid and boundary inputs generated from its schema, by someone allowed to call it.
// CI=true runs a fixed seed, otherwise the seed is random and printed; FUZZ_SEED=n replays a run,
// FUZZ_CASES=n changes its size (10,000 by default) and FUZZ_SHRINK=true shrinks a failing case.
// Time is a failure too (issue 14): every request is timed and the event loop watched; a request
// over 1 s or a stall over 200 ms fails the run, naming the operation and the input. Every
// calendar field also gets far-past and far-future values, and after the fuzzing every read of
// the API is called again, so a value accepted once and costly to show later is found.

/** At least this many cases per run, spread evenly over the operations. */
const totalCases = Number(process.env.FUZZ_CASES ?? 10_000);
const seed = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.CI === 'true'
    ? 20_261_123
    : Math.floor(Math.random() * 2 ** 31);
const replay = `replay with FUZZ_SEED=${seed} node --test src/api/fuzz.test.ts`;

/** Writes a refused request may make on purpose: a wrong password or a refused invitation is recorded to throttle guessing. */
const writesOnRefusal: Record<string, string[]> = {
  'POST /api/v1/auth/sign-in': ['sign_in_attempts'],
  'POST /api/v1/auth/password': ['sign_in_attempts'],
  // Invitation acceptance is throttled like sign-in: every refusal counts against the link and the address.
  'POST /api/v1/invitations/by-token/{token}/accept': ['sign_in_attempts'],
  // Forgot password is throttled like sign-in: a request counts whatever the address, a refused link counts against it.
  'POST /api/v1/auth/password-reset': ['sign_in_attempts'],
  'POST /api/v1/auth/password-reset/complete': ['sign_in_attempts'],
};

/** Routes whose valid calls end or use up the world's rows run last, so the others see them alive. */
const endsSomething = (operation: FuzzOperation) =>
  operation.method === 'DELETE' || /closure|early-exit|withdraw|decline|accept|publish/.test(operation.path);

describe('schema-driven fuzzing of every operation that takes input', { timeout: 900_000 }, () => {
  let t: TestApp;
  let world: FuzzWorld;
  let operations: FuzzOperation[];
  let components: Record<string, JsonSchema>;
  let guard: Awaited<ReturnType<typeof openWriteGuard>>;

  before(async () => {
    t = await openTestApp();
    world = await buildFuzzWorld(t);
    ({ operations, components } = await readFuzzOperations(t.app));
    operations.sort((a, b) => Number(endsSomething(a)) - Number(endsSomething(b)));
    guard = await openWriteGuard(t.handle.db);
  });
  after(() => t.handle.close());

  const idsFor = (operation: FuzzOperation) =>
    /my-application|intake-form/.test(operation.path) ? { ...world.ids, programId: world.applicationProgramId } : world.ids;

  test('the fuzzer covers the document and starts each operation from a valid input', () => {
    assert.ok(operations.length >= 100, `only ${operations.length} operations take input`);
    const invalid = operations.flatMap((operation) => {
      const { problems } = baseInputOf(operation, components, idsFor(operation));
      return problems.length > 0 ? [`${operation.method} ${operation.path}: ${problems.join(', ')}`] : [];
    });
    assert.deepEqual(invalid, []);
  });

  test('text PostgreSQL cannot store (NUL, a lone surrogate) is a 422 naming the field (found by the fuzzer)', async () => {
    const search = await call(t.app, 'GET', '/api/v1/people?q=%00', undefined, { cookie: world.cookies.admin });
    assert.deepEqual(
      [search.status, fieldIssuesOf(search)],
      [422, [{ field: 'q', message: 'must not contain the NUL character (\\u0000)' }]],
    );
    const note = await call(
      t.app,
      'POST',
      `/api/v1/relationships/${world.ids.relationshipId}/notes`,
      { visibility: 'shared', body: 'a\u0000b' },
      { cookie: world.cookies.mentee },
    );
    assert.deepEqual([note.status, fieldIssuesOf(note)?.[0]?.field], [422, 'body']);
    // A development plan's needs are kept in a JSON column, which refused the escape with a 500.
    const plan = await call(
      t.app,
      'PUT',
      '/api/v1/me/development-plan',
      { needs: [{ text: '\ud800' }], sharedWithSupervisor: false },
      { cookie: world.cookies.mentee },
    );
    assert.deepEqual(
      [plan.status, fieldIssuesOf(plan)],
      [422, [{ field: 'needs.0.text', message: 'must be valid Unicode (a lone surrogate cannot be stored)' }]],
    );
  });

  test('invalid and boundary inputs: never a 5xx, errors name the field, a refusal writes nothing', async (context) => {
    context.diagnostic(`seed ${seed}; ${replay}`);
    const runsPerOperation = Math.ceil(totalCases / operations.length);
    let sent = 0;
    const failures: string[] = [];
    const watch = openTimeWatch(harnessBudget);
    const unnamed = new Set<string>();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();

    const check = async (operation: FuzzOperation, fuzzCase: FuzzCase) => {
      // Inputs the schema refuses must fail, so they cannot write; the others are counted alone.
      const mustFail = (fuzzCase.refused?.length ?? 0) > 0;
      await guard.beforeRequest(!mustFail);
      const cookie = world.cookies[operation.principal];
      const headers: Record<string, string> = {
        ...(cookie ? { cookie } : {}),
        ...(fuzzCase.contentType ? { 'content-type': fuzzCase.contentType } : {}),
        // As any HTTP client sends it: without it the body limit must read and copy the whole
        // stream first (a 10 MB case cost the harness's own event loop ~55 ms more than a server would spend).
        ...(fuzzCase.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(fuzzCase.body)) }),
      };
      const request = async () => {
        const response = await t.app.request(fuzzCase.url, {
          method: fuzzCase.method,
          headers,
          ...(fuzzCase.body === undefined ? {} : { body: fuzzCase.body }),
        });
        return { response, text: await response.text() };
      };
      const { response, text } = await watch.time(
        `${operation.method} ${operation.path} as ${operation.principal}: ${fuzzCase.label}`,
        request,
        { bytes: fuzzCase.body === undefined ? 0 : Buffer.byteLength(fuzzCase.body) },
      );
      sent++;
      const where = `${operation.method} ${operation.path} as ${operation.principal}: ${fuzzCase.label} -> ${response.status} ${text.slice(0, 400)}`;
      assert.ok(response.status < 500, where);
      if (response.status >= 400) assertErrorShape(text, fuzzCase, where);
      else assert.ok(!mustFail, `accepted an input its schema refuses (${fuzzCase.refused?.join(', ')}): ${where}`);
      await guard.afterRequest(where, response.status, !mustFail);
      // A use case's own 422 (past the schema) should name the broken field too.
      const names = fuzzCase.target?.split('.').filter((part) => !/^\d+$/.test(part)) ?? [];
      if (response.status === 422 && !mustFail && names.length > 0 && !names.some((name) => text.includes(name)))
        unnamed.add(`${operation.method} ${operation.path} ${fuzzCase.target}: ${text.slice(0, 200)}`);
    };

    const slowest: Array<[number, string]> = [];
    for (const [index, operation] of operations.entries()) {
      const operationStarted = performance.now();
      const { base } = baseInputOf(operation, components, idsFor(operation));
      guard.ignore(writesOnRefusal[`${operation.method} ${operation.path}`]);
      for (const fuzzCase of farDateCasesFor(operation, components, base)) {
        await check(operation, fuzzCase).catch((error: unknown) =>
          failures.push(`${operation.method} ${operation.path}: ${fuzzCase.label}: ${String(error)}`),
        );
      }
      await fc
        .assert(
          fc.asyncProperty(fuzzCasesFor(operation, components, base, Object.values(world.ids)), (fuzzCase) => check(operation, fuzzCase)),
          {
            seed: seed + index,
            numRuns: runsPerOperation,
            endOnFailure: process.env.FUZZ_SHRINK !== 'true',
          },
        )
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          const cause =
            error instanceof Error && error.cause instanceof Error && !message.includes(error.cause.message)
              ? `\n${error.cause.message}`
              : '';
          failures.push(`${operation.method} ${operation.path} (seed ${seed + index}): ${message}${cause}`);
        });
      await guard.flush().catch((error: unknown) => failures.push(`${operation.method} ${operation.path}: ${String(error)}`));
      slowest.push([performance.now() - operationStarted, `${operation.method} ${operation.path}`]);
    }
    await sweepReads(t, world, operations, components, idsFor, watch);
    const timing = watch.close();
    context.diagnostic(describeTimeReport(timing));
    for (const line of timing.strayStalls) context.diagnostic(`stall outside any request (the test's own work): ${line}`);
    failures.push(...timing.failures);
    const top = slowest.sort(([a], [b]) => b - a).slice(0, 5);
    context.diagnostic(`slowest operations: ${top.map(([ms, name]) => `${name} ${(ms / 1000).toFixed(1)}s`).join(', ')}`);
    for (const line of unnamed) context.diagnostic(`use-case 422 not naming the field: ${line}`);
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'a __proto__ key in a body polluted Object.prototype');
    // Every operation is fuzzed even after one fails, so one run reports all that is wrong.
    assert.deepEqual(failures, [], `${failures.length} operations failed (${replay})`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const cpu = process.cpuUsage(cpuBefore);
    context.diagnostic(
      `${sent} cases over ${operations.length} operations in ${seconds}s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)}s of CPU (seed ${seed})`,
    );
    assert.ok(sent >= 10_000 || process.env.FUZZ_CASES, `only ${sent} cases`);
  });
});

/** A 4xx body is `{ error: { code, message, details? } }`; a refused field is named in details or the message. */
function assertErrorShape(text: string, fuzzCase: FuzzCase, where: string): void {
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
  const error = body.error;
  assert.ok(error && typeof error.code === 'string' && /^[a-z][a-z0-9_]*$/.test(error.code), `no error code: ${where}`);
  assert.ok(typeof error.message === 'string' && error.message.length > 0, `no error message: ${where}`);
  assert.deepEqual(Object.keys(body), ['error'], where);
  assert.ok(
    Object.keys(error).every((key) => ['code', 'message', 'details'].includes(key)),
    where,
  );
  if (error.code !== 'invalid_input' || !fuzzCase.refused?.length) return;
  const fields = Array.isArray(error.details) ? error.details.map((issue: { field?: unknown }) => String(issue.field)) : [];
  const names = (field: string, wanted: string) => field === wanted || field.startsWith(`${wanted}.`) || wanted.startsWith(`${field}.`);
  const target = fuzzCase.target;
  const wanted = target && fuzzCase.refused.some((field) => names(field, target)) ? [target] : fuzzCase.refused;
  assert.ok(
    wanted.some(
      (field) => fields.some((named) => names(named, field)) || error.message === field || String(error.message).includes(`${field}:`),
    ),
    `the error does not name ${wanted.join(' or ')}: ${where}`,
  );
}

/**
 * Every read of the API once more, with the world's ids, after the fuzzing has written what it
 * could: a value accepted by one route and costly for another to show (a meeting in year 9998 in
 * a calendar feed) is timed where it is shown.
 */
async function sweepReads(
  t: TestApp,
  world: FuzzWorld,
  operations: FuzzOperation[],
  components: Record<string, JsonSchema>,
  idsFor: (operation: FuzzOperation) => Record<string, string>,
  watch: ReturnType<typeof openTimeWatch>,
): Promise<void> {
  const document = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  const reads = Object.entries(document.paths)
    .filter(([, methods]) => 'get' in methods)
    .map(([path]) => path);
  for (const path of reads) {
    const operation = operations.find((candidate) => candidate.method === 'GET' && candidate.path === path);
    const principal = operation?.principal ?? principalOf('get', path);
    const base = operation ? baseInputOf(operation, components, idsFor(operation)).base : { params: {}, query: {} };
    const url = urlOf({ path }, base.params, base.query);
    const cookie = world.cookies[principal];
    await watch.time(`GET ${path} as ${principal} (read after fuzzing)`, async () =>
      (await t.app.request(url, { headers: cookie ? { cookie } : {} })).text(),
    );
  }
}
