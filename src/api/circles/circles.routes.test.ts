import { CirclePageSchema } from '../../../shared/schemas/circles.ts';
import { assertEveryRowOnce, pageThrough } from '../../testing/page-through.ts';
import { MatchingRulesSchema, MatchingOverridePageSchema, MentorSuggestionListSchema } from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import type { Organization, Person } from '../../domain/person.ts';
import type { ProgramView } from '../../services/program.service.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { call, signInAs, type ApiResponse, errorOf, fieldIssuesOf } from '../../testing/http-client.ts';
import { type ReviewedRun, runMatchingToEnd } from '../../testing/matching-runs.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';

type CircleBody = {
  id: string;
  name: string;
  status: string;
  affinity: number | null;
  mentors: Array<{ personId: string; name: string }>;
  mentees: Array<{ personId: string; name: string }>;
};

describe('group circles of a program', { timeout: 120_000 }, () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let cookie: string;
  let mentors: Person[];
  let mentees: Person[];
  let program: ProgramView;
  let runId: string;

  const runToEnd = (programId: string): Promise<ApiResponse<ReviewedRun>> => runMatchingToEnd(t.app, programId, cookie);

  const cookieOf = (person: Person | undefined) => signInAs(t.app, person?.email ?? '', testPassword);

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    cookie = await signInAs(t.app, coordinator.email, testPassword);
    const topics = ['system design', 'public speaking'];
    mentors = [];
    mentees = [];
    for (let i = 0; i < 4; i++) {
      const mentor = await makePerson(t.ctx, org.id, { name: `Mentor ${i}` });
      await upsertProfile(t.ctx.db, org.id, mentor.id, {
        expertiseOffered: [topics[i % 2] ?? ''],
        functionsOffered: ['coaching'],
        mentorCapacity: 1,
      });
      mentors.push(mentor);
    }
    for (let i = 0; i < 10; i++) {
      const mentee = await makePerson(t.ctx, org.id, { name: `Mentee ${i}` });
      await upsertProfile(t.ctx.db, org.id, mentee.id, { expertiseWanted: [topics[i % 2] ?? ''], functionsSought: ['coaching'] });
      mentees.push(mentee);
    }
    program = await makeProgram(
      t.ctx,
      coordinator,
      [...mentors.map((m): [Person, 'mentor'] => [m, 'mentor']), ...mentees.map((m): [Person, 'mentee'] => [m, 'mentee'])],
      'group',
    );
  });
  after(() => t.handle.close());

  test('circle settings live in the matching rules, with defaults, and bad ones name the field', async () => {
    const rules = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/rules`, undefined, {
      schema: MatchingRulesSchema,
      cookie,
    });
    assert.deepEqual(rules.body.circles, { minSize: 6, maxSize: 12, mentorsPerCircle: 2 });
    const cases: Array<[Record<string, number>, string]> = [
      [{ minSize: 4, maxSize: 16, mentorsPerCircle: 2 }, 'circles.maxSize'],
      [{ minSize: 8, maxSize: 7, mentorsPerCircle: 2 }, 'circles.minSize'],
      [{ minSize: 6, maxSize: 7, mentorsPerCircle: 4 }, 'circles.mentorsPerCircle'],
      [{ minSize: 3, maxSize: 7, mentorsPerCircle: 3 }, 'circles.mentorsPerCircle'],
    ];
    for (const [circles, field] of cases) {
      const bad = await call(t.app, 'PUT', `/api/v1/programs/${program.id}/matching/rules`, { ...rules.body, circles }, { cookie });
      assert.equal(bad.status, 422, JSON.stringify(bad.body));
      assert.deepEqual(
        fieldIssuesOf(bad).map((d: { field: string }) => d.field),
        [field],
      );
    }
    const saved = await call(
      t.app,
      'PUT',
      `/api/v1/programs/${program.id}/matching/rules`,
      { ...rules.body, circles: { minSize: 4, maxSize: 7, mentorsPerCircle: 2 } },
      { schema: MatchingRulesSchema, cookie },
    );
    assert.equal(saved.status, 200);
    assert.equal(saved.body.circles.maxSize, 7);
  });

  test('a rules change keeps the fields it does not send, so the two rules forms never undo each other', async () => {
    const url = `/api/v1/programs/${program.id}/matching/rules`;
    const rulesOnly = await call(
      t.app,
      'PUT',
      url,
      { minTimeZoneOverlapHours: 3, countDepartment: true },
      { schema: MatchingRulesSchema, cookie },
    );
    assert.equal(rulesOnly.status, 200, JSON.stringify(rulesOnly.body));
    assert.deepEqual(rulesOnly.body.circles, { minSize: 4, maxSize: 7, mentorsPerCircle: 2 }, 'the circle settings saved before are kept');
    const circlesOnly = await call(
      t.app,
      'PUT',
      url,
      { circles: { minSize: 4, maxSize: 7, mentorsPerCircle: 2 } },
      { schema: MatchingRulesSchema, cookie },
    );
    assert.equal(circlesOnly.body.minTimeZoneOverlapHours, 3);
    assert.equal(circlesOnly.body.countDepartment, true);
    const reread = await call(t.app, 'GET', url, undefined, { cookie });
    assert.deepEqual(reread.body, circlesOnly.body);
    const bad = await call(t.app, 'PUT', url, { circles: { minSize: 9, maxSize: 7 } }, { cookie });
    assert.equal(bad.status, 422);
    assert.deepEqual(
      fieldIssuesOf(bad).map((d: { field: string }) => d.field),
      ['circles.minSize'],
    );
    await call(t.app, 'PUT', url, { minTimeZoneOverlapHours: 2, countDepartment: false }, { cookie });
  });

  test('group programs take no locks and suggest no mentors one by one', async () => {
    const lock = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/matching/overrides`,
      { kind: 'lock', menteeId: mentees[0]?.id, mentorId: mentors[1]?.id },
      { cookie },
    );
    assert.equal(lock.status, 409, JSON.stringify(lock.body));
    assert.equal(errorOf(lock).code, 'lock_not_supported_for_circles');
    const overrides = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/overrides`, undefined, {
      schema: MatchingOverridePageSchema,
      cookie,
    });
    assert.deepEqual(overrides.body, { items: [], nextCursor: null });
    const suggestions = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/suggestions`, undefined, {
      cookie: await cookieOf(mentees[0]),
    });
    assert.equal(suggestions.status, 409);
    assert.equal(errorOf(suggestions).code, 'suggestions_not_for_circles');
  });

  test('running a group program proposes circles, not pairs, within the rules and a forbidden pair', async () => {
    const forbid = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/matching/overrides`,
      { kind: 'forbid', menteeId: mentees[0]?.id, mentorId: mentors[0]?.id },
      { cookie },
    );
    assert.equal(forbid.status, 201);
    const run = await runToEnd(program.id);
    assert.equal(run.body.status, 'proposed', JSON.stringify(run.body));
    runId = run.body.id;
    assert.equal(run.body.proposals.length, 0);
    const circles: CircleBody[] = run.body.circles;
    assert.equal(circles.length, 2);
    for (const circle of circles) {
      assert.equal(circle.status, 'proposed');
      assert.equal(circle.mentors.length, 2);
      assert.ok(circle.mentors.length + circle.mentees.length <= 7 && circle.mentors.length + circle.mentees.length >= 4);
      assert.ok(circle.affinity !== null && circle.affinity > 0 && circle.affinity <= 1);
      const forbidden =
        circle.mentors.some((m) => m.personId === mentors[0]?.id) && circle.mentees.some((m) => m.personId === mentees[0]?.id);
      assert.ok(!forbidden, 'the forbidden pair never shares a circle');
      const topicOf = (id: string) => [...mentors, ...mentees].findIndex((p) => p.id === id) % 2;
      // Mentee 0 may not join Mentor 0, so it sits with the other topic and one of that topic comes across.
      const topics = [...circle.mentors, ...circle.mentees].map((m) => topicOf(m.personId));
      assert.equal(new Set(circle.mentors.map((m) => topicOf(m.personId))).size, 1, `${circle.name}: its mentors share a topic`);
      assert.ok(topics.filter((topic) => topic !== topicOf(circle.mentors[0]?.personId ?? '')).length <= 1, `${circle.name}: one topic`);
    }
    const summary = run.body.summary?.circles;
    assert.ok(summary);
    assert.equal(summary?.circleCount, 2);
    assert.equal(summary?.peopleTotal, 14);
    assert.equal(summary.peoplePlaced, 14, JSON.stringify(summary?.unplaced));
    assert.equal(summary?.placedPercent, 100);
    assert.ok((summary.meanAffinity ?? 0) > 0);
  });

  test('proposed circles are for coordinators only; nobody outside the program sees any', async () => {
    const coordinatorView = await call(t.app, 'GET', `/api/v1/programs/${program.id}/circles`, undefined, {
      schema: CirclePageSchema,
      cookie,
    });
    assert.equal(coordinatorView.status, 200);
    assert.equal(coordinatorView.body.items.length, 2);
    const circlesPath = `/api/v1/programs/${program.id}/circles`;
    const paged = await pageThrough(t.app, circlesPath, cookie, CirclePageSchema, 1);
    assertEveryRowOnce(
      paged,
      coordinatorView.body.items.map((c) => c.id),
      'circles',
    );
    const [first] = coordinatorView.body.items;
    const named = await call(t.app, 'GET', `${circlesPath}?q=${encodeURIComponent(first?.name ?? '')}&status=proposed`, undefined, {
      schema: CirclePageSchema,
      cookie,
    });
    assert.ok(named.body.items.some((c) => c.id === first?.id) && named.body.items.every((c) => c.status === 'proposed'));
    assert.equal(
      (await call(t.app, 'GET', `${circlesPath}?status=active`, undefined, { schema: CirclePageSchema, cookie })).body.items.length,
      0,
    );
    const bad = await call(t.app, 'GET', `${circlesPath}?cursor=abc`, undefined, { cookie });
    assert.equal(bad.status, 422);
    assert.equal(fieldIssuesOf(bad)[0]?.field, 'cursor');
    const menteeCookie = await cookieOf(mentees[1]);
    assert.equal((await call(t.app, 'GET', `/api/v1/matching-runs/${runId}`, undefined, { cookie: menteeCookie })).status, 403);
    const menteeView = await call(t.app, 'GET', `/api/v1/programs/${program.id}/circles`, undefined, {
      schema: CirclePageSchema,
      cookie: menteeCookie,
    });
    assert.equal(menteeView.status, 200);
    assert.deepEqual(menteeView.body.items, [], 'a proposal is invisible to participants');
    const outsider = await makePerson(t.ctx, org.id);
    assert.equal(
      (await call(t.app, 'GET', `/api/v1/programs/${program.id}/circles`, undefined, { cookie: await cookieOf(outsider) })).status,
      404,
    );
    assert.equal((await call(t.app, 'GET', `/api/v1/programs/${program.id}/circles`)).status, 401);
  });

  test('publishing turns the circles active: each member sees their own circle, with names and no scores', async () => {
    const published = await call(t.app, 'POST', `/api/v1/matching-runs/${runId}/publish`, undefined, {
      cookie,
    });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.deepEqual(published.body, { relationshipsCreated: 0, circlesActivated: 2 });
    for (const person of [mentees[1], mentors[2]]) {
      const view = await call(t.app, 'GET', `/api/v1/programs/${program.id}/circles`, undefined, {
        schema: CirclePageSchema,
        cookie: await cookieOf(person),
      });
      assert.equal(view.status, 200);
      const circles: CircleBody[] = view.body.items;
      assert.equal(circles.length, 1);
      const [circle] = circles;
      assert.equal(circle?.status, 'active');
      assert.equal(circle?.affinity, null);
      const members = [...(circle?.mentors ?? []), ...(circle?.mentees ?? [])];
      assert.ok(members.some((m) => m.personId === person?.id));
      assert.ok(members.every((m) => m.name.startsWith('Ment')));
    }
    assert.equal(errorOf(await call(t.app, 'POST', `/api/v1/matching-runs/${runId}/publish`, undefined, { cookie })).code, 'stale_run');
  });

  test('a circle uses one place of its mentors’ capacity, in group and one-to-one matching alike', async () => {
    const next = await runToEnd(program.id);
    assert.equal(next.body.circles.length, 0);
    const unplaced: Array<{ personId: string; role: string; reason: string }> = next.body.summary?.circles?.unplaced ?? [];
    assert.deepEqual(
      unplaced.filter((u) => u.role === 'mentor').map((u) => u.reason),
      ['capacity_exhausted', 'capacity_exhausted', 'capacity_exhausted', 'capacity_exhausted'],
    );
    assert.equal(unplaced.filter((u) => u.role === 'mentee').length, 0, 'seated mentees stay in their circles');
    const newcomer = await makePerson(t.ctx, org.id);
    await upsertProfile(t.ctx.db, org.id, newcomer.id, { expertiseWanted: ['system design'] });
    const oneToOne = await makeProgram(t.ctx, coordinator, [
      [mentors[0] as Person, 'mentor'],
      [newcomer, 'mentee'],
    ]);
    const pairs = await runToEnd(oneToOne.id);
    assert.equal(pairs.body.proposals.length, 0, 'the mentor’s one place is taken by the circle');
    assert.equal(pairs.body.unmatched[0]?.reason, 'capacity_exhausted');
    const spare = await makePerson(t.ctx, org.id, { name: 'Spare mentor' });
    await upsertProfile(t.ctx.db, org.id, spare.id, {
      expertiseOffered: ['system design'],
      functionsOffered: ['coaching'],
      mentorCapacity: 1,
    });
    const withSpare = await makeProgram(t.ctx, coordinator, [
      [mentors[0] as Person, 'mentor'],
      [spare, 'mentor'],
      [newcomer, 'mentee'],
    ]);
    const suggested = await call(t.app, 'GET', `/api/v1/programs/${withSpare.id}/matching/suggestions`, undefined, {
      schema: MentorSuggestionListSchema,
      cookie: await cookieOf(newcomer),
    });
    assert.equal(suggested.status, 200, JSON.stringify(suggested.body));
    assert.deepEqual(
      suggested.body.suggestions.map((s: { mentorName: string }) => s.mentorName),
      ['Spare mentor'],
      'a mentor full because of a circle is never suggested',
    );
  });
});
