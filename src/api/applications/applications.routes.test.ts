import {
  ProgramListSchema,
  ApplicationSchema,
  ProgramSchema,
  BulkDecisionResultSchema,
  ApplicationPageSchema,
  IntakeFormSchema,
} from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, signInAs, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { actorOf } from '../../domain/person.ts';
import { exportProgramApplications } from '../../services/application-export.service.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Organization, Person } from '../../domain/person.ts';

const form = {
  standardQuestions: ['mentoring_approach', 'expertise_wanted'],
  customQuestions: [
    { id: 'goal', kind: 'long_text', label: 'What do you want to grow in?', required: true },
    { id: 'format', kind: 'single_choice', label: 'Preferred format', options: ['In person', 'Remote'] },
  ],
};

describe('applications, intake forms and interviews', () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let cookie: string;

  /** A new active program with an intake form, coordinated by `coordinator`. */
  async function openProgram(options: { menteeLimit?: number; type?: 'one_to_one' | 'group' } = {}) {
    const program = await makeProgram(t.ctx, coordinator, [], options.type ?? 'group');
    const patch = {
      menteeLimit: options.menteeLimit ?? null,
      selectionCriteria: ['Nominated by supervisor'],
      intendedApproach: 'learning_alliance',
    };
    assert.equal((await call(t.app, 'PATCH', `/api/v1/programs/${program.id}`, patch, { cookie })).status, 200);
    assert.equal((await call(t.app, 'PUT', `/api/v1/programs/${program.id}/intake-form`, form, { cookie })).status, 200);
    return program;
  }

  async function applicant() {
    const person = await makePerson(t.ctx, org.id);
    return { person, cookie: await signInAs(t.app, person.email, testPassword) };
  }

  const apply = (programId: string, who: string, body: Record<string, unknown>) =>
    call(t.app, 'PUT', `/api/v1/programs/${programId}/my-application`, { role: 'mentee', ...body }, { cookie: who });
  const decide = (id: string, decision: string, as = cookie) =>
    call(t.app, 'POST', `/api/v1/applications/${id}/decision`, { decision }, { cookie: as });

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    cookie = await signInAs(t.app, coordinator.email, testPassword);
  });
  after(() => t.handle.close());

  test('a member sees open programs, applies, and the coordinator interviews and accepts', async () => {
    const program = await openProgram();
    const mentee = await applicant();
    const open = await call(t.app, 'GET', '/api/v1/programs/open', undefined, { schema: ProgramListSchema, cookie: mentee.cookie });
    assert.ok(open.body.programs.some((p: { id: string }) => p.id === program.id));
    const missing = await apply(program.id, mentee.cookie, { answers: {}, submit: true });
    assert.equal(missing.status, 422);
    assert.equal(fieldIssuesOf(missing)[0]?.field, 'answers.goal');
    const draft = withSchema(await apply(program.id, mentee.cookie, { answers: { goal: 'Lead my first team' } }), ApplicationSchema);
    assert.equal(draft.body.status, 'draft');
    const submitted = withSchema(
      await apply(program.id, mentee.cookie, { answers: { goal: 'Lead my first team', format: 'Remote' }, submit: true }),
      ApplicationSchema,
    );
    assert.equal(submitted.status, 200);
    assert.equal(submitted.body.status, 'submitted');
    assert.equal(submitted.body.intakeForm?.version, 1);
    assert.equal(submitted.body.selectionChecklist, undefined, 'the applicant does not see the checklist');
    const id = submitted.body.id;
    assert.equal(withSchema(await decide(id, 'interview'), ApplicationSchema).body.status, 'interview');
    const interview = await call(
      t.app,
      'POST',
      `/api/v1/applications/${id}/interviews`,
      { notes: 'Strong motivation', motivation: 5, observedApproach: 'sage_on_the_stage' },
      { cookie },
    );
    assert.equal(interview.status, 201);
    const seen = await call(t.app, 'GET', `/api/v1/applications/${id}`, undefined, { schema: ApplicationSchema, cookie });
    assert.ok(seen.body.mismatches?.some((m: { kind: string }) => m.kind === 'differs_from_program'));
    const checklist = await call(
      t.app,
      'PUT',
      `/api/v1/applications/${id}/selection-checklist`,
      { selectionChecklist: { 'Nominated by supervisor': true } },
      { schema: ApplicationSchema, cookie },
    );
    assert.deepEqual(checklist.body.selectionChecklist, { 'Nominated by supervisor': true });
    const accepted = withSchema(await decide(id, 'accept'), ApplicationSchema);
    assert.equal(accepted.body.status, 'accepted');
    assert.deepEqual(
      accepted.body.history.map((h: { toStatus: string }) => h.toStatus),
      ['draft', 'submitted', 'interview', 'accepted'],
    );
    const programView = await call(t.app, 'GET', `/api/v1/programs/${program.id}`, undefined, {
      schema: ProgramSchema,
      cookie: mentee.cookie,
    });
    assert.deepEqual(programView.body.myRoles, ['mentee']);
  });

  test('an applicant cannot accept their own application; interview notes and private attributes stay private', async () => {
    const program = await openProgram();
    const mentee = await applicant();
    const submitted = withSchema(await apply(program.id, mentee.cookie, { answers: { goal: 'Grow' }, submit: true }), ApplicationSchema);
    await call(t.app, 'POST', `/api/v1/applications/${submitted.body.id}/interviews`, { notes: 'SECRET-NOTE' }, { cookie });
    assert.equal((await decide(submitted.body.id, 'accept', mentee.cookie)).status, 403);
    assert.equal(
      (await call(t.app, 'GET', `/api/v1/applications/${submitted.body.id}/interviews`, undefined, { cookie: mentee.cookie })).status,
      403,
    );
    const own = await call(t.app, 'GET', `/api/v1/applications/${submitted.body.id}`, undefined, {
      schema: ApplicationSchema,
      cookie: mentee.cookie,
    });
    assert.equal(own.status, 200);
    assert.ok(!JSON.stringify(own.body).includes('SECRET-NOTE'));
    assert.equal(own.body.mismatches, undefined);
    const other = await applicant();
    assert.equal((await call(t.app, 'GET', `/api/v1/applications/${submitted.body.id}`, undefined, { cookie: other.cookie })).status, 404);
    const mentor = await makePerson(t.ctx, org.id);
    await call(t.app, 'POST', `/api/v1/programs/${program.id}/enrolments`, { personId: mentor.id, role: 'mentor' }, { cookie });
    const mentorCookie = await signInAs(t.app, mentor.email, testPassword);
    const mentorView = await call(t.app, 'GET', `/api/v1/applications/${submitted.body.id}/interviews`, undefined, {
      cookie: mentorCookie,
    });
    assert.equal(mentorView.status, 403, 'a mentor of the program cannot read interviews');
    assert.equal((await call(t.app, 'GET', `/api/v1/applications/${submitted.body.id}`, undefined, { cookie: mentorCookie })).status, 404);
    await call(
      t.app,
      'PATCH',
      '/api/v1/me/profile',
      {
        commonGroundConsent: true,
        identityAttributes: [
          { label: 'Private', value: 'PRIVATE-ATTRIBUTE', visibility: 'private' },
          { label: 'Matching', value: 'MATCHING-ATTRIBUTE', visibility: 'matching_only' },
          { label: 'Shared', value: 'SHARED-ATTRIBUTE', visibility: 'shared' },
        ],
      },
      { cookie: mentee.cookie },
    );
    const exported = await t.app.request(`/api/v1/programs/${program.id}/applications/export.csv`, { headers: { cookie } });
    assert.equal(exported.status, 200);
    const csv = await exported.text();
    assert.ok(csv.includes(mentee.person.email));
    assert.ok(csv.includes('SHARED-ATTRIBUTE'));
    for (const secret of ['SECRET-NOTE', 'PRIVATE-ATTRIBUTE', 'MATCHING-ATTRIBUTE'])
      assert.ok(!csv.includes(secret), `${secret} leaked into the export`);
    const asMentee = await t.app.request(`/api/v1/programs/${program.id}/applications/export.csv`, { headers: { cookie: mentee.cookie } });
    assert.equal(asMentee.status, 403);
  });

  test('status transitions: allowed ones move, forbidden ones are 409 and change nothing', async () => {
    const program = await openProgram();
    const mentee = await applicant();
    const submitted = withSchema(await apply(program.id, mentee.cookie, { answers: { goal: 'Grow' }, submit: true }), ApplicationSchema);
    const id = submitted.body.id;
    assert.equal((await decide(id, 'reinvite')).status, 409);
    assert.equal(withSchema(await decide(id, 'waitlist'), ApplicationSchema).body.status, 'waitlisted');
    assert.equal((await decide(id, 'interview')).status, 409);
    assert.equal(withSchema(await decide(id, 'decline'), ApplicationSchema).body.status, 'declined');
    const again = await apply(program.id, mentee.cookie, { answers: { goal: 'Please' }, submit: true });
    assert.equal(again.status, 409);
    assert.equal(errorOf(again).code, 'application_declined');
    assert.equal(withSchema(await decide(id, 'reinvite'), ApplicationSchema).body.status, 'draft');
    const resubmitted = withSchema(
      await apply(program.id, mentee.cookie, { answers: { goal: 'Second try' }, submit: true }),
      ApplicationSchema,
    );
    assert.equal(resubmitted.body.status, 'submitted');
    const editAfterSubmit = await apply(program.id, mentee.cookie, { answers: { goal: 'Changed' } });
    assert.equal(errorOf(editAfterSubmit).code, 'application_already_submitted');
    const withdrawn = await call(t.app, 'POST', `/api/v1/applications/${id}/withdraw`, undefined, {
      schema: ApplicationSchema,
      cookie: mentee.cookie,
    });
    assert.equal(withdrawn.body.status, 'withdrawn');
    assert.equal((await decide(id, 'accept')).status, 409);
  });

  test('a mentee limit waitlists extra mentees in order and offers places as they open', async () => {
    const program = await openProgram({ menteeLimit: 1 });
    const [first, second, third] = [await applicant(), await applicant(), await applicant()];
    const ids: string[] = [];
    for (const who of [first, second, third])
      ids.push(withSchema(await apply(program.id, who.cookie, { answers: { goal: 'Grow' }, submit: true }), ApplicationSchema).body.id);
    assert.equal(withSchema(await decide(ids[0] ?? '', 'accept'), ApplicationSchema).body.status, 'accepted');
    const waitlisted = withSchema(await decide(ids[1] ?? '', 'accept'), ApplicationSchema);
    assert.equal(waitlisted.body.status, 'waitlisted');
    assert.equal(waitlisted.body.waitlistPosition, 1);
    assert.equal(withSchema(await decide(ids[2] ?? '', 'accept'), ApplicationSchema).body.waitlistPosition, 2);
    await call(t.app, 'POST', `/api/v1/applications/${ids[0]}/withdraw`, undefined, { cookie: first.cookie });
    const promoted = await call(t.app, 'GET', `/api/v1/applications/${ids[1]}`, undefined, { schema: ApplicationSchema, cookie });
    assert.equal(promoted.body.status, 'accepted');
    assert.equal(promoted.body.history.at(-1)?.reason, 'A place opened in the program');
    assert.equal(
      withSchema(await call(t.app, 'GET', `/api/v1/applications/${ids[2]}`, undefined, { cookie }), ApplicationSchema).body
        .waitlistPosition,
      1,
    );
  });

  test('in a one-to-one program, too little mentor capacity waitlists mentees until a mentor is accepted', async () => {
    const program = await openProgram({ type: 'one_to_one' });
    const mentee = await applicant();
    const menteeApp = withSchema(await apply(program.id, mentee.cookie, { answers: { goal: 'Grow' }, submit: true }), ApplicationSchema);
    assert.equal(withSchema(await decide(menteeApp.body.id, 'accept'), ApplicationSchema).body.status, 'waitlisted');
    const mentor = await applicant();
    const mentorApp = withSchema(
      await apply(program.id, mentor.cookie, { role: 'mentor', answers: { goal: 'Give back' }, submit: true }),
      ApplicationSchema,
    );
    assert.equal(withSchema(await decide(mentorApp.body.id, 'accept'), ApplicationSchema).body.status, 'accepted');
    assert.equal(
      withSchema(await call(t.app, 'GET', `/api/v1/applications/${menteeApp.body.id}`, undefined, { cookie }), ApplicationSchema).body
        .status,
      'accepted',
    );
  });

  test('bulk accept of 40 applications, each reported', async () => {
    const program = await openProgram();
    const ids: string[] = [];
    for (let i = 0; i < 40; i++)
      ids.push(
        withSchema(await apply(program.id, (await applicant()).cookie, { answers: { goal: `Goal ${i}` }, submit: true }), ApplicationSchema)
          .body.id,
      );
    const res = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/applications/bulk-decision`,
      { applicationIds: [...ids, ids[0]], decision: 'accept' },
      { schema: BulkDecisionResultSchema, cookie },
    );
    assert.equal(res.status, 200);
    assert.equal(res.body.results.filter((r: { ok: boolean }) => r.ok).length, 40);
    assert.equal(res.body.results.at(-1)?.error, 'invalid_status_change');
    const path = `/api/v1/programs/${program.id}/applications`;
    let late = 0;
    for (const sort of ['name', 'newest']) {
      // Applications that arrive while the coordinator pages never shift a row into a page twice or out of all.
      const seen = await pageThrough(t.app, `${path}?status=accepted&sort=${sort}`, cookie, ApplicationPageSchema, 7, async () => {
        await apply(program.id, (await applicant()).cookie, { answers: { goal: 'Late' }, submit: true });
        late += 1;
      });
      assert.equal(seen.length, 40, sort);
      assertEveryRowOnce(seen, ids, sort);
    }
    const submitted = await call(t.app, 'GET', `${path}?status=submitted&role=mentee&limit=500`, undefined, {
      schema: ApplicationPageSchema,
      cookie,
    });
    assert.equal(submitted.body.items.length, late, 'the applications that came while paging');
    const [first] = submitted.body.items;
    assert.ok(first);
    const found = await call(t.app, 'GET', `${path}?q=${encodeURIComponent(first.applicant.email.toUpperCase())}`, undefined, {
      schema: ApplicationPageSchema,
      cookie,
    });
    assert.deepEqual(
      found.body.items.map((a) => a.id),
      [first.id],
      'q finds an applicant by email, case ignored',
    );
    assert.equal(
      (await call(t.app, 'GET', `${path}?role=mentor`, undefined, { schema: ApplicationPageSchema, cookie })).body.items.length,
      0,
    );
    for (const [query, field] of [
      ['cursor=nope', 'cursor'],
      ['status=maybe', 'status'],
      ['sort=age', 'sort'],
    ]) {
      const bad = await call(t.app, 'GET', `${path}?${query}`, undefined, { cookie });
      assert.equal(bad.status, 422, query);
      assert.equal(fieldIssuesOf(bad)[0]?.field, field, query);
    }
    // The export streams every application once, a batch at a time.
    const { batches } = await exportProgramApplications(t.ctx, actorOf(coordinator), program.id, 7);
    const lines: string[] = [];
    for await (const batch of batches) {
      assert.ok(batch.length <= 7 || lines.length === 0, 'a batch over its size');
      lines.push(...batch.map((row) => String(row[0])));
    }
    assert.equal(lines[0], 'email');
    assert.equal(lines.length, 41 + late, 'the header and every application');
    assert.equal(new Set(lines.slice(1)).size, 40 + late, 'every applicant once');
  });

  test('editing the intake form makes a new version; earlier answers stay readable against theirs', async () => {
    const program = await openProgram();
    const mentee = await applicant();
    const submitted = withSchema(
      await apply(program.id, mentee.cookie, { answers: { goal: 'Old question answer' }, submit: true }),
      ApplicationSchema,
    );
    const v2 = await call(
      t.app,
      'PUT',
      `/api/v1/programs/${program.id}/intake-form`,
      { standardQuestions: [], customQuestions: [{ id: 'why', kind: 'short_text', label: 'Why now?' }] },
      { schema: IntakeFormSchema, cookie },
    );
    assert.equal(v2.body.version, 2);
    const seen = await call(t.app, 'GET', `/api/v1/applications/${submitted.body.id}`, undefined, { schema: ApplicationSchema, cookie });
    assert.equal(seen.body.intakeForm?.version, 1);
    assert.equal(seen.body.intakeForm?.customQuestions[0]?.label, 'What do you want to grow in?');
    const bad = await call(
      t.app,
      'PUT',
      `/api/v1/programs/${program.id}/intake-form`,
      { standardQuestions: ['shoe_size'], customQuestions: [{ id: 'x', kind: 'single_choice', label: 'Pick', options: ['only one'] }] },
      { cookie },
    );
    assert.equal(bad.status, 422);
    assert.deepEqual(
      fieldIssuesOf(bad)
        .map((d: { field: string }) => d.field)
        .sort(),
      ['customQuestions.0.options', 'standardQuestions.0'],
    );
    assert.equal((await call(t.app, 'PUT', `/api/v1/programs/${program.id}/intake-form`, form, { cookie: mentee.cookie })).status, 403);
  });
});
