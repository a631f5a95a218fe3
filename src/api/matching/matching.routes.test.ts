import {
  MentorSuggestionListSchema,
  ProgramRelationshipPageSchema,
  MatchingOverridePageSchema,
  PublishResultSchema,
  MatchingRulesSchema,
} from '../../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { upsertProfile } from '../../db/repositories/profile.repository.ts';
import { call, signInAs, type ApiResponse, errorOf, fieldIssuesOf, withSchema } from '../../testing/http-client.ts';
import { type ReviewedRun, runMatchingToEnd } from '../../testing/matching-runs.ts';
import { makeOrganization, makePerson, makeProgram, testPassword } from '../../testing/factories.ts';
import { openTestApp, type TestApp } from '../../testing/test-app.ts';
import type { Organization, Person } from '../../domain/person.ts';
import type { ProgramView } from '../../services/program.service.ts';

describe('matching a program', { timeout: 120_000 }, () => {
  let t: TestApp;
  let org: Organization;
  let coordinator: Person;
  let cookie: string;
  let mentors: Person[];
  let mentees: Person[];
  let program: ProgramView;

  const runToEnd = (programId: string, body: Record<string, unknown> = {}): Promise<ApiResponse<ReviewedRun>> =>
    runMatchingToEnd(t.app, programId, cookie, body);

  before(async () => {
    t = await openTestApp();
    org = await makeOrganization(t.ctx);
    coordinator = await makePerson(t.ctx, org.id, { role: 'coordinator' });
    cookie = await signInAs(t.app, coordinator.email, testPassword);
    mentors = [];
    mentees = [];
    for (const [i, expertise] of [['budgeting'], ['public speaking'], ['negotiation']].entries()) {
      const mentor = await makePerson(t.ctx, org.id, { name: `Mentor ${i}` });
      await upsertProfile(t.ctx.db, org.id, mentor.id, {
        expertiseOffered: expertise,
        functionsOffered: ['coaching', 'sponsorship'],
        mentorCapacity: 1,
      });
      mentors.push(mentor);
    }
    for (const [i, wanted] of [['budgeting'], ['public speaking'], ['negotiation'], ['budgeting']].entries()) {
      const mentee = await makePerson(t.ctx, org.id, { name: `Mentee ${i}` });
      await upsertProfile(t.ctx.db, org.id, mentee.id, { expertiseWanted: wanted, functionsSought: ['coaching'] });
      mentees.push(mentee);
    }
    program = await makeProgram(t.ctx, coordinator, [
      ...mentors.map((m): [Person, 'mentor'] => [m, 'mentor']),
      ...mentees.map((m): [Person, 'mentee'] => [m, 'mentee']),
    ]);
  });
  after(() => t.handle.close());

  test('a run proposes the best pairs with explanations, off the request path', async () => {
    const run = await runToEnd(program.id);
    assert.equal(run.body.status, 'proposed', JSON.stringify(run.body));
    assert.equal(run.body.summary?.optimal, true);
    assert.equal(run.body.proposals.length, 3, 'three mentors with room for one each');
    for (const proposal of run.body.proposals) {
      const menteeIndex = mentees.findIndex((m) => m.id === proposal.menteeId);
      const mentorIndex = mentors.findIndex((m) => m.id === proposal.mentorId);
      assert.equal(menteeIndex % 3, mentorIndex, `${proposal.menteeName} should get the mentor offering what they want`);
      assert.ok(proposal.reasons.length > 0);
      assert.ok(proposal.contributions.length > 0);
    }
    assert.equal(run.body.unmatched.length, 1);
    assert.equal(run.body.unmatched[0]?.reason, 'capacity_exhausted');
  });

  test('participants never see runs, scores or other mentees’ suggestions', async () => {
    const menteeCookie = await signInAs(t.app, mentees[0]?.email ?? '', testPassword);
    const latest = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/runs/latest`, undefined, { cookie: menteeCookie });
    assert.equal(latest.status, 403);
    const own = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/suggestions`, undefined, {
      schema: MentorSuggestionListSchema,
      cookie: menteeCookie,
    });
    assert.equal(own.status, 200);
    assert.equal(own.body.suggestions[0]?.mentorId, mentors[0]?.id);
    assert.ok(!JSON.stringify(own.body).includes(mentees[1]?.id ?? 'x'), 'no other mentee appears');
    const mentorCookie = await signInAs(t.app, mentors[0]?.email ?? '', testPassword);
    assert.equal(
      (await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/suggestions`, undefined, { cookie: mentorCookie })).status,
      403,
    );
    assert.equal(
      withSchema(
        await call(t.app, 'GET', `/api/v1/programs/${program.id}/relationships`, undefined, { cookie: menteeCookie }),
        ProgramRelationshipPageSchema,
      ).body.items.length,
      0,
    );
  });

  test('a mentee is never suggested anyone above them or below them in the reporting lines', async () => {
    const person = (name: string) => makePerson(t.ctx, org.id, { name });
    const [mentee, boss, report, reportsReport, unrelated] = await Promise.all(
      ['Chain Mentee', 'Chain Boss', 'Chain Report', 'Chain Report’s Report', 'Chain Outsider'].map(person),
    );
    if (!mentee || !boss || !report || !reportsReport || !unrelated) throw new Error('people missing');
    const offers = { expertiseOffered: ['budgeting'], functionsOffered: ['coaching' as const], mentorCapacity: 2 };
    await upsertProfile(t.ctx.db, org.id, mentee.id, {
      expertiseWanted: ['budgeting'],
      functionsSought: ['coaching'],
      supervisorId: boss.id,
    });
    await upsertProfile(t.ctx.db, org.id, boss.id, offers);
    await upsertProfile(t.ctx.db, org.id, report.id, { ...offers, supervisorId: mentee.id });
    await upsertProfile(t.ctx.db, org.id, reportsReport.id, { ...offers, supervisorId: report.id });
    await upsertProfile(t.ctx.db, org.id, unrelated.id, offers);
    const chained = await makeProgram(t.ctx, coordinator, [
      [mentee, 'mentee'],
      [boss, 'mentor'],
      [report, 'mentor'],
      [reportsReport, 'mentor'],
      [unrelated, 'mentor'],
    ]);
    const menteeCookie = await signInAs(t.app, mentee.email, testPassword);
    const suggested = await call(t.app, 'GET', `/api/v1/programs/${chained.id}/matching/suggestions`, undefined, {
      schema: MentorSuggestionListSchema,
      cookie: menteeCookie,
    });
    assert.equal(suggested.status, 200);
    assert.deepEqual(
      suggested.body.suggestions.map((s) => s.mentorName),
      ['Chain Outsider'],
    );
  });

  test('locks, forbidden pairs and people left out shape the next run', async () => {
    const [m0, m1] = [mentees[0], mentees[1]];
    const [r0, r1] = [mentors[0], mentors[1]];
    if (!m0 || !m1 || !r0 || !r1) throw new Error('setup');
    const lock = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/matching/overrides`,
      { kind: 'lock', menteeId: m0.id, mentorId: r1.id },
      { cookie },
    );
    assert.equal(lock.status, 201);
    await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/matching/overrides`,
      { kind: 'forbid', menteeId: mentees[3]?.id, mentorId: r0.id },
      { cookie },
    );
    const bad = await call(
      t.app,
      'POST',
      `/api/v1/programs/${program.id}/matching/overrides`,
      { kind: 'lock', menteeId: r0.id, mentorId: m0.id },
      { cookie },
    );
    assert.deepEqual(
      fieldIssuesOf(bad)
        .map((d: { field: string }) => d.field)
        .sort(),
      ['menteeId', 'mentorId'],
    );
    const run = await runToEnd(program.id);
    const pairs = run.body.proposals.map(
      (p: { menteeId: string; mentorId: string; locked: boolean }) => `${p.menteeId}:${p.mentorId}:${p.locked}`,
    );
    assert.ok(pairs.includes(`${m0.id}:${r1.id}:true`), 'the locked pair is kept');
    assert.ok(!pairs.some((p: string) => p.startsWith(`${mentees[3]?.id}:${r0.id}`)), 'the forbidden pair never appears');
    const overrides = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/overrides`, undefined, {
      schema: MatchingOverridePageSchema,
      cookie,
    });
    assert.deepEqual(
      overrides.body.items.map((o) => o.kind),
      ['lock', 'forbid'],
    );
    assert.equal(overrides.body.nextCursor, null);
    for (const o of overrides.body.items) {
      assert.equal(
        (await call(t.app, 'DELETE', `/api/v1/programs/${program.id}/matching/overrides/${o.id}`, undefined, { cookie })).status,
        204,
      );
    }
  });

  test('publishing creates the relationships once, and never past a mentor’s capacity', async () => {
    const run = await runToEnd(program.id);
    const published = await call(t.app, 'POST', `/api/v1/matching-runs/${run.body.id}/publish`, undefined, {
      schema: PublishResultSchema,
      cookie,
    });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.relationshipsCreated, 3);
    const again = await call(t.app, 'POST', `/api/v1/matching-runs/${run.body.id}/publish`, undefined, { cookie });
    assert.equal(errorOf(again).code, 'stale_run');
    // Two mentees want budgeting from the one budgeting mentor: either may win the tie.
    const matched = mentees.find((m) => run.body.proposals.some((p: { menteeId: string }) => p.menteeId === m.id));
    const menteeCookie = await signInAs(t.app, matched?.email ?? '', testPassword);
    const mine = await call(t.app, 'GET', `/api/v1/programs/${program.id}/relationships`, undefined, {
      schema: ProgramRelationshipPageSchema,
      cookie: menteeCookie,
    });
    assert.equal(mine.body.items.length, 1);
    // Every mentor is now full: a new run proposes nothing and explains why.
    const next = await runToEnd(program.id);
    assert.equal(next.body.proposals.length, 0);
    assert.ok(next.body.unmatched.every((u: { reason: string }) => u.reason === 'no_feasible_mentor' || u.reason === 'capacity_exhausted'));
  });

  test('a second program’s stale proposal cannot overfill a mentor', async () => {
    const mentor = await makePerson(t.ctx, org.id, { name: 'Busy Mentor' });
    await upsertProfile(t.ctx.db, org.id, mentor.id, { expertiseOffered: ['budgeting'], mentorCapacity: 1 });
    const a = await makePerson(t.ctx, org.id);
    const b = await makePerson(t.ctx, org.id);
    for (const mentee of [a, b]) await upsertProfile(t.ctx.db, org.id, mentee.id, { expertiseWanted: ['budgeting'] });
    const first = await makeProgram(t.ctx, coordinator, [
      [mentor, 'mentor'],
      [a, 'mentee'],
    ]);
    const second = await makeProgram(t.ctx, coordinator, [
      [mentor, 'mentor'],
      [b, 'mentee'],
    ]);
    const runA = await runToEnd(first.id);
    const runB = await runToEnd(second.id);
    assert.equal(runA.body.proposals.length, 1);
    assert.equal(runB.body.proposals.length, 1, 'both proposals want the one place');
    assert.equal((await call(t.app, 'POST', `/api/v1/matching-runs/${runA.body.id}/publish`, undefined, { cookie })).status, 200);
    const refused = await call(t.app, 'POST', `/api/v1/matching-runs/${runB.body.id}/publish`, undefined, { cookie });
    assert.equal(refused.status, 409);
    assert.equal(errorOf(refused).code, 'mentor_at_capacity');
    assert.equal(
      withSchema(
        await call(t.app, 'GET', `/api/v1/programs/${second.id}/relationships`, undefined, { cookie }),
        ProgramRelationshipPageSchema,
      ).body.items.length,
      0,
    );
  });

  test('rules are the coordinator’s to change, and validated', async () => {
    const rules = await call(t.app, 'GET', `/api/v1/programs/${program.id}/matching/rules`, undefined, {
      schema: MatchingRulesSchema,
      cookie,
    });
    assert.equal(rules.status, 200);
    const changed = await call(
      t.app,
      'PUT',
      `/api/v1/programs/${program.id}/matching/rules`,
      { ...rules.body, minTimeZoneOverlapHours: 3 },
      { schema: MatchingRulesSchema, cookie },
    );
    assert.equal(changed.body.minTimeZoneOverlapHours, 3);
    const bad = await call(
      t.app,
      'PUT',
      `/api/v1/programs/${program.id}/matching/rules`,
      { ...rules.body, minTimeZoneOverlapHours: 30 },
      { cookie },
    );
    assert.equal(bad.status, 422);
    assert.equal(fieldIssuesOf(bad)[0]?.field, 'minTimeZoneOverlapHours');
  });
});
