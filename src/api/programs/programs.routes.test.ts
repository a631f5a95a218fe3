import { ProgramSchema, ProgramPageSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows } from '../../testing/count-rows.ts';
import { call, signInAs, errorOf, fieldIssuesOf } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Person } from '../../domain/person.ts';

const countPrograms = (t: TestApp) => countRows(t.handle.db, 'programs');

const validProgram = {
  name: 'Emerging Leaders',
  type: 'one_to_one',
  purpose: 'Grow first-time managers',
  organizationalGoals: 'Internal promotion target',
  startsOn: '2027-01-15',
  endsOn: '2027-10-31',
  designChecklist: { purpose: { status: 'answered', answer: 'Grow managers' } },
};

describe('program routes', () => {
  let t: TestApp;
  let coordinator: Person;
  let mentee: Person;
  let coordinatorCookie: string;
  let menteeCookie: string;

  before(async () => {
    t = await openTestApp();
    const org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    mentee = await makePerson(t.ctx, org.id);
    coordinatorCookie = await signInAs(t.app, coordinator.email, testPassword);
    menteeCookie = await signInAs(t.app, mentee.email, testPassword);
  });
  after(() => t.handle.close());

  test('a coordinator creates a program and becomes its coordinator', async () => {
    const res = await call(t.app, 'POST', '/api/v1/programs', validProgram, { schema: ProgramSchema, cookie: coordinatorCookie });
    assert.equal(res.status, 201);
    assert.equal(res.body.name, 'Emerging Leaders');
    assert.equal(res.body.status, 'draft');
    assert.deepEqual(res.body.myRoles, ['coordinator']);
    assert.equal(res.body.canManage, true);
    assert.equal(res.body.enrolmentCounts.coordinator, 1);
    assert.deepEqual(res.body.designChecklist.purpose, { status: 'answered', answer: 'Grow managers' });
    assert.deepEqual(res.body.designChecklist.training_plan, { status: 'open', answer: '' });
    const read = await call(t.app, 'GET', `/api/v1/programs/${res.body.id}`, undefined, {
      schema: ProgramSchema,
      cookie: coordinatorCookie,
    });
    assert.equal(read.status, 200);
    assert.equal(read.body.startsOn, '2027-01-15');
  });

  test('a coordinator edits a program; checklist items not sent keep their answers', async () => {
    const created = await call(t.app, 'POST', '/api/v1/programs', validProgram, { schema: ProgramSchema, cookie: coordinatorCookie });
    const res = await call(
      t.app,
      'PATCH',
      `/api/v1/programs/${created.body.id}`,
      {
        name: 'Emerging Leaders 2027',
        status: 'active',
        designChecklist: { training_plan: { status: 'answered', answer: 'Two workshops' } },
      },
      { schema: ProgramSchema, cookie: coordinatorCookie },
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.name, 'Emerging Leaders 2027');
    assert.equal(res.body.status, 'active');
    assert.equal(res.body.designChecklist.purpose.answer, 'Grow managers');
    assert.equal(res.body.designChecklist.training_plan.status, 'answered');
  });

  test('a mentee cannot create programs (403)', async () => {
    const before = await countPrograms(t);
    const res = await call(t.app, 'POST', '/api/v1/programs', validProgram, { cookie: menteeCookie });
    assert.equal(res.status, 403);
    assert.equal(errorOf(res).code, 'cannot_create_programs');
    assert.equal(await countPrograms(t), before);
  });

  test('a mentee of a program can read it but not edit it (403)', async () => {
    const program = await makeProgram(t.ctx, coordinator, [[mentee, 'mentee']]);
    const read = await call(t.app, 'GET', `/api/v1/programs/${program.id}`, undefined, { schema: ProgramSchema, cookie: menteeCookie });
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.myRoles, ['mentee']);
    assert.equal(read.body.canManage, false);
    const edit = await call(t.app, 'PATCH', `/api/v1/programs/${program.id}`, { name: 'Mine now' }, { cookie: menteeCookie });
    assert.equal(edit.status, 403);
    assert.equal(errorOf(edit).code, 'not_program_coordinator');
  });

  test('a member who takes no part in a program cannot see it (404)', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const res = await call(t.app, 'GET', `/api/v1/programs/${program.id}`, undefined, { cookie: menteeCookie });
    assert.equal(res.status, 404);
    const list = await call(t.app, 'GET', '/api/v1/programs', undefined, { schema: ProgramPageSchema, cookie: menteeCookie });
    assert.ok(!list.body.items.some((p: { id: string }) => p.id === program.id));
  });

  test('another organization’s program does not exist for the caller (404), even for its admin', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const otherOrg = await makeOrganization(t.ctx, 'Other Org');
    const outsider = await makePerson(t.ctx, otherOrg.id, { role: 'admin' });
    const cookie = await signInAs(t.app, outsider.email, testPassword);
    const read = await call(t.app, 'GET', `/api/v1/programs/${program.id}`, undefined, { cookie });
    assert.equal(read.status, 404);
    assert.equal(errorOf(read).code, 'program_not_found');
    const edit = await call(t.app, 'PATCH', `/api/v1/programs/${program.id}`, { name: 'Hijacked' }, { cookie });
    assert.equal(edit.status, 404);
    const list = await call(t.app, 'GET', '/api/v1/programs', undefined, { schema: ProgramPageSchema, cookie });
    assert.deepEqual(list.body.items, []);
  });

  test('malformed JSON is a 400 and writes nothing', async () => {
    const before = await countPrograms(t);
    const res = await call(t.app, 'POST', '/api/v1/programs', undefined, { cookie: coordinatorCookie, rawBody: '{"name": "x",' });
    assert.equal(res.status, 400);
    assert.equal(errorOf(res).code, 'malformed_json');
    assert.equal(await countPrograms(t), before);
  });

  const invalidFields: Array<[string, Record<string, unknown>]> = [
    ['name', { name: '' }],
    ['name', { name: 'x'.repeat(121) }],
    ['name', { name: 42 }],
    ['type', { type: 'mentoring_party' }],
    ['status', { status: 'paused' }],
    ['purpose', { purpose: 'x'.repeat(5000) }],
    ['startsOn', { startsOn: '2027-13-45' }],
    ['endsOn', { endsOn: 'next year' }],
    ['endsOn', { startsOn: '2027-05-01', endsOn: '2027-04-01' }],
    ['designChecklist.purpose.status', { designChecklist: { purpose: { status: 'maybe', answer: '' } } }],
  ];
  for (const [field, patch] of invalidFields) {
    test(`an invalid ${field} (${JSON.stringify(patch).slice(0, 60)}) is a 422 naming it, and nothing is written`, async () => {
      const before = await countPrograms(t);
      const res = await call(t.app, 'POST', '/api/v1/programs', { ...validProgram, ...patch }, { cookie: coordinatorCookie });
      assert.equal(res.status, 422);
      assert.equal(errorOf(res).code, 'invalid_input');
      assert.ok(
        fieldIssuesOf(res).some((issue: { field: string }) => issue.field === field),
        `details ${JSON.stringify(fieldIssuesOf(res))} should name ${field}`,
      );
      assert.equal(await countPrograms(t), before);
    });
  }

  test('a missing required field is named', async () => {
    const res = await call(t.app, 'POST', '/api/v1/programs', { purpose: 'no name or type' }, { cookie: coordinatorCookie });
    assert.equal(res.status, 422);
    const fields = fieldIssuesOf(res)
      .map((issue: { field: string }) => issue.field)
      .sort();
    assert.deepEqual(fields, ['name', 'type']);
  });

  test('an invalid edit changes nothing', async () => {
    const program = await makeProgram(t.ctx, coordinator);
    const res = await call(
      t.app,
      'PATCH',
      `/api/v1/programs/${program.id}`,
      { name: 'Renamed', startsOn: '2027-06-01', endsOn: '2027-01-01' },
      { cookie: coordinatorCookie },
    );
    assert.equal(res.status, 422);
    const read = await call(t.app, 'GET', `/api/v1/programs/${program.id}`, undefined, {
      schema: ProgramSchema,
      cookie: coordinatorCookie,
    });
    assert.equal(read.body.name, program.name);
  });

  test('a program id that is not a uuid is a 422 naming programId', async () => {
    const res = await call(t.app, 'GET', '/api/v1/programs/not-a-uuid', undefined, { cookie: coordinatorCookie });
    assert.equal(res.status, 422);
    assert.equal(fieldIssuesOf(res)[0]?.field, 'programId');
  });
});
